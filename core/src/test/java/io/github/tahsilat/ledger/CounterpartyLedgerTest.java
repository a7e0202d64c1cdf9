package io.github.tahsilat.ledger;

import static io.github.tahsilat.ledger.LedgerFixtures.at;
import static io.github.tahsilat.ledger.LedgerFixtures.creditNote;
import static io.github.tahsilat.ledger.LedgerFixtures.eur;
import static io.github.tahsilat.ledger.LedgerFixtures.instant;
import static io.github.tahsilat.ledger.LedgerFixtures.invoice;
import static io.github.tahsilat.ledger.LedgerFixtures.ledger;
import static io.github.tahsilat.ledger.LedgerFixtures.money;
import static io.github.tahsilat.ledger.LedgerFixtures.pay;
import static io.github.tahsilat.ledger.LedgerFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.ComponentOrder;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ExcessHandling;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.Tolerance;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentConflictException;
import io.github.tahsilat.payment.PaymentMethod;
import io.github.tahsilat.terms.DiscountTier;
import io.github.tahsilat.terms.DiscountedTerms;
import io.github.tahsilat.terms.NetDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CounterpartyLedgerTest {

    private static final LocalDate DAY = LocalDate.parse("2025-03-01");

    @Nested
    class PartialPayments {

        @Test
        void twoPartialsMarkPaid() {
            Invoice invoice = invoice("INV-1", "2025-02-01", "1000.00", "EUR");
            CounterpartyLedger ledger = ledger("EUR").addInvoice(invoice, at(0));

            ledger = pay(ledger, payment("2025-02-10", eur("300.00")).build(), 1).ledger();
            ledger = pay(ledger, payment("2025-02-20", eur("700.00")).build(), 2).ledger();

            ItemBalance item = ledger.item(invoice.id()).orElseThrow();
            assertThat(item.outstanding()).isEqualTo(eur("0.00"));
            assertThat(item.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(ledger.amountToSettle(invoice.id(), DAY)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"100.00, 40.00, 60.00", "2000.00, 500.00, 1500.00"})
        void remainderIsExact(String total, String paid, String remainder) {
            Invoice invoice = invoice("INV-1", "2025-02-01", total, "EUR");
            CounterpartyLedger ledger = ledger("EUR").addInvoice(invoice, at(0));
            ledger = pay(ledger, payment("2025-02-10", eur(paid)).build(), 1).ledger();

            Optional<javax.money.MonetaryAmount> rest = ledger.amountToSettle(invoice.id(), DAY);
            assertThat(rest).contains(eur(remainder));

            ledger = pay(ledger, payment("2025-02-11", rest.get()).build(), 2).ledger();
            assertThat(ledger.item(invoice.id()).orElseThrow().status())
                    .isEqualTo(InvoiceStatus.PAID);
            assertThat(ledger.statement(DAY.minusYears(1), DAY).totalOf(LedgerEntryKind.PAYMENT))
                    .isEqualTo(eur(total));
        }

        @Test
        void discountedRemainderProposed() {
            DiscountedTerms terms =
                    new DiscountedTerms(
                            List.of(new DiscountTier(new BigDecimal("2"), 10)), new NetDays(30));
            Invoice invoice =
                    invoice("INV-1", "2025-03-01", "1000.00", "EUR", terms, Direction.RECEIVABLE);
            CounterpartyLedger ledger = ledger("EUR").addInvoice(invoice, at(0));
            ledger = pay(ledger, payment("2025-03-05", eur("500.00")).build(), 1).ledger();

            assertThat(ledger.amountToSettle(invoice.id(), LocalDate.parse("2025-03-11")))
                    .contains(eur("480.00"));
            PaymentOutcome outcome = pay(ledger, payment("2025-03-11", eur("480.00")).build(), 2);
            ItemBalance item = outcome.ledger().item(invoice.id()).orElseThrow();
            assertThat(item.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(item.discount()).isEqualTo(eur("20.00"));
            assertThat(outcome.ledger().balance()).isEqualTo(eur("0.00"));
        }
    }

    @Nested
    class Overpayments {

        @ParameterizedTest
        @CsvSource({"SPILL_TO_OLDEST, 0.00, 0.00", "KEEP_AS_CREDIT, 30.00, 30.00"})
        void designatedExcessFollowsPolicy(ExcessHandling excess, String firstOpen, String credit) {
            Invoice first = invoice("INV-1", "2025-01-01", "50.00", "USD");
            Invoice second = invoice("INV-2", "2025-02-01", "70.00", "USD");
            CounterpartyLedger ledger =
                    ledger("USD").addInvoice(first, at(0)).addInvoice(second, at(0));
            ledger =
                    ledger.recordPayment(
                                    payment("2025-02-05", money("20.00", "USD")).build(),
                                    List.of(Designation.of(first.id())),
                                    AllocationPolicy.defaults(),
                                    instant(1))
                            .ledger();

            ledger =
                    ledger.recordPayment(
                                    payment("2025-02-10", money("100.00", "USD")).build(),
                                    List.of(Designation.of(second.id())),
                                    AllocationPolicy.defaults().withExcess(excess),
                                    instant(2))
                            .ledger();

            assertThat(ledger.item(second.id()).orElseThrow().outstanding())
                    .isEqualTo(money("0.00", "USD"));
            assertThat(ledger.item(first.id()).orElseThrow().outstanding())
                    .isEqualTo(money(firstOpen, "USD"));
            assertThat(ledger.unappliedCredit(Direction.RECEIVABLE))
                    .isEqualTo(money(credit, "USD"));
            assertThat(ledger.balance()).isEqualTo(money("0.00", "USD"));
        }

        @Test
        void excessKeptForNextInvoice() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "89.00", "USD");
            CounterpartyLedger ledger = ledger("USD").addInvoice(invoice, at(0));

            PaymentOutcome outcome =
                    pay(ledger, payment("2025-01-10", money("95.00", "USD")).build(), 1);

            ledger = outcome.ledger();
            assertThat(ledger.item(invoice.id()).orElseThrow().status())
                    .isEqualTo(InvoiceStatus.PAID);
            assertThat(ledger.unappliedCredit(Direction.RECEIVABLE))
                    .isEqualTo(money("6.00", "USD"));
            assertThat(ledger.balance()).isEqualTo(money("-6.00", "USD"));

            Invoice next = invoice("INV-2", "2025-02-01", "10.00", "USD");
            ledger = ledger.addInvoice(next, at(2));
            ledger =
                    ledger.applyCredit(
                                    outcome.payment().id().value(),
                                    List.of(),
                                    AllocationPolicy.defaults(),
                                    LocalDate.parse("2025-02-01"),
                                    at(3))
                            .ledger();
            assertThat(ledger.item(next.id()).orElseThrow().outstanding())
                    .isEqualTo(money("4.00", "USD"));
            assertThat(ledger.unappliedCredit(Direction.RECEIVABLE))
                    .isEqualTo(money("0.00", "USD"));
        }
    }

    @Nested
    class CreditDocuments {

        @Test
        void partialCreditLeavesPartiallyPaid() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "50.00", "EUR");
            CreditDocument credit = creditNote("CN-1", "2025-01-05", "30.00", "EUR");
            CounterpartyLedger ledger =
                    ledger("EUR").addInvoice(invoice, at(0)).addCreditDocument(credit, at(0));

            ledger = applyCredit(ledger, credit, invoice, 1);

            ItemBalance item = ledger.item(invoice.id()).orElseThrow();
            assertThat(item.outstanding()).isEqualTo(eur("20.00"));
            assertThat(item.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(ledger.credit(credit.id().value()).orElseThrow().unapplied())
                    .isEqualTo(eur("0.00"));
            ledger = pay(ledger, payment("2025-01-10", eur("20.00")).build(), 2).ledger();
            assertThat(ledger.item(invoice.id()).orElseThrow().status())
                    .isEqualTo(InvoiceStatus.PAID);
        }

        @Test
        void excessCreditStaysUnapplied() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "20.00", "EUR");
            CreditDocument credit = creditNote("CN-1", "2025-01-05", "40.00", "EUR");
            CounterpartyLedger ledger =
                    ledger("EUR").addInvoice(invoice, at(0)).addCreditDocument(credit, at(0));

            ledger = applyCredit(ledger, credit, invoice, 1);

            assertThat(ledger.item(invoice.id()).orElseThrow().outstanding())
                    .isEqualTo(eur("0.00"));
            CreditBalance left = ledger.credit(credit.id().value()).orElseThrow();
            assertThat(left.applied()).isEqualTo(eur("20.00"));
            assertThat(left.unapplied()).isEqualTo(eur("20.00"));
        }

        @Test
        void creditAfterFullPaymentNeverNegative() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "100.00", "EUR");
            CreditDocument credit = creditNote("CN-1", "2025-01-05", "100.00", "EUR");
            CounterpartyLedger ledger = ledger("EUR").addInvoice(invoice, at(0));
            ledger =
                    pay(
                                    ledger,
                                    payment("2025-01-02", eur("100.00"))
                                            .method(PaymentMethod.CASH)
                                            .build(),
                                    1)
                            .ledger();

            ledger = ledger.addCreditDocument(credit, at(2));
            ledger = applyCredit(ledger, credit, invoice, 3);

            assertThat(ledger.item(invoice.id()).orElseThrow().outstanding())
                    .isEqualTo(eur("0.00"));
            assertThat(ledger.unappliedCredit(Direction.RECEIVABLE)).isEqualTo(eur("100.00"));
            assertThat(ledger.balance()).isEqualTo(eur("-100.00"));
        }

        private CounterpartyLedger applyCredit(
                CounterpartyLedger ledger, CreditDocument credit, Invoice invoice, int minute) {
            return ledger.applyCredit(
                            credit.id().value(),
                            List.of(Designation.of(invoice.id())),
                            AllocationPolicy.defaults(),
                            LocalDate.parse("2025-01-06"),
                            at(minute))
                    .ledger();
        }
    }

    @Nested
    class Statements {

        @Test
        void creditNoteNetsAgainstInvoice() {
            Invoice invoice = invoice("INV-1", "2025-01-10", "150.00", "EUR");
            CreditDocument credit = creditNote("CN-1", "2025-01-20", "70.00", "EUR");
            CounterpartyLedger ledger =
                    ledger("EUR").addInvoice(invoice, at(0)).addCreditDocument(credit, at(1));

            Statement statement =
                    ledger.statement(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-31"));

            assertThat(ledger.amountToPay(Set.of(invoice.id().value(), credit.id().value())))
                    .isEqualTo(eur("80.00"));
            assertThat(statement.lines()).hasSize(2);
            assertThat(statement.lines().get(0).entry().balanceEffect()).isEqualTo(eur("150.00"));
            assertThat(statement.lines().get(1).entry().balanceEffect()).isEqualTo(eur("-70.00"));
            assertThat(statement.lines().get(1).runningBalance()).isEqualTo(eur("80.00"));
            assertThat(statement.closing()).isEqualTo(eur("80.00"));
        }

        @Test
        void appliedPrepaymentCountedOnce() {
            Payment prepayment = payment("2025-01-05", eur("100.00")).build();
            CounterpartyLedger ledger = pay(ledger("EUR"), prepayment, 0).ledger();
            Invoice invoice = invoice("INV-1", "2025-02-01", "100.00", "EUR");
            ledger = ledger.addInvoice(invoice, at(1));

            ledger =
                    ledger.applyCredit(
                                    prepayment.id().value(),
                                    List.of(Designation.of(invoice.id())),
                                    AllocationPolicy.defaults(),
                                    LocalDate.parse("2025-02-01"),
                                    at(2))
                            .ledger();

            Statement statement =
                    ledger.statement(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-28"));
            assertThat(statement.opening()).isEqualTo(eur("0.00"));
            assertThat(statement.totalOf(LedgerEntryKind.PAYMENT)).isEqualTo(eur("100.00"));
            assertThat(statement.totalOf(LedgerEntryKind.INVOICE)).isEqualTo(eur("100.00"));
            assertThat(statement.totalOf(LedgerEntryKind.ALLOCATION)).isEqualTo(eur("100.00"));
            assertThat(statement.closing()).isEqualTo(eur("0.00"));
            assertThat(statement.cashMoved()).isEqualTo(eur("100.00"));
            assertThat(
                            statement.lines().stream()
                                    .filter(l -> l.entry().kind() == LedgerEntryKind.PAYMENT))
                    .hasSize(1);
            assertThat(ledger.item(invoice.id()).orElseThrow().status())
                    .isEqualTo(InvoiceStatus.PAID);
        }

        @Test
        void openingBalanceCarriesEarlierEntries() {
            CounterpartyLedger ledger =
                    ledger("EUR")
                            .addInvoice(invoice("INV-1", "2024-12-10", "40.00", "EUR"), at(0))
                            .addInvoice(invoice("INV-2", "2025-01-10", "60.00", "EUR"), at(0));

            Statement statement =
                    ledger.statement(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-31"));

            assertThat(statement.opening()).isEqualTo(eur("40.00"));
            assertThat(statement.lines()).hasSize(1);
            assertThat(statement.closing()).isEqualTo(eur("100.00"));
        }

        @Test
        void reversedPeriodRejected() {
            assertThatThrownBy(() -> ledger("EUR").statement(DAY, DAY.minusDays(1)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class AsOfAndKnownAt {

        @Test
        void backdatedPaymentKnownLater() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "100.00", "EUR");
            CounterpartyLedger ledger = ledger("EUR").addInvoice(invoice, at(0));

            ledger = pay(ledger, payment("2025-01-15", eur("30.00")).build(), 60).ledger();

            LocalDate asOf = LocalDate.parse("2025-01-20");
            assertThat(ledger.balance(asOf)).isEqualTo(eur("70.00"));
            assertThat(ledger.balance(asOf, instant(59))).isEqualTo(eur("100.00"));
            assertThat(ledger.balance(asOf, instant(60))).isEqualTo(eur("70.00"));
            assertThat(ledger.balance(LocalDate.parse("2025-01-14"))).isEqualTo(eur("100.00"));
            assertThat(ledger.balance(LocalDate.parse("2024-12-31"))).isEqualTo(eur("0.00"));
        }

        @Test
        void recordingBackInTimeRejected() {
            CounterpartyLedger ledger =
                    ledger("EUR").addInvoice(invoice("INV-1", "2025-01-01", "1.00", "EUR"), at(5));

            assertThatThrownBy(
                            () ->
                                    ledger.addInvoice(
                                            invoice("INV-2", "2025-01-01", "1.00", "EUR"), at(4)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("recordedAt");
        }
    }

    @Nested
    class Charges {

        @Test
        void commissionBookedApartFromDebt() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "1000.00", "EUR");
            CounterpartyLedger ledger = ledger("EUR").addInvoice(invoice, at(0));
            Payment card =
                    payment("2025-01-10", eur("1000.00"))
                            .method(PaymentMethod.CARD)
                            .charges(eur("15.00"))
                            .build();

            ledger = pay(ledger, card, 1).ledger();

            assertThat(ledger.item(invoice.id()).orElseThrow().status())
                    .isEqualTo(InvoiceStatus.PAID);
            assertThat(ledger.balance()).isEqualTo(eur("0.00"));
            LedgerEntry charges =
                    ledger.entries().stream()
                            .filter(e -> e.kind() == LedgerEntryKind.CHARGES)
                            .findFirst()
                            .orElseThrow();
            assertThat(charges.amount()).isEqualTo(eur("15.00"));
            assertThat(charges.balanceEffect()).isEqualTo(eur("0.00"));
        }

        @ParameterizedTest
        @CsvSource({
            "COSTS_INTEREST_PRINCIPAL, 0.00, 0.00, 10.41, PARTIALLY_PAID",
            "PRINCIPAL_FIRST, 10.00, 0.41, 0.00, PARTIALLY_PAID",
        })
        void feesAndInterestFollowOrder(
                ComponentOrder order,
                String fee,
                String interest,
                String principal,
                InvoiceStatus status) {
            Invoice invoice = invoice("INV-1", "2025-01-01", "100.00", "EUR");
            CounterpartyLedger ledger =
                    ledger("EUR")
                            .addInvoice(invoice, at(0))
                            .charge(
                                    invoice.id(),
                                    ItemComponent.FEE,
                                    eur("10.00"),
                                    DAY,
                                    "dunning level 2",
                                    at(1))
                            .charge(
                                    invoice.id(),
                                    ItemComponent.INTEREST,
                                    eur("0.41"),
                                    DAY,
                                    "default interest",
                                    at(1));

            ledger =
                    ledger.recordPayment(
                                    payment("2025-03-05", eur("100.00")).build(),
                                    List.of(Designation.of(invoice.id())),
                                    AllocationPolicy.defaults().withComponentOrder(order),
                                    instant(2))
                            .ledger();

            ItemBalance item = ledger.item(invoice.id()).orElseThrow();
            assertThat(item.fee()).isEqualTo(eur(fee));
            assertThat(item.interest()).isEqualTo(eur(interest));
            assertThat(item.principal()).isEqualTo(eur(principal));
            assertThat(item.status()).isEqualTo(status);
            assertThat(ledger.balance()).isEqualTo(eur("10.41"));
        }

        @Test
        void principalNotChargeable() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "100.00", "EUR");
            CounterpartyLedger ledger = ledger("EUR").addInvoice(invoice, at(0));

            assertThatThrownBy(
                            () ->
                                    ledger.charge(
                                            invoice.id(),
                                            ItemComponent.PRINCIPAL,
                                            eur("1.00"),
                                            DAY,
                                            "",
                                            at(1)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class Tolerances {

        @ParameterizedTest
        @CsvSource({
            "99.98, false, 0.00, 0.00, 0.02, PAID",
            "99.97, false, 0.03, 0.00, 0.00, PARTIALLY_PAID",
            "100.02, false, 0.00, 0.02, 0.00, PAID",
            "100.02, true, 0.00, 0.00, 0.02, PAID",
        })
        void differenceWithinToleranceClosed(
                String paid,
                boolean writeOffExcess,
                String outstanding,
                String credit,
                String writtenOff,
                InvoiceStatus status) {
            Invoice invoice = invoice("INV-1", "2025-01-01", "100.00", "EUR");
            CounterpartyLedger ledger = ledger("EUR").addInvoice(invoice, at(0));
            Tolerance tolerance = new Tolerance(eur("0.02"), true, writeOffExcess);

            ledger =
                    ledger.recordPayment(
                                    payment("2025-01-10", eur(paid)).build(),
                                    List.of(Designation.of(invoice.id())),
                                    AllocationPolicy.defaults().withTolerances(List.of(tolerance)),
                                    instant(1))
                            .ledger();

            ItemBalance item = ledger.item(invoice.id()).orElseThrow();
            assertThat(item.outstanding()).isEqualTo(eur(outstanding));
            assertThat(item.status()).isEqualTo(status);
            assertThat(ledger.unappliedCredit(Direction.RECEIVABLE)).isEqualTo(eur(credit));
            MonetaryTotal writeOffs = new MonetaryTotal();
            ledger.entries().stream()
                    .filter(e -> e.kind() == LedgerEntryKind.WRITE_OFF)
                    .forEach(e -> writeOffs.add(e.amount()));
            assertThat(writeOffs.sum).isEqualTo(eur(writtenOff));
            assertThat(ledger.balance()).isEqualTo(eur(outstanding).subtract(eur(credit)));
        }
    }

    @Nested
    class Idempotency {

        @Test
        void sameKeyRecordsOnce() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "100.00", "EUR");
            CounterpartyLedger ledger = ledger("EUR").addInvoice(invoice, at(0));
            PaymentOutcome first =
                    pay(
                            ledger,
                            payment("2025-01-10", eur("60.00")).idempotencyKey("TX-1").build(),
                            1);

            PaymentOutcome again =
                    pay(
                            first.ledger(),
                            payment("2025-01-10", eur("60.00")).idempotencyKey("TX-1").build(),
                            2);

            assertThat(again.repeated()).isTrue();
            assertThat(again.ledger()).isSameAs(first.ledger());
            assertThat(again.payment().id()).isEqualTo(first.payment().id());
            assertThat(again.allocation()).isEqualTo(first.allocation());
        }

        @Test
        void sameKeyOtherContentFails() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "100.00", "EUR");
            CounterpartyLedger ledger =
                    pay(
                                    ledger("EUR").addInvoice(invoice, at(0)),
                                    payment("2025-01-10", eur("60.00"))
                                            .idempotencyKey("TX-1")
                                            .build(),
                                    1)
                            .ledger();
            Payment other = payment("2025-01-10", eur("61.00")).idempotencyKey("TX-1").build();

            assertThatThrownBy(() -> pay(ledger, other, 2))
                    .isInstanceOf(PaymentConflictException.class)
                    .hasMessageContaining("TX-1");
        }
    }

    @Nested
    class Reversals {

        @Test
        void bankReturnRestoresItems() {
            Invoice first = invoice("INV-1", "2025-01-01", "50.00", "EUR");
            Invoice second = invoice("INV-2", "2025-01-15", "30.00", "EUR");
            CounterpartyLedger before =
                    ledger("EUR").addInvoice(first, at(0)).addInvoice(second, at(0));
            before = pay(before, payment("2025-01-05", eur("20.00")).build(), 1).ledger();
            Payment bounced = payment("2025-01-20", eur("100.00")).build();
            CounterpartyLedger paid = pay(before, bounced, 2).ledger();

            CounterpartyLedger reversed =
                    paid.reversePayment(
                            bounced.id(), LocalDate.parse("2025-01-25"), "bank return", at(3));

            assertThat(reversed.items()).isEqualTo(before.items());
            assertThat(reversed.credits()).isEqualTo(before.credits());
            assertThat(reversed.balance()).isEqualTo(before.balance());
            assertThat(reversed.isReversed(bounced.id())).isTrue();
            assertThat(reversed.entries().get(reversed.entries().size() - 1).kind())
                    .isEqualTo(LedgerEntryKind.REVERSAL);
        }

        @Test
        void reversalTakesBackAppliedCredit() {
            Payment prepayment = payment("2025-01-05", eur("100.00")).build();
            CounterpartyLedger ledger = pay(ledger("EUR"), prepayment, 0).ledger();
            Invoice invoice = invoice("INV-1", "2025-02-01", "60.00", "EUR");
            ledger = ledger.addInvoice(invoice, at(1));
            ledger =
                    ledger.applyCredit(
                                    prepayment.id().value(),
                                    List.of(),
                                    AllocationPolicy.defaults(),
                                    DAY,
                                    at(2))
                            .ledger();

            ledger = ledger.reversePayment(prepayment.id(), DAY, "bank return", at(3));

            assertThat(ledger.item(invoice.id()).orElseThrow().status())
                    .isEqualTo(InvoiceStatus.OPEN);
            assertThat(ledger.credit(prepayment.id().value())).isEmpty();
            assertThat(ledger.balance()).isEqualTo(eur("60.00"));
        }

        @Test
        void secondReversalRejected() {
            Payment payment = payment("2025-01-05", eur("10.00")).build();
            CounterpartyLedger ledger =
                    pay(ledger("EUR"), payment, 0)
                            .ledger()
                            .reversePayment(payment.id(), DAY, "bank return", at(1));

            assertThatThrownBy(() -> ledger.reversePayment(payment.id(), DAY, "again", at(2)))
                    .isInstanceOf(LedgerStateException.class)
                    .hasMessageContaining("already reversed");
        }

        @Test
        void refundedPaymentNotReversible() {
            Payment payment = payment("2025-01-05", eur("10.00")).build();
            CounterpartyLedger ledger =
                    pay(ledger("EUR"), payment, 0)
                            .ledger()
                            .refund(
                                    payment.id().value(),
                                    eur("4.00"),
                                    DAY,
                                    "customer asked",
                                    at(1));

            assertThatThrownBy(() -> ledger.reversePayment(payment.id(), DAY, "bank return", at(2)))
                    .isInstanceOf(LedgerStateException.class)
                    .hasMessageContaining("refunded");
        }
    }

    @Nested
    class RefundsAndSetOffs {

        @Test
        void refundReducesCredit() {
            Payment payment = payment("2025-01-05", eur("10.00")).build();
            CounterpartyLedger ledger = pay(ledger("EUR"), payment, 0).ledger();

            ledger = ledger.refund(payment.id().value(), eur("4.00"), DAY, "customer asked", at(1));

            assertThat(ledger.unappliedCredit(Direction.RECEIVABLE)).isEqualTo(eur("6.00"));
            assertThat(ledger.balance()).isEqualTo(eur("-6.00"));
            LedgerEntry refund = ledger.entries().get(ledger.entries().size() - 1);
            assertThat(refund.kind()).isEqualTo(LedgerEntryKind.REFUND);
            assertThat(refund.actor()).isEqualTo("clerk-7");
        }

        @Test
        void refundAboveCreditRejected() {
            Payment payment = payment("2025-01-05", eur("10.00")).build();
            CounterpartyLedger ledger = pay(ledger("EUR"), payment, 0).ledger();

            assertThatThrownBy(
                            () ->
                                    ledger.refund(
                                            payment.id().value(),
                                            eur("10.01"),
                                            DAY,
                                            "too much",
                                            at(1)))
                    .isInstanceOf(LedgerStateException.class);
        }

        @Test
        void setOffNetsBothSides() {
            Invoice sale = invoice("INV-1", "2025-01-01", "100.00", "EUR");
            Invoice purchase =
                    invoice(
                            "SUP-1",
                            "2025-01-02",
                            "40.00",
                            "EUR",
                            new NetDays(30),
                            Direction.PAYABLE);
            CounterpartyLedger ledger =
                    ledger("EUR").addInvoice(sale, at(0)).addInvoice(purchase, at(0));
            assertThat(ledger.balance()).isEqualTo(eur("60.00"));

            ledger =
                    ledger.setOff(
                            eur("1000.00"), DAY, "mahsup", AllocationPolicy.defaults(), at(1));

            assertThat(ledger.item(sale.id()).orElseThrow().outstanding()).isEqualTo(eur("60.00"));
            assertThat(ledger.item(purchase.id()).orElseThrow().status())
                    .isEqualTo(InvoiceStatus.PAID);
            assertThat(ledger.balance()).isEqualTo(eur("60.00"));
            assertThat(ledger.entries().stream().filter(e -> e.kind() == LedgerEntryKind.SET_OFF))
                    .hasSize(2);
        }
    }

    @Nested
    class WriteOffs {

        @Test
        void writeOffClosesItemWithReason() {
            Invoice invoice = invoice("INV-1", "2025-01-01", "100.00", "EUR");
            CounterpartyLedger ledger =
                    pay(
                                    ledger("EUR").addInvoice(invoice, at(0)),
                                    payment("2025-01-05", eur("30.00")).build(),
                                    1)
                            .ledger();

            ledger = ledger.writeOff(invoice.id(), DAY, "customer insolvent", at(2));

            ItemBalance item = ledger.item(invoice.id()).orElseThrow();
            assertThat(item.status()).isEqualTo(InvoiceStatus.WRITTEN_OFF);
            assertThat(item.writtenOff()).isEqualTo(eur("70.00"));
            assertThat(ledger.balance()).isEqualTo(eur("0.00"));
            LedgerEntry last = ledger.entries().get(ledger.entries().size() - 1);
            assertThat(last.note()).isEqualTo("customer insolvent");
        }
    }

    /** Sums monetary amounts in a lambda. */
    private static final class MonetaryTotal {
        javax.money.MonetaryAmount sum = eur("0.00");

        void add(javax.money.MonetaryAmount amount) {
            sum = sum.add(amount);
        }
    }
}
