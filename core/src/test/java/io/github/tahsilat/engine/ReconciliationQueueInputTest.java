package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.firm;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static io.github.tahsilat.engine.ReconciliationFixture.lira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.error.TahsilatException;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.QueuedLine;
import io.github.tahsilat.service.reconciliation.QueuedLineResolvedException;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input to the queue's manual match and dismissal, as a host would pass it: each call fails
 * with a message naming the value, and the queue, the invoices, the bank entries and the event log
 * stay as they were.
 */
class ReconciliationQueueInputTest {

    private static final Actor CLERK = Actor.user("clerk-7");
    private static final Actor OTHER_CLERK = Actor.user("clerk-9");

    private final ReconciliationFixture fixture = new ReconciliationFixture();
    private Invoice invoice;
    private String key;

    /** Issues an invoice of 300.00 TRY and queues a line of 280.00 TRY that names no invoice. */
    @BeforeEach
    void queueOneLine() {
        invoice = fixture.issue("INV-1", "300.00");
        fixture.importLines("STMT-1", List.of(credit("280.00").remittanceText("x").build()));
        key = open().get(0).entryKey();
    }

    private List<QueuedLine> open() {
        return fixture.reconciliation.openQueue(fixture.companyId, PageRequest.first(100)).items();
    }

    private QueuedLine match(Map<InvoiceId, MonetaryAmount> amounts) {
        return fixture.reconciliation.matchQueued(
                fixture.companyId, key, amounts, CLERK, Optional.empty());
    }

    /** Checks that the failed call left the line open and stored nothing. */
    private void assertNothingStored() {
        assertThat(open()).singleElement().satisfies(line -> assertThat(line.isOpen()).isTrue());
        assertThat(fixture.entries()).isEmpty();
        assertThat(fixture.paymentsRecorded()).isZero();
        assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("300.00");
    }

    private Invoice issueFor(Counterparty counterparty, String number, String amount) {
        return issueFor(counterparty, number, amount, Direction.RECEIVABLE);
    }

    private Invoice issueFor(
            Counterparty counterparty, String number, String amount, Direction direction) {
        Invoice other =
                Invoice.builder()
                        .companyId(counterparty.companyId())
                        .counterpartyId(counterparty.id())
                        .number(number)
                        .direction(direction)
                        .issueDate(TODAY)
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        fixture.engine.invoices().issue(InvoiceRequest.of(other));
        return other;
    }

    private static String repeat(int length) {
        return "n".repeat(length);
    }

    @Nested
    class MatchArguments {

        /** Rejects a null in each argument of matchQueued and names it in the message. */
        @ParameterizedTest(name = "null {0}")
        @CsvSource({"companyId", "entryKey", "amounts", "actor", "note"})
        void nullArgumentRejected(String field) {
            Map<InvoiceId, MonetaryAmount> amounts = Map.of(invoice.id(), lira("280.00"));

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            field.equals("companyId") ? null : fixture.companyId,
                                            field.equals("entryKey") ? null : key,
                                            field.equals("amounts") ? null : amounts,
                                            field.equals("actor") ? null : CLERK,
                                            field.equals("note") ? null : Optional.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(field);
            assertNothingStored();
        }

        @Test
        void nullInvoiceIdRejected() {
            Map<InvoiceId, MonetaryAmount> amounts = new HashMap<>();
            amounts.put(null, lira("280.00"));

            assertThatThrownBy(() -> match(amounts))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invoiceId");
            assertNothingStored();
        }

        @Test
        void nullAmountRejected() {
            Map<InvoiceId, MonetaryAmount> amounts = new HashMap<>();
            amounts.put(invoice.id(), null);

            assertThatThrownBy(() -> match(amounts))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("amount");
            assertNothingStored();
        }

        @Test
        void emptyAmountsRejected() {
            assertThatThrownBy(() -> match(Map.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("amounts")
                    .hasMessageContaining("at least one invoice");
            assertNothingStored();
        }

        /** Notes a person might type: blank, or longer than the 500 characters allowed. */
        @ParameterizedTest(name = "note of {0} characters, blank {1}")
        @CsvSource({"0, true", "3, true", "501, false", "5000, false"})
        void badNoteRejected(int length, boolean blank) {
            String note = blank ? " ".repeat(length) : repeat(length);

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            key,
                                            Map.of(invoice.id(), lira("280.00")),
                                            CLERK,
                                            Optional.of(note)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("note");
            assertNothingStored();
        }

        @Test
        void noteOfMaximumLengthAccepted() {
            QueuedLine matched =
                    fixture.reconciliation.matchQueued(
                            fixture.companyId,
                            key,
                            Map.of(invoice.id(), lira("280.00")),
                            CLERK,
                            Optional.of(repeat(500)));

            assertThat(matched.resolution().orElseThrow().note()).contains(repeat(500));
        }
    }

    @Nested
    class MatchAmounts {

        /** Amounts for the one invoice of 300.00 TRY against the line of 280.00 TRY. */
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "negative,                -10.00, TRY, -10",
            "zero,                    0,      TRY, 0",
            "over the line,           280.01, TRY, 280.01",
            "over the invoice too,    300.01, TRY, 300.01",
            "three decimals in TRY,   1.005,  TRY, 1.005",
            "tiny fraction,           0.001,  TRY, 0.001",
            "yen for a lira line,     280,    JPY, JPY",
        })
        void badAmountRejected(String behaviour, String amount, String currency, String value) {
            MonetaryAmount requested = EngineFixtures.money(amount, currency);

            assertThatThrownBy(() -> match(Map.of(invoice.id(), requested)))
                    .isInstanceOf(TahsilatException.class)
                    .hasMessageContaining(value);
            assertNothingStored();
        }

        /** Extra zeros past the minor unit change no value, so the match books. */
        @Test
        void trailingZerosAccepted() {
            match(Map.of(invoice.id(), lira("280.0000")));

            assertThat(open()).isEmpty();
            assertThat(fixture.paymentsRecorded()).isEqualTo(1);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("20.00");
        }

        @Test
        void otherCurrencyNamesBoth() {
            assertThatThrownBy(
                            () ->
                                    match(
                                            Map.of(
                                                    invoice.id(),
                                                    EngineFixtures.money("280.00", "EUR"))))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("TRY")
                    .hasMessageContaining("EUR");
            assertNothingStored();
        }

        @Test
        void twoInvoicesOverLineRejected() {
            Invoice second = fixture.issue("INV-2", "100.00");

            assertThatThrownBy(
                            () ->
                                    match(
                                            Map.of(
                                                    invoice.id(),
                                                    lira("200.00"),
                                                    second.id(),
                                                    lira("80.01"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("280.01");
            assertNothingStored();
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("100.00");
        }
    }

    @Nested
    class MatchInvoices {

        @Test
        void unknownInvoiceRejected() {
            InvoiceId unknown = InvoiceId.random();

            assertThatThrownBy(() -> match(Map.of(unknown, lira("280.00"))))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(unknown.value().toString());
            assertNothingStored();
        }

        @Test
        void invoiceOfOtherCompanyRejected() {
            ReconciliationFixture other =
                    new ReconciliationFixture(fixture.stores, CompanyId.random());
            Invoice foreign = other.issue("INV-X", "300.00");

            assertThatThrownBy(() -> match(Map.of(foreign.id(), lira("280.00"))))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(foreign.id().value().toString());
            assertNothingStored();
            assertThat(other.outstanding(foreign)).isEqualByComparingTo("300.00");
        }

        @Test
        void twoCounterpartiesPartlyRejected() {
            Counterparty supplier = firm(fixture.companyId);
            fixture.engine.counterparties().register(supplier);
            Invoice second = issueFor(supplier, "INV-F", "100.00");

            assertThatThrownBy(
                            () ->
                                    match(
                                            Map.of(
                                                    invoice.id(),
                                                    lira("100.00"),
                                                    second.id(),
                                                    lira("100.00"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("TRY 200")
                    .hasMessageContaining("2 counterparties");
            assertNothingStored();
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("100.00");
        }

        @Test
        void twoCounterpartiesExactlyBooked() {
            Counterparty supplier = firm(fixture.companyId);
            fixture.engine.counterparties().register(supplier);
            Invoice second = issueFor(supplier, "INV-F", "100.00");

            match(Map.of(invoice.id(), lira("180.00"), second.id(), lira("100.00")));

            assertThat(open()).isEmpty();
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("120.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("0.00");
        }

        @Test
        void overOutstandingRejected() {
            Invoice small = fixture.issue("INV-2", "100.00");

            assertThatThrownBy(() -> match(Map.of(small.id(), lira("150.00"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("INV-2")
                    .hasMessageContaining("TRY 150")
                    .hasMessageContaining("outstanding amount TRY 100");
            assertNothingStored();
            assertThat(fixture.outstanding(small)).isEqualByComparingTo("100.00");
        }

        /** An incoming bank line pays receivables only, never a supplier's invoice. */
        @Test
        void payableInvoiceRejected() {
            Counterparty supplier = firm(fixture.companyId);
            fixture.engine.counterparties().register(supplier);
            Invoice payable = issueFor(supplier, "SUP-1", "300.00", Direction.PAYABLE);

            assertThatThrownBy(() -> match(Map.of(payable.id(), lira("280.00"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("SUP-1")
                    .hasMessageContaining("direction");
            assertNothingStored();
            assertThat(fixture.outstanding(payable)).isEqualByComparingTo("300.00");
        }

        @Test
        void cancelledInvoiceRejected() {
            fixture.engine.invoices().cancel(fixture.companyId, invoice.id());

            assertThatThrownBy(() -> match(Map.of(invoice.id(), lira("280.00"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(invoice.number())
                    .hasMessageContaining("open or partially paid");
            assertThat(open()).singleElement().satisfies(l -> assertThat(l.isOpen()).isTrue());
            assertThat(fixture.entries()).isEmpty();
            assertThat(fixture.paymentsRecorded()).isZero();
        }

        @Test
        void paidInvoiceRejected() {
            fixture.importLines(
                    "STMT-2", List.of(credit("300.00").remittanceText("INV-1").build()));
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
            long payments = fixture.paymentsRecorded();
            int entries = fixture.entries().size();

            assertThatThrownBy(() -> match(Map.of(invoice.id(), lira("280.00"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(invoice.number())
                    .hasMessageContaining("open or partially paid");
            assertThat(open()).singleElement().satisfies(l -> assertThat(l.isOpen()).isTrue());
            assertThat(fixture.entries()).hasSize(entries);
            assertThat(fixture.paymentsRecorded()).isEqualTo(payments);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
        }
    }

    @Nested
    class WrongLine {

        @Test
        void unknownCompanyRejected() {
            CompanyId unknown = CompanyId.random();

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            unknown,
                                            key,
                                            Map.of(invoice.id(), lira("280.00")),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(unknown.value().toString());
            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            unknown, key, CLERK, "refund"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(unknown.value().toString());
            assertThatThrownBy(
                            () -> fixture.reconciliation.openQueue(unknown, PageRequest.first(10)))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(unknown.value().toString());
            assertNothingStored();
        }

        @Test
        void lineOfOtherCompanyRejected() {
            ReconciliationFixture other =
                    new ReconciliationFixture(fixture.stores, CompanyId.random());
            Invoice foreign = other.issue("INV-X", "300.00");

            assertThatThrownBy(
                            () ->
                                    other.reconciliation.matchQueued(
                                            other.companyId,
                                            key,
                                            Map.of(foreign.id(), lira("280.00")),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(key);
            assertThatThrownBy(
                            () ->
                                    other.reconciliation.dismissQueued(
                                            other.companyId, key, CLERK, "refund"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(key);
            assertNothingStored();
            assertThat(other.outstanding(foreign)).isEqualByComparingTo("300.00");
        }

        /** Entry keys that name no queued line of the company. */
        @ParameterizedTest(name = "entry key \"{0}\"")
        @CsvSource({"''", "'   '", "sha256:none#1", "INV-1"})
        void keyNotQueuedRejected(String entryKey) {
            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            entryKey,
                                            Map.of(invoice.id(), lira("280.00")),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(TahsilatException.class)
                    .hasMessageContaining("entryKey");
            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, entryKey, CLERK, "refund"))
                    .isInstanceOf(TahsilatException.class)
                    .hasMessageContaining("entryKey");
            assertNothingStored();
        }

        /** PostgreSQL cannot store or compare text with U+0000, so every store rejects it. */
        @Test
        void nulCharactersRejected() {
            String nulKey = key + "\u0000";

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            nulKey,
                                            Map.of(invoice.id(), lira("280.00")),
                                            CLERK,
                                            Optional.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("entryKey")
                    .hasMessageContaining("U+0000");
            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, nulKey, CLERK, "refund"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("entryKey");
            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            key,
                                            Map.of(invoice.id(), lira("280.00")),
                                            CLERK,
                                            Optional.of("a\u0000b")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("note")
                    .hasMessageContaining("NUL");
            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, key, CLERK, "a\u0000b"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("reason")
                    .hasMessageContaining("NUL");
            assertNothingStored();
        }

        @Test
        void overLongKeyRejected() {
            String entryKey = "k".repeat(100_000);

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, entryKey, CLERK, "refund"))
                    .isInstanceOf(TahsilatException.class)
                    .hasMessageContaining("entryKey");
            assertNothingStored();
        }
    }

    @Nested
    class Dismissal {

        /** Rejects a null in each argument of dismissQueued and names it in the message. */
        @ParameterizedTest(name = "null {0}")
        @CsvSource({"companyId", "entryKey", "actor", "reason"})
        void nullArgumentRejected(String field) {
            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            field.equals("companyId") ? null : fixture.companyId,
                                            field.equals("entryKey") ? null : key,
                                            field.equals("actor") ? null : CLERK,
                                            field.equals("reason") ? null : "refund"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(field);
            assertNothingStored();
        }

        @ParameterizedTest(name = "reason of {0} characters")
        @CsvSource({"501", "10000"})
        void longReasonRejected(int length) {
            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, key, CLERK, repeat(length)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("reason")
                    .hasMessageContaining("500");
            assertNothingStored();
        }

        @Test
        void reasonOfMaximumLengthAccepted() {
            QueuedLine dismissed =
                    fixture.reconciliation.dismissQueued(
                            fixture.companyId, key, CLERK, repeat(500));

            assertThat(dismissed.resolution().orElseThrow().note()).contains(repeat(500));
        }

        @Test
        void dismissAfterMatchRejected() {
            match(Map.of(invoice.id(), lira("280.00")));
            long payments = fixture.paymentsRecorded();

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, key, CLERK, "refund"))
                    .isInstanceOf(QueuedLineResolvedException.class)
                    .hasMessageContaining(key)
                    .hasMessageContaining("MANUAL_MATCH by clerk-7");
            assertThat(fixture.entries()).hasSize(1);
            assertThat(fixture.paymentsRecorded()).isEqualTo(payments);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("20.00");
        }

        @Test
        void dismissByOtherActorRejected() {
            fixture.reconciliation.dismissQueued(fixture.companyId, key, CLERK, "refund");

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.dismissQueued(
                                            fixture.companyId, key, OTHER_CLERK, "refund"))
                    .isInstanceOf(QueuedLineResolvedException.class)
                    .hasMessageContaining("DISMISSED by clerk-7");
        }
    }

    @Nested
    class Retries {

        /** Retries a succeeded match with one part of the request changed. */
        @ParameterizedTest(name = "{0}")
        @CsvSource({"other actor", "added note"})
        void differentRetryRejected(String change) {
            match(Map.of(invoice.id(), lira("280.00")));
            Actor actor = change.equals("other actor") ? OTHER_CLERK : CLERK;
            Optional<String> retryNote =
                    change.equals("added note") ? Optional.of("phoned") : Optional.empty();

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.matchQueued(
                                            fixture.companyId,
                                            key,
                                            Map.of(invoice.id(), lira("280.00")),
                                            actor,
                                            retryNote))
                    .isInstanceOf(QueuedLineResolvedException.class)
                    .hasMessageContaining("MANUAL_MATCH by clerk-7");
            assertThat(fixture.paymentsRecorded()).isEqualTo(1);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("20.00");
        }

        /**
         * A retry that names other amounts books nothing more. It returns the first match's line,
         * because the resolution does not store the amounts to compare them with.
         */
        @Test
        void retryWithOtherAmountsBooksNothing() {
            QueuedLine first = match(Map.of(invoice.id(), lira("280.00")));

            QueuedLine again = match(Map.of(invoice.id(), lira("100.00")));

            assertThat(again).isEqualTo(first);
            assertThat(fixture.entries()).hasSize(1);
            assertThat(fixture.paymentsRecorded()).isEqualTo(1);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("20.00");
        }

        @Test
        void badRetryRejectedBeforeLookup() {
            match(Map.of(invoice.id(), lira("280.00")));

            assertThatThrownBy(() -> match(Map.of(invoice.id(), lira("-1.00"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("-1");
            assertThat(fixture.paymentsRecorded()).isEqualTo(1);
        }
    }

    @Nested
    class Cursors {

        /** Cursors a host might pass that openQueue never returned. */
        @ParameterizedTest(name = "cursor \"{0}\"")
        @CsvSource({
            "garbage",
            "'   '",
            "eyJ4IjoxfQ==",
            "2026-01-01|sha256:x",
            "3000000000 sha256:x#1",
            "-3000000000 sha256:x#1",
        })
        void foreignCursorRejected(String cursor) {
            ThrowingCallable call =
                    () ->
                            fixture.reconciliation.openQueue(
                                    fixture.companyId, PageRequest.after(cursor, 10));

            assertThatThrownBy(call)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cursor");
        }

        @Test
        void invoiceCursorRejected() {
            fixture.issue("INV-2", "10.00");
            var invoices =
                    fixture.engine
                            .invoices()
                            .openItemsDueBefore(
                                    fixture.companyId, TODAY.plusDays(365), PageRequest.first(1));
            String cursor = invoices.next().orElseThrow();

            assertThatThrownBy(
                            () ->
                                    fixture.reconciliation.openQueue(
                                            fixture.companyId, PageRequest.after(cursor, 10)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cursor");
        }
    }
}
