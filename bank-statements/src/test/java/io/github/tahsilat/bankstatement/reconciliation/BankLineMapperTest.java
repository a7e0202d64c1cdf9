package io.github.tahsilat.bankstatement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.bankstatement.BankTransactionCode;
import io.github.tahsilat.bankstatement.Charge;
import io.github.tahsilat.bankstatement.Counterparty;
import io.github.tahsilat.bankstatement.CreditorReference;
import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.EntryStatus;
import io.github.tahsilat.bankstatement.Statement;
import io.github.tahsilat.bankstatement.StatementHeader;
import io.github.tahsilat.bankstatement.StatementKind;
import io.github.tahsilat.bankstatement.TransactionDetails;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BatchBooking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankLineMapperTest {

    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static StatementHeader header() {
        return new StatementHeader(
                StatementKind.STATEMENT,
                "camt.053.001.08",
                "MSG-1",
                "STMT-1",
                "1",
                null,
                null,
                ACCOUNT,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static TransactionDetails details(
            MonetaryAmount amount, String endToEndId, String iban, String reference, String text) {
        return new TransactionDetails(
                amount,
                endToEndId,
                null,
                null,
                null,
                null,
                new Counterparty("Ayşe Yılmaz", iban, null, null),
                reference == null ? List.of() : List.of(CreditorReference.of(reference, "SCOR")),
                text == null ? List.of() : List.of(text),
                BankTransactionCode.NONE,
                List.of(),
                null,
                null);
    }

    private static Entry entry(
            MonetaryAmount amount,
            EntryStatus status,
            List<Charge> charges,
            List<TransactionDetails> details) {
        return batch(amount, status, charges, null, details);
    }

    private static Entry batch(
            MonetaryAmount amount,
            EntryStatus status,
            List<Charge> charges,
            Integer transactionCount,
            List<TransactionDetails> details) {
        return new Entry(
                null,
                "BANKREF-9",
                DAY,
                DAY.plusDays(1),
                amount,
                status,
                false,
                BankTransactionCode.NONE,
                charges,
                transactionCount,
                details,
                "entry text");
    }

    @Nested
    class SingleTransaction {

        @Test
        void mapsEveryField() {
            Entry entry =
                    entry(
                            eur("98.50"),
                            EntryStatus.BOOKED,
                            List.of(new Charge(eur("-1.50"), "CHRG", true)),
                            List.of(
                                    details(
                                            null,
                                            "E2E-1",
                                            "TR02 0006 1005 1978 6457 8413 99",
                                            "RF18 5390 0754 7034",
                                            "INV-1")));

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.accountId()).isEqualTo(ACCOUNT);
            assertThat(line.bookingDate()).isEqualTo(DAY);
            assertThat(line.valueDate()).isEqualTo(DAY.plusDays(1));
            assertThat(line.amount()).isEqualTo(eur("98.50"));
            assertThat(line.accountServicerReference()).contains("BANKREF-9");
            assertThat(line.endToEndId()).contains("E2E-1");
            assertThat(line.counterpartyName()).contains("Ayşe Yılmaz");
            assertThat(line.counterpartyIban().orElseThrow().value())
                    .isEqualTo("TR020006100519786457841399");
            assertThat(line.structuredReference().orElseThrow().value())
                    .isEqualTo("RF18539007547034");
            assertThat(line.remittanceText()).isEqualTo("INV-1");
            assertThat(line.charges()).containsExactly(eur("1.50"));
            assertThat(line.grossAmount()).isEqualTo(eur("100.00"));
            assertThat(line.batch()).isEmpty();
        }

        @Test
        void invalidIbanIsDropped() {
            Entry entry =
                    entry(
                            eur("5.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            List.of(details(null, null, "TR000000", null, null)));

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.counterpartyIban()).isEmpty();
            assertThat(line.remittanceText()).isEqualTo("entry text");
        }

        @Test
        void chargeNotIncludedIsIgnored() {
            Entry entry =
                    entry(
                            eur("5.00"),
                            EntryStatus.BOOKED,
                            List.of(new Charge(eur("-0.50"), null, null)),
                            List.of());

            assertThat(BankLineMapper.map(header(), entry).get(0).charges()).isEmpty();
        }

        @ParameterizedTest(name = "{0} including a charge of {1}")
        @CsvSource({
            "-105.00, -5.00, -100.00, false",
            "-5.00, -5.00, 0.00, true",
            "98.50, -1.50, 100.00, false"
        })
        void includedChargeOnDebitOrCredit(
                String amount, String charge, String gross, boolean chargesOnly) {
            Entry entry =
                    entry(
                            eur(amount),
                            EntryStatus.BOOKED,
                            List.of(new Charge(eur(charge), "CHRG", true)),
                            List.of());

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.grossAmount()).isEqualTo(eur(gross));
            assertThat(line.isChargesOnly()).isEqualTo(chargesOnly);
        }

        @Test
        void includedChargePastDebitRejected() {
            Entry entry =
                    entry(
                            eur("-1.00"),
                            EntryStatus.BOOKED,
                            List.of(new Charge(eur("-5.00"), "CHRG", true)),
                            List.of());

            assertThatThrownBy(() -> BankLineMapper.map(header(), entry))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid charges: 5.00 EUR in total on the amount -1.00 EUR; expected"
                                    + " fees of at most 1.00 EUR, because a debit's amount"
                                    + " includes its charges; pass only the charges that the"
                                    + " entry's amount includes");
        }
    }

    @Nested
    class Batches {

        @Test
        void splitsTransactionsWithAmounts() {
            Entry entry =
                    entry(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            List.of(
                                    details(eur("10.00"), "A", null, null, "INV-1"),
                                    details(eur("20.00"), "B", null, null, "INV-2")));

            List<BankLine> lines = BankLineMapper.map(header(), entry);

            assertThat(lines)
                    .extracting(BankLine::amount)
                    .containsExactly(eur("10.00"), eur("20.00"));
            assertThat(lines)
                    .extracting(line -> line.accountServicerReference().orElseThrow())
                    .containsExactly("BANKREF-9#1", "BANKREF-9#2");
            assertThat(lines).allSatisfy(line -> assertThat(line.batch()).isEmpty());
        }

        @Test
        void keepsEntryWithoutAmounts() {
            Entry entry =
                    entry(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            List.of(
                                    details(null, "A", null, null, "INV-1"),
                                    details(null, "B", null, null, "INV-2")));

            List<BankLine> lines = BankLineMapper.map(header(), entry);

            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).amount()).isEqualTo(eur("30.00"));
            assertThat(lines.get(0).batch())
                    .contains(new BatchBooking(Optional.empty(), List.of("A", "B"), List.of()));
        }

        @Test
        void totalWithCountOnly() {
            Entry entry = batch(eur("30.00"), EntryStatus.BOOKED, List.of(), 3, List.of());

            List<BankLine> lines = BankLineMapper.map(header(), entry);

            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).batch()).contains(BatchBooking.ofCount(3));
            assertThat(lines.get(0).accountServicerReference()).contains("BANKREF-9");
        }

        @Test
        void countWithReferences() {
            Entry entry =
                    batch(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            4,
                            List.of(
                                    details(null, "A", null, null, "INV-1"),
                                    details(null, "B", null, null, "INV-2")));

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.batch())
                    .contains(new BatchBooking(Optional.of(4), List.of("A", "B"), List.of()));
        }

        @Test
        void countBelowDetailsIsDropped() {
            Entry entry =
                    batch(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            1,
                            List.of(
                                    details(null, "A", null, null, "INV-1"),
                                    details(null, "B", null, null, "INV-2")));

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.batch())
                    .contains(new BatchBooking(Optional.empty(), List.of("A", "B"), List.of()));
        }

        @Test
        void countOfOneIsNoBatch() {
            Entry entry =
                    batch(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            1,
                            List.of(details(null, "A", null, null, "INV-1")));

            assertThat(BankLineMapper.map(header(), entry).get(0).batch()).isEmpty();
        }
    }

    @Nested
    class Statements {

        @Test
        void skipsEntriesNotBooked() {
            Statement statement =
                    new Statement(
                            header(),
                            List.of(),
                            List.of(
                                    entry(eur("1.00"), EntryStatus.BOOKED, List.of(), List.of()),
                                    entry(eur("2.00"), EntryStatus.PENDING, List.of(), List.of())),
                            List.of());

            List<BankLine> lines = BankLineMapper.map(statement);

            assertThat(lines).extracting(BankLine::amount).containsExactly(eur("1.00"));
        }
    }
}
