package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.plan.InstallmentStanding;
import io.github.tahsilat.plan.PaymentPlanStatus;
import io.github.tahsilat.plan.PlanInstallment;
import io.github.tahsilat.plan.PlanInterest;
import io.github.tahsilat.plan.PlanTerms;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.plan.ItemAlreadyInPlanException;
import io.github.tahsilat.service.plan.PaymentPlan;
import io.github.tahsilat.service.plan.PaymentPlanRequest;
import io.github.tahsilat.service.plan.PaymentPlanService;
import io.github.tahsilat.service.plan.PlanEvaluation;
import io.github.tahsilat.terms.MonthlyAnchor;
import io.github.tahsilat.terms.MonthlyInstallments;
import io.github.tahsilat.terms.NetDays;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentPlanServiceTest {

    private static final LocalDate PLAN_DATE = LocalDate.of(2025, 10, 21);

    /** 100.00 down on 2025-10-21, then 300.00 on 2025-11-20, 2025-12-20 and 2026-01-20. */
    private static final PlanTerms TERMS =
            PlanTerms.of(new MonthlyInstallments(3, new NetDays(30), MonthlyAnchor.DAY_OF_MONTH))
                    .withDownPayment(money("100.00", "TRY"))
                    .withGraceDays(5);

    private final Stores stores = InMemoryStores.create();
    private final Tahsilat engine = EngineFixtures.engine(stores);
    private final CompanyId companyId = CompanyId.random();
    private final Counterparty customer;
    private final PaymentPlanService plans = engine.paymentPlans();

    PaymentPlanServiceTest() {
        engine.companies().register(EngineFixtures.company(companyId));
        customer = EngineFixtures.person(companyId);
        engine.counterparties().register(customer);
    }

    /** Issues a TRY receivable of {@code amount} at 0 % VAT, due on {@code dueDate}. */
    private Invoice invoice(Counterparty to, String number, String amount, LocalDate dueDate) {
        return invoice(to, number, amount, dueDate, "TRY");
    }

    private Invoice invoice(
            Counterparty to, String number, String amount, LocalDate dueDate, String currency) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(to.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(dueDate.minusDays(30))
                        .currency(currency)
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private Invoice overdue(String number, String amount) {
        return invoice(customer, number, amount, LocalDate.of(2025, 9, 1));
    }

    private PaymentPlanRequest request(String key, List<InvoiceId> items, PlanTerms terms) {
        return new PaymentPlanRequest(key, companyId, customer.id(), PLAN_DATE, items, terms);
    }

    private void pay(String amount, LocalDate valueDate) {
        Payment payment =
                Payment.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .valueDate(valueDate)
                        .amount(money(amount, "TRY"))
                        .actor("clerk-7")
                        .build();
        engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(e -> e.type().equals(type))
                .toList();
    }

    @Nested
    class Create {

        @Test
        void createStoresSchedule() {
            Invoice first = overdue("A-1", "600.00");
            Invoice second = overdue("A-2", "400.00");

            PaymentPlan plan =
                    plans.create(request("plan-1", List.of(second.id(), first.id()), TERMS));

            assertThat(plan.status()).isEqualTo(PaymentPlanStatus.ACTIVE);
            assertThat(plan.version()).isEqualTo(1);
            assertThat(plan.schedule().restructured()).isEqualTo(money("1000.00", "TRY"));
            assertThat(plan.schedule().installments())
                    .containsExactly(
                            new PlanInstallment(0, PLAN_DATE, money("100.00", "TRY")),
                            new PlanInstallment(
                                    1, LocalDate.of(2025, 11, 20), money("300.00", "TRY")),
                            new PlanInstallment(
                                    2, LocalDate.of(2025, 12, 20), money("300.00", "TRY")),
                            new PlanInstallment(
                                    3, LocalDate.of(2026, 1, 20), money("300.00", "TRY")));
            assertThat(plans.find(companyId, plan.id())).contains(plan);
            assertThat(plans.ofCounterparty(companyId, customer.id())).containsExactly(plan);
            assertThat(events(PaymentPlanService.PLAN_CREATED)).hasSize(1);
        }

        @Test
        void allOverdueTakesOnlyOverdue() {
            Invoice old = overdue("A-1", "600.00");
            invoice(customer, "A-2", "400.00", PLAN_DATE);

            PaymentPlan plan =
                    plans.create(
                            PaymentPlanRequest.allOverdue(
                                    "plan-1", companyId, customer.id(), PLAN_DATE, TERMS));

            assertThat(plan.items()).containsExactly(old.id());
            assertThat(plan.schedule().restructured()).isEqualTo(money("600.00", "TRY"));
        }

        @Test
        void interestBookedAsCharge() {
            Invoice first = overdue("A-1", "1000.00");
            PlanTerms terms =
                    TERMS.withInterest(new PlanInterest(new BigDecimal("24"), DayCount.ACTUAL_360));

            PaymentPlan plan = plans.create(request("plan-1", List.of(first.id()), terms));

            // 300.00 × 24 % × 30/360 = 6.00, × 60/360 = 12.00, × 91/360 = 18.20
            assertThat(plan.schedule().interest()).isEqualTo(money("36.20", "TRY"));
            assertThat(engine.charges().openCharges(companyId, first.id()).interest())
                    .isEqualTo(money("36.20", "TRY"));
            assertThat(plan.schedule().total()).isEqualTo(money("1036.20", "TRY"));
        }
    }

    @Nested
    class Idempotency {

        @Test
        void sameKeyReturnsFirstPlan() {
            Invoice first = overdue("A-1", "1000.00");
            PaymentPlanRequest request = request("plan-1", List.of(first.id()), TERMS);

            PaymentPlan created = plans.create(request);
            PaymentPlan replayed = plans.create(request);

            assertThat(replayed).isEqualTo(created);
            assertThat(plans.ofCounterparty(companyId, customer.id())).hasSize(1);
            assertThat(events(PaymentPlanService.PLAN_CREATED)).hasSize(1);
        }

        @Test
        void sameKeyOtherContentRejected() {
            Invoice first = overdue("A-1", "1000.00");
            plans.create(request("plan-1", List.of(first.id()), TERMS));

            assertThatThrownBy(
                            () ->
                                    plans.create(
                                            request(
                                                    "plan-1",
                                                    List.of(first.id()),
                                                    TERMS.withGraceDays(10))))
                    .isInstanceOf(IdempotencyKeyReusedException.class)
                    .hasMessageContaining("plan-1");
        }
    }

    @Nested
    class Rejections {

        @Test
        void itemNotYetOverdueRejected() {
            Invoice current = invoice(customer, "A-1", "500.00", PLAN_DATE);

            assertThatThrownBy(() -> plans.create(request("plan-1", List.of(current.id()), TERMS)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(current.id().toString())
                    .hasMessageContaining("overdue on the plan date 2025-10-21");
            assertNothingWritten();
        }

        @Test
        void otherCounterpartysItemRejected() {
            Counterparty other = EngineFixtures.firm(companyId);
            engine.counterparties().register(other);
            Invoice theirs = invoice(other, "B-1", "500.00", LocalDate.of(2025, 9, 1));

            assertThatThrownBy(() -> plans.create(request("plan-1", List.of(theirs.id()), TERMS)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(theirs.id().toString())
                    .hasMessageContaining("invoices of counterparty " + customer.id());
            assertNothingWritten();
        }

        @Test
        void itemInActivePlanRejected() {
            Invoice first = overdue("A-1", "1000.00");
            PaymentPlan holder = plans.create(request("plan-1", List.of(first.id()), TERMS));

            assertThatThrownBy(() -> plans.create(request("plan-2", List.of(first.id()), TERMS)))
                    .isInstanceOfSatisfying(
                            ItemAlreadyInPlanException.class,
                            e -> {
                                assertThat(e.itemId()).isEqualTo(first.id());
                                assertThat(e.activePlanId()).isEqualTo(holder.id());
                                assertThat(e.field()).isEqualTo("items");
                            })
                    .hasMessageContaining(first.id().toString())
                    .hasMessageContaining("in active payment plan " + holder.id());
            assertThat(plans.ofCounterparty(companyId, customer.id())).hasSize(1);
        }

        @Test
        void paidItemRejected() {
            Invoice first = overdue("A-1", "100.00");
            pay("100.00", LocalDate.of(2025, 10, 1));

            assertThatThrownBy(() -> plans.create(request("plan-1", List.of(first.id()), TERMS)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("open invoices");
            assertNothingWritten();
        }

        @Test
        void mixedCurrenciesRejected() {
            Invoice lira = overdue("A-1", "1000.00");
            Invoice euro = invoice(customer, "A-2", "100.00", LocalDate.of(2025, 9, 1), "EUR");

            assertThatThrownBy(
                            () ->
                                    plans.create(
                                            request(
                                                    "plan-1",
                                                    List.of(lira.id(), euro.id()),
                                                    PlanTerms.of(new NetDays(30)))))
                    .isInstanceOf(CurrencyMismatchException.class);
            assertNothingWritten();
        }

        @Test
        void otherCompanysItemNotFound() {
            CompanyId otherCompanyId = CompanyId.random();
            engine.companies().register(EngineFixtures.company(otherCompanyId));
            Counterparty theirs = EngineFixtures.person(otherCompanyId);
            engine.counterparties().register(theirs);
            Invoice invoice =
                    Invoice.builder()
                            .companyId(otherCompanyId)
                            .counterpartyId(theirs.id())
                            .number("C-1")
                            .direction(Direction.RECEIVABLE)
                            .issueDate(LocalDate.of(2025, 8, 1))
                            .currency("TRY")
                            .terms(PaymentTermsNotation.parse("NET 30"))
                            .line(line("1", "500.00", "0"))
                            .build(CONTEXT);
            engine.invoices().issue(InvoiceRequest.of(invoice));

            assertThatThrownBy(() -> plans.create(request("plan-1", List.of(invoice.id()), TERMS)))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(invoice.id().toString())
                    .hasMessageContaining("company " + companyId);
            assertNothingWritten();
        }

        @Test
        void unknownItemNotFound() {
            InvoiceId unknown = InvoiceId.random();

            assertThatThrownBy(() -> plans.create(request("plan-1", List.of(unknown), TERMS)))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(unknown.toString());
            assertNothingWritten();
        }

        @Test
        void nothingOverdueRejected() {
            assertThatThrownBy(
                            () ->
                                    plans.create(
                                            PaymentPlanRequest.allOverdue(
                                                    "plan-1",
                                                    companyId,
                                                    customer.id(),
                                                    PLAN_DATE,
                                                    TERMS)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("no undisputed receivable overdue on 2025-10-21");
            assertNothingWritten();
        }

        private void assertNothingWritten() {
            assertThat(plans.ofCounterparty(companyId, customer.id())).isEmpty();
            assertThat(events(PaymentPlanService.PLAN_CREATED)).isEmpty();
        }
    }

    @Nested
    class Evaluation {

        private PaymentPlan plan() {
            Invoice first = overdue("A-1", "1000.00");
            return plans.create(request("plan-1", List.of(first.id()), TERMS));
        }

        @ParameterizedTest
        @CsvSource({
            // installment 1 falls due on 2025-11-20 and has 5 grace days
            "399.99, 2025-11-25, ACTIVE",
            "399.99, 2025-11-26, BROKEN",
            "400.00, 2025-11-26, ACTIVE",
            "1000.00, 2025-10-21, COMPLETED",
        })
        void statusFollowsPayments(String paid, LocalDate asOf, PaymentPlanStatus status) {
            PaymentPlan plan = plan();
            pay(paid, PLAN_DATE);

            PlanEvaluation evaluation = plans.evaluate(companyId, plan.id(), asOf);

            assertThat(evaluation.plan().status()).isEqualTo(status);
            assertThat(evaluation.standing().paid()).isEqualTo(money(paid, "TRY"));
            assertThat(plans.find(companyId, plan.id()).orElseThrow().status()).isEqualTo(status);
        }

        @Test
        void partialInstallmentShown() {
            PaymentPlan plan = plan();
            pay("250.00", PLAN_DATE);

            PlanEvaluation evaluation = plans.evaluate(companyId, plan.id(), PLAN_DATE);

            List<InstallmentStanding> installments = evaluation.standing().installments();
            assertThat(installments.get(0).outstanding()).isEqualTo(money("0.00", "TRY"));
            assertThat(installments.get(1).paid()).isEqualTo(money("150.00", "TRY"));
            assertThat(installments.get(1).outstanding()).isEqualTo(money("150.00", "TRY"));
            assertThat(installments.get(2).paid()).isEqualTo(money("0.00", "TRY"));
        }

        @Test
        void breakAppendsOneEvent() {
            PaymentPlan plan = plan();
            pay("250.00", PLAN_DATE);

            plans.evaluate(companyId, plan.id(), LocalDate.of(2025, 11, 26));
            PlanEvaluation again = plans.evaluate(companyId, plan.id(), LocalDate.of(2025, 12, 1));

            List<EventRecord> broken = events(PaymentPlanService.PLAN_BROKEN);
            assertThat(broken).hasSize(1);
            assertThat(broken.get(0).aggregateId()).isEqualTo(plan.id());
            assertThat(broken.get(0).payload())
                    .containsEntry("installment", "1")
                    .containsEntry("dueDate", "2025-11-20")
                    .containsEntry("outstanding", "150.00");
            assertThat(again.plan().status()).isEqualTo(PaymentPlanStatus.BROKEN);
            assertThat(again.plan().closedOn()).contains(LocalDate.of(2025, 11, 26));
        }

        @Test
        void completionAppendsEvent() {
            PaymentPlan plan = plan();
            pay("1000.00", LocalDate.of(2025, 12, 1));

            plans.evaluateActive(companyId, LocalDate.of(2025, 12, 1));

            assertThat(events(PaymentPlanService.PLAN_COMPLETED)).hasSize(1);
            assertThat(plans.find(companyId, plan.id()).orElseThrow().status())
                    .isEqualTo(PaymentPlanStatus.COMPLETED);
        }

        @Test
        void asOfBeforePlanRejected() {
            PaymentPlan plan = plan();

            assertThatThrownBy(() -> plans.evaluate(companyId, plan.id(), PLAN_DATE.minusDays(1)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("2025-10-20");
        }

        @Test
        void unknownPlanNotFound() {
            UUID unknown = UUID.randomUUID();

            assertThatThrownBy(() -> plans.evaluate(companyId, unknown, PLAN_DATE))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining(unknown.toString());
        }
    }

    @Nested
    class AsOfDate {

        /**
         * Returns a plan with its down payment paid. Installment 1, 300.00, falls due on
         * 2025-11-20, and with 5 grace days a shortfall breaks the plan as of 2025-11-26.
         */
        private PaymentPlan planWithDownPayment() {
            Invoice first = overdue("A-1", "1000.00");
            PaymentPlan plan = plans.create(request("plan-1", List.of(first.id()), TERMS));
            pay("100.00", PLAN_DATE);
            return plan;
        }

        @ParameterizedTest
        @CsvSource({
            "2025-11-25, 100.00, ACTIVE",
            "2025-11-26, 100.00, BROKEN",
            "2025-11-27, 400.00, ACTIVE",
        })
        void paymentCountsFromValueDate(LocalDate asOf, String paid, PaymentPlanStatus status) {
            PaymentPlan plan = planWithDownPayment();
            pay("300.00", LocalDate.of(2025, 11, 27));

            PlanEvaluation evaluation = plans.evaluate(companyId, plan.id(), asOf);

            assertThat(evaluation.standing().paid()).isEqualTo(money(paid, "TRY"));
            assertThat(evaluation.plan().status()).isEqualTo(status);
        }

        @Test
        void brokenAsOfNamesMissedInstallment() {
            PaymentPlan plan = planWithDownPayment();
            pay("300.00", LocalDate.of(2025, 11, 27));

            PlanEvaluation evaluation =
                    plans.evaluate(companyId, plan.id(), LocalDate.of(2025, 11, 26));

            InstallmentStanding missed = evaluation.standing().missed().orElseThrow();
            assertThat(missed.installment().number()).isEqualTo(1);
            assertThat(missed.outstanding()).isEqualTo(money("300.00", "TRY"));
            assertThat(events(PaymentPlanService.PLAN_BROKEN)).hasSize(1);
            assertThat(evaluation.plan().closedOn()).contains(LocalDate.of(2025, 11, 26));
        }

        @Test
        void rerunIgnoresLaterPayment() {
            PaymentPlan plan = planWithDownPayment();
            LocalDate asOf = LocalDate.of(2025, 11, 25);
            PlanEvaluation first = plans.evaluate(companyId, plan.id(), asOf);

            pay("900.00", asOf.plusDays(1));
            PlanEvaluation again = plans.evaluate(companyId, plan.id(), asOf);

            assertThat(again.standing()).isEqualTo(first.standing());
            assertThat(again.standing().paid()).isEqualTo(money("100.00", "TRY"));
            assertThat(again.plan().status()).isEqualTo(PaymentPlanStatus.ACTIVE);
            assertThat(events(PaymentPlanService.PLAN_COMPLETED)).isEmpty();
        }

        @Test
        void reversedPaymentNeverCounts() {
            // The ledger dates the reversed allocations at the payment's own value date.
            Invoice first = overdue("A-1", "1000.00");
            PaymentPlan plan = plans.create(request("plan-1", List.of(first.id()), TERMS));
            Payment payment =
                    Payment.builder()
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .valueDate(PLAN_DATE)
                            .amount(money("400.00", "TRY"))
                            .actor("clerk-7")
                            .build();
            engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
            engine.payments()
                    .reverse(companyId, payment.id(), LocalDate.of(2025, 11, 27), "bank return");

            PlanEvaluation evaluation =
                    plans.evaluate(companyId, plan.id(), LocalDate.of(2025, 11, 25));

            assertThat(evaluation.standing().paid()).isEqualTo(money("0.00", "TRY"));
            assertThat(evaluation.standing().missed().orElseThrow().installment().number())
                    .isEqualTo(0);
            assertThat(evaluation.plan().status()).isEqualTo(PaymentPlanStatus.BROKEN);
        }
    }

    @Nested
    class Cancel {

        @Test
        void cancelClosesPlan() {
            Invoice first = overdue("A-1", "1000.00");
            PaymentPlan plan = plans.create(request("plan-1", List.of(first.id()), TERMS));

            PaymentPlan cancelled = plans.cancel(companyId, plan.id(), PLAN_DATE.plusDays(3));

            assertThat(cancelled.status()).isEqualTo(PaymentPlanStatus.CANCELLED);
            assertThat(cancelled.closedOn()).contains(PLAN_DATE.plusDays(3));
            assertThat(events(PaymentPlanService.PLAN_CANCELLED)).hasSize(1);
        }

        @Test
        void cancelTwiceRejected() {
            Invoice first = overdue("A-1", "1000.00");
            PaymentPlan plan = plans.create(request("plan-1", List.of(first.id()), TERMS));
            plans.cancel(companyId, plan.id(), PLAN_DATE);

            assertThatThrownBy(() -> plans.cancel(companyId, plan.id(), PLAN_DATE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("CANCELLED");
            assertThat(events(PaymentPlanService.PLAN_CANCELLED)).hasSize(1);
        }

        @Test
        void cancelledItemsJoinNewPlan() {
            Invoice first = overdue("A-1", "1000.00");
            PaymentPlan plan = plans.create(request("plan-1", List.of(first.id()), TERMS));
            plans.cancel(companyId, plan.id(), PLAN_DATE);

            PaymentPlan second = plans.create(request("plan-2", List.of(first.id()), TERMS));

            assertThat(second.status()).isEqualTo(PaymentPlanStatus.ACTIVE);
        }
    }
}
