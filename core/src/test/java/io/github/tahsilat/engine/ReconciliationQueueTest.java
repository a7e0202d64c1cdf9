package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static io.github.tahsilat.engine.ReconciliationFixture.lira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.payment.StoredPayment;
import io.github.tahsilat.service.reconciliation.QueuedLine;
import io.github.tahsilat.service.reconciliation.QueuedLineResolvedException;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementApplier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reconciliation queue through the engine on in-memory stores: what an import queues, how a
 * later booking resolves it, and a person's manual match or dismissal.
 */
class ReconciliationQueueTest {

    private static final Actor CLERK = Actor.user("clerk-7");
    private static final Actor OTHER_CLERK = Actor.user("clerk-9");

    private final ReconciliationFixture fixture = new ReconciliationFixture();

    private List<QueuedLine> open() {
        return fixture.reconciliation.openQueue(fixture.companyId, PageRequest.first(100)).items();
    }

    private QueuedLine only() {
        List<QueuedLine> open = open();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    @Nested
    class Queuing {

        /**
         * Two open invoices of 500.00 TRY, INV-1 and INV-2, and one line. The queue then contains
         * the line when the import did not book it, with its suggestions' invoice numbers and
         * scores.
         */
        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "line naming one of two equal invoices | 500.00 | Odeme INV-2 | 0 | '' | ''",
                    "line without text of equal amount     | 500.00 | ''          | 1 | INV-1 | 30",
                    "reference naming no invoice           | 123.45 | INV-9       | 1 | '' | ''",
                    "one line paying two invoices         | 1000.00 | INV-1 INV-2 | 0 | '' | ''",
                    "line without text paying both        | 1000.00 | ''          | 1 | '' | ''",
                })
        void unbookedLinesQueued(
                String behaviour,
                String amount,
                String text,
                int queued,
                String suggested,
                String scores) {
            Invoice first = fixture.issue("INV-1", "500.00");
            Invoice second = fixture.issue("INV-2", "500.00");
            BankLine line = credit(amount).remittanceText(text == null ? "" : text).build();

            fixture.importLines("STMT-1", List.of(line));

            List<QueuedLine> open = open();
            assertThat(open).hasSize(queued);
            if (queued == 1) {
                QueuedLine entry = open.get(0);
                assertThat(entry.entryKey()).isEqualTo(BankEntryKey.of(line, 1).primary());
                assertThat(entry.amount().isEqualTo(lira(amount))).isTrue();
                assertThat(entry.bookingDate()).isEqualTo(TODAY);
                assertThat(entry.queuedBy().id()).isEqualTo("tahsilat");
                assertThat(entry.queuedAt()).isEqualTo(NOW);
                assertThat(entry.suggestions())
                        .extracting(suggestion -> numberOf(suggestion, first, second))
                        .containsExactlyElementsOf(words(suggested));
                assertThat(entry.suggestions())
                        .extracting(suggestion -> String.valueOf(suggestion.score()))
                        .containsExactlyElementsOf(words(scores));
            }
        }

        @Test
        void suggestionExplainsRules() {
            fixture.issue("INV-1", "500.00");

            fixture.importLines("STMT-1", List.of(credit("500.00").build()));

            QueuedLine.Suggestion suggestion = only().suggestions().get(0);
            assertThat(suggestion.rule()).isEqualTo("exact-amount");
            assertThat(suggestion.explanation()).startsWith("exact-amount +30: ");
        }

        @Test
        void rerunQueuesNothingTwice() {
            BankLine line = credit("123.45").remittanceText("INV-9").build();
            fixture.importLines("STMT-1", List.of(line));

            fixture.importLines("STMT-1", List.of(line));
            fixture.importLines("STMT-2", List.of(line, credit("9.99").build()));

            assertThat(open())
                    .extracting(queued -> queued.amount().getNumber().toString())
                    .containsExactlyInAnyOrder("123.45", "9.99");
        }

        @Test
        void rerunQueuesSuggestionBesideQueuedLine() {
            fixture.issue("INV-1", "500.00");
            BankLine unmatched = credit("123.45").remittanceText("INV-9").build();
            BankLine suggested = credit("500.00").build();
            fixture.importLines("STMT-1", List.of(unmatched));

            ReconciliationResult result =
                    fixture.importLines("STMT-2", List.of(unmatched, suggested));

            assertThat(result.unmatched()).hasSize(1);
            assertThat(result.suggested()).hasSize(1);
            assertThat(open())
                    .extracting(QueuedLine::entryKey)
                    .containsExactlyInAnyOrder(
                            BankEntryKey.of(unmatched, 1).primary(),
                            BankEntryKey.of(suggested, 1).primary());
        }

        @Test
        void hostRollbackDropsQueuedLine() {
            BankLine line = credit("123.45").remittanceText("INV-9").build();

            assertThatThrownBy(
                            () ->
                                    fixture.stores
                                            .transactions()
                                            .inTransaction(
                                                    () -> {
                                                        fixture.importLines(
                                                                "STMT-1", List.of(line));
                                                        throw new IllegalStateException("abort");
                                                    }))
                    .isInstanceOf(IllegalStateException.class);

            assertThat(open()).isEmpty();
            fixture.importLines("STMT-1", List.of(line));
            assertThat(only().entryKey()).isEqualTo(BankEntryKey.of(line, 1).primary());
        }

        @Test
        void statementAfterNotificationQueuedOnce() {
            BankLine notified = credit("88.00").remittanceText("EFT 1234").build();
            BankLine stated =
                    credit("88.00")
                            .remittanceText("EFT 1234")
                            .accountServicerReference("R-1")
                            .build();

            fixture.importLines("CAMT054-1", List.of(notified));
            fixture.importLines("CAMT053-1", List.of(stated));

            assertThat(only().entryKey()).isEqualTo(BankEntryKey.of(notified, 1).contentKey());
        }

        @Test
        void laterImportResolvesLine() {
            BankLine line = credit("700.00").remittanceText("INV-7").build();
            fixture.importLines("STMT-1", List.of(line));
            String key = only().entryKey();
            Invoice invoice = fixture.issue("INV-7", "700.00");

            ReconciliationResult later = fixture.importLines("STMT-2", List.of(line));

            assertThat(later.booked()).hasSize(1);
            assertThat(open()).isEmpty();
            QueuedLine.Resolution resolution = resolutionOf(key);
            assertThat(resolution.kind()).isEqualTo(QueuedLine.ResolutionKind.BOOKED_BY_IMPORT);
            assertThat(resolution.actor().id()).isEqualTo("tahsilat");
            assertThat(resolution.at()).isEqualTo(NOW);
            assertThat(resolution.note()).contains("booked by statement STMT-2");
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
        }

        @Test
        void confirmedSuggestionResolvesLine() {
            fixture.issue("INV-1", "500.00");
            ReconciliationResult result =
                    fixture.importLines("STMT-1", List.of(credit("500.00").build()));
            String key = only().entryKey();
            StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");

            applier.apply(result.suggested().get(0).proposal(), CLERK);

            assertThat(open()).isEmpty();
            QueuedLine.Resolution resolution = resolutionOf(key);
            assertThat(resolution.kind()).isEqualTo(QueuedLine.ResolutionKind.MANUAL_MATCH);
            assertThat(resolution.actor()).isEqualTo(CLERK);
        }

        @Test
        void ignoredLineIsDismissed() {
            BankLine line = credit("75.00").remittanceText("own transfer").build();
            fixture.importLines("STMT-1", List.of(line));
            StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");

            applier.ignore(BankEntryKey.of(line, 1), line, CLERK);

            assertThat(open()).isEmpty();
            QueuedLine.Resolution resolution = resolutionOf(BankEntryKey.of(line, 1).primary());
            assertThat(resolution.kind()).isEqualTo(QueuedLine.ResolutionKind.DISMISSED);
            assertThat(resolution.note()).contains("ignored: the line books nothing");
        }

        @Test
        void pagesOldestFirst() {
            fixture.importLines(
                    "STMT-1",
                    List.of(
                            credit("3.00").bookingDate(TODAY.minusDays(1)).build(),
                            credit("1.00").bookingDate(TODAY.minusDays(3)).build(),
                            credit("2.00").bookingDate(TODAY.minusDays(2)).build()));

            var first = fixture.reconciliation.openQueue(fixture.companyId, PageRequest.first(2));
            var second =
                    fixture.reconciliation.openQueue(
                            fixture.companyId, PageRequest.first(2).following(first).orElseThrow());

            assertThat(first.items())
                    .extracting(QueuedLine::bookingDate)
                    .containsExactly(TODAY.minusDays(3), TODAY.minusDays(2));
            assertThat(second.items())
                    .extracting(QueuedLine::bookingDate)
                    .containsExactly(TODAY.minusDays(1));
            assertThat(second.next()).isEmpty();
        }
    }

    @Nested
    class ManualMatching {

        @Test
        void matchBooksAndResolves() {
            Invoice first = fixture.issue("INV-1", "300.00");
            Invoice second = fixture.issue("INV-2", "400.00");
            BankLine line = credit("650.00").remittanceText("see email").build();
            fixture.importLines("STMT-1", List.of(line));
            String key = only().entryKey();

            QueuedLine matched =
                    fixture.reconciliation.matchQueued(
                            fixture.companyId,
                            key,
                            Map.of(first.id(), lira("300.00"), second.id(), lira("350.00")),
                            CLERK,
                            Optional.of("payer confirmed by phone"));

            QueuedLine.Resolution resolution = matched.resolution().orElseThrow();
            assertThat(resolution.kind()).isEqualTo(QueuedLine.ResolutionKind.MANUAL_MATCH);
            assertThat(resolution.actor()).isEqualTo(CLERK);
            assertThat(resolution.at()).isEqualTo(NOW);
            assertThat(resolution.note()).contains("payer confirmed by phone");
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("50.00");
            assertThat(fixture.entries())
                    .singleElement()
                    .satisfies(
                            entry -> {
                                assertThat(entry.entryKey()).isEqualTo(key);
                                assertThat(entry.statementId()).isEqualTo("STMT-1");
                                assertThat(entry.lastWrite().actor().id()).isEqualTo("clerk-7");
                            });
            assertThat(open()).isEmpty();
            assertThat(fixture.importLines("STMT-1", List.of(line)).alreadyBooked()).hasSize(1);
            assertThat(open()).isEmpty();
        }

        @Test
        void matchBooksChargesApart() {
            Invoice invoice = fixture.issue("INV-1", "1000.00");
            BankLine line =
                    credit("992.50").remittanceText("see email").charge(lira("7.50")).build();
            fixture.importLines("STMT-1", List.of(line));
            QueuedLine queued = only();
            assertThat(queued.charges().isEqualTo(lira("7.50"))).isTrue();

            fixture.reconciliation.matchQueued(
                    fixture.companyId,
                    queued.entryKey(),
                    Map.of(invoice.id(), lira("1000.00")),
                    CLERK,
                    Optional.empty());

            StoredPayment payment =
                    fixture.engine
                            .payments()
                            .find(
                                    fixture.companyId,
                                    new io.github.tahsilat.payment.PaymentId(
                                            fixture.entries().get(0).paymentId().orElseThrow()))
                            .orElseThrow();
            assertThat(payment.payment().amount().isEqualTo(lira("1000.00"))).isTrue();
            assertThat(payment.payment().charges().isEqualTo(lira("7.50"))).isTrue();
            assertThat(payment.payment().valueDate()).isEqualTo(TODAY);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
        }

        @Test
        void retryReturnsSameLine() {
            Invoice invoice = fixture.issue("INV-1", "300.00");
            fixture.importLines("STMT-1", List.of(credit("280.00").remittanceText("x").build()));
            String key = only().entryKey();
            Map<io.github.tahsilat.invoice.InvoiceId, javax.money.MonetaryAmount> amounts =
                    Map.of(invoice.id(), lira("280.00"));

            QueuedLine first =
                    fixture.reconciliation.matchQueued(
                            fixture.companyId, key, amounts, CLERK, Optional.of("n"));
            QueuedLine again =
                    fixture.reconciliation.matchQueued(
                            fixture.companyId, key, amounts, CLERK, Optional.of("n"));

            assertThat(again).isEqualTo(first);
            assertThat(fixture.paymentsRecorded()).isEqualTo(1);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("20.00");
        }

        @Test
        void dismissedLineRejectsMatch() {
            Invoice invoice = fixture.issue("INV-1", "300.00");
            fixture.importLines("STMT-1", List.of(credit("280.00").remittanceText("x").build()));
            String key = only().entryKey();
            fixture.reconciliation.dismissQueued(fixture.companyId, key, OTHER_CLERK, "refund");

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            key,
                                            Map.of(invoice.id(), lira("280.00")),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(QueuedLineResolvedException.class)
                    .hasMessageContaining(key)
                    .hasMessageContaining("DISMISSED by clerk-9")
                    .hasMessageContaining("list the open queue again");
            assertThat(fixture.entries()).isEmpty();
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("300.00");
        }

        @Test
        void unknownLineRejected() {
            Invoice invoice = fixture.issue("INV-1", "300.00");

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            "sha256:none#1",
                                            Map.of(invoice.id(), lira("300.00")),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("sha256:none#1")
                    .hasMessageContaining("openQueue");
        }

        @Test
        void amountInOtherCurrencyRejected() {
            Invoice invoice = fixture.issue("INV-1", "300.00");
            fixture.importLines("STMT-1", List.of(credit("280.00").remittanceText("x").build()));
            String key = only().entryKey();

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            key,
                                            Map.of(invoice.id(), money("280.00", "EUR")),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("TRY")
                    .hasMessageContaining("EUR");
            assertThat(only().isOpen()).isTrue();
            assertThat(fixture.entries()).isEmpty();
        }

        @Test
        void chargesOnlyLineRejectsMatch() {
            Invoice invoice = fixture.issue("INV-1", "300.00");
            fixture.importLines("STMT-1", List.of(credit("-7.50").charge(lira("7.50")).build()));
            QueuedLine queued = only();
            assertThat(queued.charges().isEqualTo(lira("7.50"))).isTrue();

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            queued.entryKey(),
                                            Map.of(invoice.id(), lira("7.50")),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("books only the bank's charges of 7.50 TRY")
                    .hasMessageContaining("dismiss it from the queue");
            assertThat(only().isOpen()).isTrue();
            assertThat(fixture.entries()).isEmpty();
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("300.00");
        }

        @Test
        void invoiceInOtherCurrencyRejected() {
            Invoice invoice = fixture.issue("INV-E", "280.00", "EUR");
            fixture.importLines("STMT-1", List.of(credit("280.00").remittanceText("x").build()));
            String key = only().entryKey();

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            key,
                                            Map.of(invoice.id(), lira("280.00")),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("INV-E")
                    .hasMessageContaining("currency");
            assertThat(only().isOpen()).isTrue();
            assertThat(fixture.entries()).isEmpty();
            assertThat(fixture.paymentsRecorded()).isZero();
        }

        /** Amounts a person assigns to one invoice of 300.00 TRY for a line of 280.00 TRY. */
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "more than the line,     280.01, 'allocations adding up to at most'",
            "zero,                   0.00,   'an amount greater than zero'",
            "too many decimals,      1.005,  'amount'",
        })
        void badAmountsStoreNothing(String behaviour, String amount, String message) {
            Invoice invoice = fixture.issue("INV-1", "300.00");
            fixture.importLines("STMT-1", List.of(credit("280.00").remittanceText("x").build()));
            String key = only().entryKey();

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            key,
                                            Map.of(invoice.id(), lira(amount)),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(message);
            assertThat(only().isOpen()).isTrue();
            assertThat(fixture.entries()).isEmpty();
            assertThat(fixture.paymentsRecorded()).isZero();
        }
    }

    @Nested
    class Dismissing {

        @Test
        void dismissalRecordsReason() {
            fixture.importLines("STMT-1", List.of(credit("42.00").build()));
            String key = only().entryKey();

            QueuedLine dismissed =
                    fixture.reconciliation.dismissQueued(
                            fixture.companyId, key, CLERK, "refund from a supplier");

            QueuedLine.Resolution resolution = dismissed.resolution().orElseThrow();
            assertThat(resolution.kind()).isEqualTo(QueuedLine.ResolutionKind.DISMISSED);
            assertThat(resolution.actor()).isEqualTo(CLERK);
            assertThat(resolution.at()).isEqualTo(NOW);
            assertThat(resolution.note()).contains("refund from a supplier");
            assertThat(open()).isEmpty();
            assertThat(fixture.entries()).isEmpty();
        }

        @Test
        void retryReturnsSameLine() {
            fixture.importLines("STMT-1", List.of(credit("42.00").build()));
            String key = only().entryKey();
            QueuedLine first =
                    fixture.reconciliation.dismissQueued(fixture.companyId, key, CLERK, "refund");

            QueuedLine again =
                    fixture.reconciliation.dismissQueued(fixture.companyId, key, CLERK, "refund");

            assertThat(again).isEqualTo(first);
        }

        @Test
        void otherReasonRejected() {
            fixture.importLines("STMT-1", List.of(credit("42.00").build()));
            String key = only().entryKey();
            fixture.reconciliation.dismissQueued(fixture.companyId, key, CLERK, "refund");

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, key, CLERK, "duplicate"))
                    .isInstanceOf(QueuedLineResolvedException.class)
                    .hasMessageContaining("DISMISSED by clerk-7")
                    .hasMessageContaining("(refund)");
            assertThat(resolutionOf(key).note()).contains("refund");
        }

        @ParameterizedTest(name = "reason \"{0}\"")
        @CsvSource({"''", "'   '"})
        void blankReasonRejected(String reason) {
            fixture.importLines("STMT-1", List.of(credit("42.00").build()));
            String key = only().entryKey();

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, key, CLERK, reason))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("reason");
            assertThat(only().isOpen()).isTrue();
        }

        @Test
        void unknownLineRejected() {
            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, "sha256:none#1", CLERK, "refund"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("sha256:none#1");
        }
    }

    private QueuedLine.Resolution resolutionOf(String entryKey) {
        return fixture.stores
                .reconciliationQueue()
                .find(fixture.companyId.value(), entryKey)
                .orElseThrow()
                .resolution()
                .map(
                        stored ->
                                new QueuedLine.Resolution(
                                        QueuedLine.ResolutionKind.valueOf(stored.kind().name()),
                                        stored.stamp().actor().kind()
                                                        == io.github.tahsilat.persistence.spi.record
                                                                .ActorKind.USER
                                                ? Actor.user(stored.stamp().actor().id())
                                                : Actor.system(stored.stamp().actor().id()),
                                        stored.stamp().at(),
                                        stored.note()))
                .orElseThrow();
    }

    private String numberOf(QueuedLine.Suggestion suggestion, Invoice first, Invoice second) {
        if (suggestion.invoiceId().equals(first.id())) {
            return first.number();
        }
        return suggestion.invoiceId().equals(second.id()) ? second.number() : "unknown";
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }
}
