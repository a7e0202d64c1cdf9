package io.github.tahsilat.ledger;

import static io.github.tahsilat.ledger.LedgerFixtures.at;
import static io.github.tahsilat.ledger.LedgerFixtures.eur;
import static io.github.tahsilat.ledger.LedgerFixtures.invoice;
import static io.github.tahsilat.ledger.LedgerFixtures.ledger;
import static io.github.tahsilat.ledger.LedgerFixtures.pay;
import static io.github.tahsilat.ledger.LedgerFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.confirmation.AnswerStatus;
import io.github.tahsilat.confirmation.BalanceConfirmation;
import io.github.tahsilat.confirmation.ConfirmationAnswer;
import io.github.tahsilat.confirmation.ConfirmationLine;
import io.github.tahsilat.confirmation.ConfirmationResult;
import io.github.tahsilat.confirmation.Discrepancy;
import io.github.tahsilat.confirmation.DiscrepancyKind;
import io.github.tahsilat.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BalanceConfirmationTest {

    private static final LocalDate FROM = LocalDate.parse("2025-01-01");
    private static final LocalDate AS_OF = LocalDate.parse("2025-01-31");

    private static ConfirmationLine line(String reference, String date, String amount) {
        return new ConfirmationLine(reference, LocalDate.parse(date), eur(amount));
    }

    private final BalanceConfirmation confirmation =
            BalanceConfirmation.of(
                    pay(
                                    ledger("EUR")
                                            .addInvoice(
                                                    invoice("INV-1", "2025-01-10", "150.00", "EUR"),
                                                    at(0))
                                            .addInvoice(
                                                    invoice("INV-2", "2025-01-20", "100.00", "EUR"),
                                                    at(0)),
                                    payment("2025-01-25", eur("50.00"))
                                            .idempotencyKey("TX-9")
                                            .build(),
                                    1)
                            .ledger(),
                    FROM,
                    AS_OF);

    private ConfirmationResult answer(String balance, ConfirmationLine... lines) {
        return confirmation.record(
                new ConfirmationAnswer(
                        AnswerStatus.DISAGREED,
                        eur(balance),
                        List.of(lines),
                        LocalDate.parse("2025-02-10"),
                        "Muhasebe"));
    }

    @Nested
    class Document {

        @Test
        void listsDocumentsBehindBalance() {
            assertThat(confirmation.balance()).isEqualTo(eur("200.00"));
            assertThat(confirmation.opening()).isEqualTo(eur("0.00"));
            assertThat(confirmation.lines())
                    .containsExactly(
                            line("INV-1", "2025-01-10", "150.00"),
                            line("INV-2", "2025-01-20", "100.00"),
                            line("TX-9", "2025-01-25", "-50.00"));
        }
    }

    @Nested
    class Answers {

        @Test
        void agreementHasNoDiscrepancy() {
            ConfirmationResult result =
                    confirmation.record(
                            new ConfirmationAnswer(
                                    AnswerStatus.AGREED,
                                    eur("200.00"),
                                    List.of(),
                                    AS_OF,
                                    "Muhasebe"));

            assertThat(result.difference()).isEqualTo(eur("0.00"));
            assertThat(result.discrepancies()).isEmpty();
            assertThat(result.isExplained()).isTrue();
        }

        @Test
        void missingInvoiceExplainsDifference() {
            ConfirmationResult result =
                    answer(
                            "100.00",
                            line("inv-1", "2025-01-10", "150.00"),
                            line("TX-9", "2025-01-26", "-50.00"));

            assertThat(result.difference()).isEqualTo(eur("100.00"));
            assertThat(result.discrepancies()).hasSize(1);
            Discrepancy only = result.discrepancies().get(0);
            assertThat(only.kind()).isEqualTo(DiscrepancyKind.ONLY_IN_OUR_BOOKS);
            assertThat(only.ours().orElseThrow().reference()).isEqualTo("INV-2");
            assertThat(result.isExplained()).isTrue();
        }

        @Test
        void offsettingDifferencesListed() {
            ConfirmationResult result =
                    answer(
                            "200.00",
                            line("INV-1", "2025-01-10", "150.00"),
                            line("INV-2", "2025-01-20", "120.00"),
                            line("EFT 0125", "2025-01-25", "-50.00"),
                            line("CN-7", "2025-01-28", "-20.00"));

            assertThat(result.difference()).isEqualTo(eur("0.00"));
            assertThat(result.discrepancies())
                    .extracting(Discrepancy::kind)
                    .containsExactly(
                            DiscrepancyKind.AMOUNT_DIFFERS, DiscrepancyKind.ONLY_IN_THEIR_BOOKS);
            assertThat(result.discrepancies().get(0).contribution()).isEqualTo(eur("-20.00"));
            assertThat(result.discrepancies().get(1).contribution()).isEqualTo(eur("20.00"));
            assertThat(result.isExplained()).isTrue();
        }

        @Test
        void agreedWithOtherBalanceRejected() {
            ConfirmationAnswer answer =
                    new ConfirmationAnswer(
                            AnswerStatus.AGREED, eur("150.00"), List.of(), AS_OF, "Muhasebe");

            assertThatThrownBy(() -> confirmation.record(answer))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
