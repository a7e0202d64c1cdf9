package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static io.github.tahsilat.engine.ReconciliationFixture.lira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Tolerance;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.ManualMatch;
import io.github.tahsilat.reconciliation.MatchReason;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.UnmatchedLine;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.payment.StoredPayment;
import io.github.tahsilat.service.reconciliation.BookedLine;
import io.github.tahsilat.service.reconciliation.BookingKind;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementApplier;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.service.reconciliation.SuggestedLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconciliationServiceTest {

    private final ReconciliationFixture fixture = new ReconciliationFixture();

    private static final Actor CLERK = Actor.user("clerk-7");

    private StoredPayment payment(BookedLine booked) {
        return fixture.engine.payments().find(fixture.companyId, booked.paymentId()).orElseThrow();
    }

    @Nested
    class Booking {

        @Test
        void numberAndAmountBookPayment() {
            Invoice invoice = fixture.issue("INV-1", "1000.00");
            BankLine line = credit("1000.00").remittanceText("Fatura INV-1").build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            assertThat(result.booked()).hasSize(1);
            BookedLine booked = result.booked().get(0);
            assertThat(booked.kind()).isEqualTo(BookingKind.PAYMENT);
            assertThat(booked.reason()).contains("invoice-number", "exact-amount");
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
            assertThat(fixture.stored(invoice).invoice().status()).isEqualTo(InvoiceStatus.PAID);
            StoredPayment payment = payment(booked);
            assertThat(payment.payment().amount().isEqualTo(lira("1000.00"))).isTrue();
            assertThat(payment.payment().valueDate()).isEqualTo(TODAY);
            assertThat(payment.payment().idempotencyKey()).contains(booked.key().primary());
            assertThat(fixture.entries())
                    .singleElement()
                    .satisfies(
                            entry -> {
                                assertThat(entry.entryKey()).isEqualTo(booked.key().contentKey());
                                assertThat(entry.statementId()).isEqualTo("STMT-1");
                                assertThat(entry.amountMinor()).isEqualTo(100_000);
                                assertThat(entry.currency()).isEqualTo("TRY");
                                assertThat(entry.decision()).isEqualTo(BankEntryDecision.BOOKED);
                                assertThat(entry.paymentId()).contains(booked.paymentId().value());
                                assertThat(entry.lastWrite().actor().id()).isEqualTo("tahsilat");
                            });
        }

        @Test
        void bankReferenceStoresBothKeys() {
            fixture.issue("INV-1", "250.00");
            BankLine line =
                    credit("250.00")
                            .remittanceText("INV-1")
                            .accountServicerReference("A-1")
                            .build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            BankEntryKey key = result.booked().get(0).key();
            assertThat(fixture.entries())
                    .extracting(BankEntryRecord::entryKey)
                    .containsExactlyInAnyOrder(
                            "ref:" + ReconciliationFixture.ACCOUNT + ":A-1",
                            key.contentKey() + BankEntryKey.WITH_REFERENCE_SUFFIX);
        }

        @Test
        void bankChargesBookedAsPaymentCharges() {
            Invoice invoice = fixture.issue("INV-1", "1000.00");
            BankLine line = credit("992.50").remittanceText("INV-1").charge(lira("7.50")).build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            StoredPayment payment = payment(result.booked().get(0));
            assertThat(payment.payment().amount().isEqualTo(lira("1000.00"))).isTrue();
            assertThat(payment.payment().charges().isEqualTo(lira("7.50"))).isTrue();
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
            assertThat(result.charges()).singleElement();
            assertThat(result.charges().get(0).amount().isEqualTo(lira("7.50"))).isTrue();
        }

        @Test
        void unknownCompanyIsRejected() {
            StatementImport statement =
                    new StatementImport(CompanyId.random(), "STMT-1", List.of());

            assertThatThrownBy(() -> fixture.reconciliation.importStatement(statement))
                    .isInstanceOf(io.github.tahsilat.service.NotFoundException.class);
        }
    }

    @Nested
    class Outcomes {

        /**
         * Two open invoices of 500.00 TRY, INV-1 and INV-2, and one line. The expected outcome is
         * BOOKED, SUGGESTED or UNMATCHED, with each invoice's outstanding amount afterwards.
         */
        @ParameterizedTest(name = "{0}: {1} TRY \"{2}\"")
        @CsvSource({
            "line naming one of two equal invoices, 500.00, Odeme INV-2, BOOKED, 500.00, 0.00",
            "line without text of equal amount,     500.00, '',          SUGGESTED, 500.00, 500.00",
            "reference naming no invoice,           123.45, INV-9,       UNMATCHED, 500.00, 500.00",
            "one line paying two invoices,         1000.00, INV-1 INV-2, BOOKED, 0.00, 0.00",
        })
        void lineOutcome(
                String behaviour,
                String amount,
                String text,
                String outcome,
                String firstOutstanding,
                String secondOutstanding) {
            Invoice first = fixture.issue("INV-1", "500.00");
            Invoice second = fixture.issue("INV-2", "500.00");
            BankLine line = credit(amount).remittanceText(text == null ? "" : text).build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            assertThat(result.booked()).hasSize(outcome.equals("BOOKED") ? 1 : 0);
            assertThat(result.suggested()).hasSize(outcome.equals("SUGGESTED") ? 1 : 0);
            assertThat(result.unmatched()).hasSize(outcome.equals("UNMATCHED") ? 1 : 0);
            assertThat(fixture.outstanding(first)).isEqualByComparingTo(firstOutstanding);
            assertThat(fixture.outstanding(second)).isEqualByComparingTo(secondOutstanding);
            assertThat(fixture.entries()).hasSize(outcome.equals("BOOKED") ? 1 : 0);
            assertThat(fixture.paymentsRecorded()).isEqualTo(outcome.equals("BOOKED") ? 1 : 0);
        }

        @Test
        void amountOnlySuggestionGivesReason() {
            fixture.issue("INV-1", "500.00");

            ReconciliationResult result =
                    fixture.importLines("STMT-1", List.of(credit("500.00").build()));

            assertThat(result.suggested())
                    .singleElement()
                    .extracting(SuggestedLine::reason)
                    .asString()
                    .contains("below the auto-apply threshold 80");
        }
    }

    @Nested
    class Tolerances {

        private final MatchSettings settings =
                MatchSettings.defaults().withTolerance(money("0.02", "EUR"));

        private AllocationPolicy policy(boolean writeOffSmallExcess) {
            Tolerance tolerance = Tolerance.of(money("0.02", "EUR"));
            return AllocationPolicy.defaults()
                    .withTolerances(
                            List.of(
                                    writeOffSmallExcess
                                            ? tolerance.writingOffSmallExcess()
                                            : tolerance));
        }

        @Test
        void twoInvoicesSumExactlyToLine() {
            fixture.with(settings, policy(false));
            Invoice small = fixture.issue("INV-010", "0.10", "EUR");
            Invoice large = fixture.issue("INV-020", "0.20", "EUR");
            BankLine line =
                    BankLine.builder()
                            .accountId(ReconciliationFixture.ACCOUNT)
                            .bookingDate(TODAY)
                            .amount(money("0.30", "EUR"))
                            .remittanceText("INV-010 INV-020")
                            .build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            assertThat(result.booked()).hasSize(1);
            assertThat(fixture.outstanding(small)).isEqualByComparingTo("0.00");
            assertThat(fixture.outstanding(large)).isEqualByComparingTo("0.00");
            StoredPayment payment = payment(result.booked().get(0));
            assertThat(payment.unapplied().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo("0.00");
        }

        /**
         * Invoice INV-100 of 100.00 EUR, tolerance 0.02 EUR, a line naming it. Columns: the line's
         * amount, whether the policy writes off a small excess, whether the import books the line,
         * the invoice's status and outstanding amount after the line is booked (by a person when
         * the import only suggests it), and the payment's unapplied credit.
         */
        @ParameterizedTest(name = "{0} EUR, write off excess {1}")
        @CsvSource({
            "99.98,  false, true,  WRITTEN_OFF,    0.00, 0.00",
            "99.97,  false, false, PARTIALLY_PAID, 0.03, 0.00",
            "100.02, false, true,  PAID,           0.00, 0.02",
            "100.02, true,  true,  PAID,           0.00, 0.00",
        })
        void differenceWithinOrOutsideTolerance(
                String amount,
                boolean writeOffExcess,
                boolean bookedByImport,
                InvoiceStatus status,
                String outstanding,
                String credit) {
            fixture.with(settings, policy(writeOffExcess));
            Invoice invoice = fixture.issue("INV-100", "100.00", "EUR");
            BankLine line =
                    BankLine.builder()
                            .accountId(ReconciliationFixture.ACCOUNT)
                            .bookingDate(TODAY)
                            .amount(money(amount, "EUR"))
                            .remittanceText("Rechnung INV-100")
                            .build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            assertThat(result.booked()).hasSize(bookedByImport ? 1 : 0);
            if (!bookedByImport) {
                assertThat(result.suggested()).hasSize(1);
                StatementApplier applier =
                        fixture.reconciliation.applier(fixture.companyId, "STMT-1");
                assertThat(applier.apply(result.suggested().get(0).proposal(), CLERK)).isTrue();
            }
            assertThat(fixture.stored(invoice).invoice().status()).isEqualTo(status);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo(outstanding);
            BankEntryRecord entry = fixture.entries().get(0);
            StoredPayment payment =
                    fixture.engine
                            .payments()
                            .find(
                                    fixture.companyId,
                                    new io.github.tahsilat.payment.PaymentId(
                                            entry.paymentId().orElseThrow()))
                            .orElseThrow();
            assertThat(payment.unapplied().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo(credit);
        }
    }

    @Nested
    class Idempotency {

        @Test
        void sameStatementTwiceBooksOnce() {
            Invoice first = fixture.issue("INV-1", "300.00");
            fixture.issue("INV-2", "700.00");
            List<BankLine> lines =
                    List.of(
                            credit("300.00").remittanceText("INV-1").build(),
                            credit("700.00").remittanceText("INV-2").build());
            fixture.importLines("STMT-1", lines);

            ReconciliationResult again = fixture.importLines("STMT-1", lines);

            assertThat(again.booked()).isEmpty();
            assertThat(again.alreadyBooked()).hasSize(2);
            assertThat(again.alreadyBooked().get(0).reason())
                    .contains("booked as payment", "from statement STMT-1");
            assertThat(fixture.entries()).hasSize(2);
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("0.00");
        }

        @Test
        void identicalLinesOfOneStatementBookApart() {
            Invoice invoice = fixture.issue("INV-1", "1000.00");
            BankLine half = credit("500.00").remittanceText("INV-1").build();
            ReconciliationResult result = fixture.importLines("STMT-1", List.of(half, half));
            StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");

            for (SuggestedLine suggested : result.suggested()) {
                assertThat(applier.apply(suggested.proposal(), CLERK)).isTrue();
            }
            ReconciliationResult again = fixture.importLines("STMT-1", List.of(half, half));

            assertThat(result.suggested()).hasSize(2);
            assertThat(result.suggested().get(0).proposal().key())
                    .isNotEqualTo(result.suggested().get(1).proposal().key());
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
            assertThat(again.alreadyBooked()).hasSize(2);
            assertThat(fixture.entries()).hasSize(2);
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
        }

        @Test
        void sharedBankReferenceBooksBothEntries() {
            Invoice first = fixture.issue("INV-1", "125.00");
            Invoice second = fixture.issue("INV-2", "125.00");
            List<BankLine> lines =
                    List.of(
                            credit("125.00")
                                    .remittanceText("INV-1")
                                    .accountServicerReference("98888208N8")
                                    .build(),
                            credit("125.00")
                                    .remittanceText("INV-2")
                                    .accountServicerReference("98888208N8")
                                    .build());

            ReconciliationResult result = fixture.importLines("STMT-1", lines);
            ReconciliationResult again = fixture.importLines("STMT-1", lines);

            assertThat(result.booked()).hasSize(2);
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("0.00");
            assertThat(again.alreadyBooked()).hasSize(2);
            assertThat(fixture.entries())
                    .extracting(BankEntryRecord::entryKey)
                    .allMatch(key -> key.startsWith("sha256:"));
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
        }

        /**
         * A notification (camt.054 or camt.052) without the bank's entry reference, and the day's
         * statement (camt.053) with it, in either order: the entry books once.
         */
        @ParameterizedTest(name = "notification first: {0}")
        @CsvSource({"true", "false"})
        void notificationAndStatementBookOnce(boolean notificationFirst) {
            Invoice invoice = fixture.issue("INV-1", "640.00");
            BankLine notified =
                    credit("640.00").remittanceText("INV-1").endToEndId("E2E-77").build();
            BankLine stated =
                    credit("640.00")
                            .remittanceText("INV-1")
                            .endToEndId("E2E-77")
                            .accountServicerReference("2025102100042")
                            .build();

            ReconciliationResult firstImport =
                    notificationFirst
                            ? fixture.importLines("NTF-1", List.of(notified))
                            : fixture.importLines("STMT-1", List.of(stated));
            ReconciliationResult secondImport =
                    notificationFirst
                            ? fixture.importLines("STMT-1", List.of(stated))
                            : fixture.importLines("NTF-1", List.of(notified));

            assertThat(firstImport.booked()).hasSize(1);
            assertThat(secondImport.booked()).isEmpty();
            assertThat(secondImport.alreadyBooked()).hasSize(1);
            assertThat(fixture.paymentsRecorded()).isEqualTo(1);
            assertThat(fixture.entries()).hasSize(notificationFirst ? 1 : 2);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
        }
    }

    @Nested
    class Reversals {

        private BookedLine bookPayment(Invoice invoice, String endToEndId) {
            BankLine.Builder line = credit("800.00").remittanceText(invoice.number());
            if (endToEndId != null) {
                line.endToEndId(endToEndId);
            }
            return fixture.importLines("STMT-1", List.of(line.build())).booked().get(0);
        }

        /**
         * Payments and returns booked by one import come from two loops, and their bank references
         * interleave them in match order.
         */
        @Test
        void paymentsAndReturnsBookedInMatchOrder() {
            bookPayment(fixture.issue("INV-1", "800.00"), "E2E-1");
            bookPayment(fixture.issue("INV-2", "800.00"), "E2E-2");
            fixture.issue("INV-3", "500.00");
            fixture.issue("INV-4", "500.00");
            List<BankLine> lines =
                    List.of(
                            credit("-800.00")
                                    .endToEndId("E2E-2")
                                    .reversal(true)
                                    .accountServicerReference("R4")
                                    .build(),
                            credit("500.00")
                                    .remittanceText("INV-4")
                                    .accountServicerReference("R3")
                                    .build(),
                            credit("-800.00")
                                    .endToEndId("E2E-1")
                                    .reversal(true)
                                    .accountServicerReference("R2")
                                    .build(),
                            credit("500.00")
                                    .remittanceText("INV-3")
                                    .accountServicerReference("R1")
                                    .build());

            ReconciliationResult result = fixture.importLines("STMT-2", lines);

            assertThat(result.booked())
                    .extracting(BookedLine::kind)
                    .containsExactly(
                            BookingKind.PAYMENT,
                            BookingKind.REVERSAL,
                            BookingKind.PAYMENT,
                            BookingKind.REVERSAL);
            assertThat(result.booked())
                    .extracting(BookedLine::key)
                    .isSortedAccordingTo(BankEntryKey.MATCH_ORDER);
        }

        @Test
        void returnWithEndToEndIdReversesPayment() {
            Invoice invoice = fixture.issue("INV-1", "800.00");
            BookedLine paid = bookPayment(invoice, "E2E-9");
            BankLine returned = credit("-800.00").endToEndId("E2E-9").reversal(true).build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));
            ReconciliationResult again = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).singleElement();
            assertThat(result.booked().get(0).kind()).isEqualTo(BookingKind.REVERSAL);
            assertThat(result.booked().get(0).paymentId()).isEqualTo(paid.paymentId());
            assertThat(payment(paid).reversedOn()).contains(TODAY);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("800.00");
            assertThat(again.booked()).isEmpty();
            assertThat(again.alreadyBooked().get(0).reason())
                    .contains("reversal of payment " + paid.paymentId());
            assertThat(fixture.entries())
                    .extracting(BankEntryRecord::decision)
                    .containsExactlyInAnyOrder(
                            BankEntryDecision.BOOKED, BankEntryDecision.REVERSED);
        }

        @Test
        void returnNamingInvoiceReversesItsPayment() {
            Invoice invoice = fixture.issue("INV-1", "800.00");
            BookedLine paid = bookPayment(invoice, null);
            BankLine returned = credit("-800.00").remittanceText("RETURN INV-1").build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).singleElement();
            assertThat(result.booked().get(0).paymentId()).isEqualTo(paid.paymentId());
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("800.00");
        }

        @Test
        void chargesOnlyLineReversesNothing() {
            Invoice invoice = fixture.issue("INV-1", "800.00");
            BookedLine paid = bookPayment(invoice, "E2E-9");
            BankLine fee =
                    credit("-7.50")
                            .charge(lira("7.50"))
                            .endToEndId("E2E-9")
                            .remittanceText("RETURN FEE INV-1")
                            .build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(fee));

            assertThat(result.booked()).isEmpty();
            assertThat(result.reversalsForReview()).isEmpty();
            assertThat(result.unmatched()).singleElement();
            assertThat(result.unmatched().get(0).notes())
                    .extracting(MatchReason::rule)
                    .containsExactly("charges");
            assertThat(result.charges()).isEmpty();
            assertThat(payment(paid).reversedOn()).isEmpty();
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
            assertThat(fixture.entries()).hasSize(1);
        }

        @Test
        void returnWithChargesReversesPaymentOnce() {
            Invoice invoice = fixture.issue("INV-1", "800.00");
            BookedLine paid = bookPayment(invoice, "E2E-9");
            BankLine returned = credit("-807.50").charge(lira("7.50")).endToEndId("E2E-9").build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).singleElement();
            assertThat(result.booked().get(0).kind()).isEqualTo(BookingKind.REVERSAL);
            assertThat(result.booked().get(0).paymentId()).isEqualTo(paid.paymentId());
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("800.00");
        }

        @Test
        void returnWithoutPaymentIsLeftForReview() {
            fixture.issue("INV-1", "800.00");
            BankLine returned = credit("-800.00").endToEndId("E2E-UNKNOWN").build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).isEmpty();
            assertThat(result.reversalsForReview())
                    .singleElement()
                    .satisfies(
                            review -> assertThat(review.reason()).contains("no standing payment"));
            assertThat(fixture.entries()).isEmpty();
        }
    }

    @Nested
    class PersonDecisions {

        @Test
        void confirmedSuggestionRecordsThePerson() {
            Invoice invoice = fixture.issue("INV-1", "500.00");
            ReconciliationResult result =
                    fixture.importLines("STMT-1", List.of(credit("500.00").build()));
            StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");

            boolean booked = applier.apply(result.suggested().get(0).proposal(), CLERK);
            boolean again = applier.apply(result.suggested().get(0).proposal(), CLERK);

            assertThat(booked).isTrue();
            assertThat(again).isFalse();
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
            assertThat(fixture.entries())
                    .singleElement()
                    .satisfies(e -> assertThat(e.lastWrite().actor().id()).isEqualTo("clerk-7"));
            assertThat(fixture.paymentsRecorded()).isEqualTo(1);
        }

        @Test
        void manualMatchBooksUnmatchedLine() {
            Invoice first = fixture.issue("INV-1", "300.00");
            Invoice second = fixture.issue("INV-2", "400.00");
            BankLine line = credit("650.00").remittanceText("see email").build();
            UnmatchedLine unmatched =
                    fixture.importLines("STMT-1", List.of(line)).unmatched().get(0);
            ManualMatch match =
                    ManualMatch.by(
                            CLERK,
                            EngineFixtures.CLOCK,
                            unmatched.key(),
                            Map.of(first.id(), lira("300.00"), second.id(), lira("350.00")));
            StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");

            assertThat(applier.apply(line, match)).isTrue();

            assertThat(fixture.outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("50.00");
            assertThat(fixture.importLines("STMT-1", List.of(line)).alreadyBooked()).hasSize(1);
        }

        @Test
        void manualMatchWithWrongKeyIsRejected() {
            Invoice invoice = fixture.issue("INV-1", "300.00");
            BankLine line = credit("300.00").build();
            BankLine other = credit("301.00").build();
            ManualMatch match =
                    ManualMatch.by(
                            CLERK,
                            EngineFixtures.CLOCK,
                            BankEntryKey.of(other, 1),
                            Map.of(invoice.id(), lira("300.00")));
            StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");

            assertThatThrownBy(() -> applier.apply(line, match))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("key");
            assertThat(fixture.entries()).isEmpty();
        }

        @Test
        void manualMatchOfChargesOnlyLineIsRejected() {
            Invoice invoice = fixture.issue("INV-1", "300.00");
            BankLine fee = credit("-7.50").charge(lira("7.50")).build();
            ManualMatch match =
                    ManualMatch.by(
                            CLERK,
                            EngineFixtures.CLOCK,
                            BankEntryKey.of(fee, 1),
                            Map.of(invoice.id(), lira("7.50")));
            StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");

            assertThatThrownBy(() -> applier.apply(fee, match))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageEndingWith(
                            "; expected a line that pays an invoice, but this one books only"
                                    + " the bank's charges of 7.50 TRY: book them as a bank"
                                    + " expense and ignore the line, or dismiss it from the"
                                    + " queue");
            assertThat(fixture.entries()).isEmpty();
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("300.00");
        }

        @Test
        void ignoredLineStaysIgnored() {
            BankLine line = credit("75.00").remittanceText("own transfer").build();
            BankEntryKey key = BankEntryKey.of(line, 1);
            StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");

            assertThat(applier.ignore(key, line, CLERK)).isTrue();
            ReconciliationResult again = fixture.importLines("STMT-1", List.of(line));

            assertThat(again.unmatched()).isEmpty();
            assertThat(again.alreadyBooked().get(0).reason()).startsWith("ignored");
            assertThat(fixture.entries().get(0).decision()).isEqualTo(BankEntryDecision.IGNORED);
            assertThat(fixture.entries().get(0).paymentId()).isEqualTo(Optional.empty());
        }
    }

    @Nested
    class Companies {

        @Test
        void importBooksOnlyItsCompany() {
            Stores shared = InMemoryStores.create();
            ReconciliationFixture first = new ReconciliationFixture(shared, CompanyId.random());
            ReconciliationFixture second = new ReconciliationFixture(shared, CompanyId.random());
            Invoice firstInvoice = first.issue("INV-1", "400.00");
            Invoice secondInvoice = second.issue("INV-1", "400.00");
            List<BankLine> lines = List.of(credit("400.00").remittanceText("INV-1").build());

            ReconciliationResult booked = first.importLines("STMT-1", lines);

            assertThat(booked.booked()).hasSize(1);
            assertThat(first.outstanding(firstInvoice)).isEqualByComparingTo("0.00");
            assertThat(second.outstanding(secondInvoice)).isEqualByComparingTo("400.00");
            assertThat(second.entries()).isEmpty();

            ReconciliationResult secondBooked = second.importLines("STMT-1", lines);

            assertThat(secondBooked.booked()).hasSize(1);
            assertThat(secondBooked.alreadyBooked()).isEmpty();
            assertThat(second.outstanding(secondInvoice)).isEqualByComparingTo("0.00");
            assertThat(first.entries()).hasSize(1);
            assertThat(second.entries()).hasSize(1);
        }
    }
}
