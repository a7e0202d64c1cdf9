package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.plan.InstallmentStanding;
import io.github.tahsilat.plan.PaymentPlanStatus;
import io.github.tahsilat.plan.PlanTerms;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.plan.PaymentPlan;
import io.github.tahsilat.service.plan.PaymentPlanRequest;
import io.github.tahsilat.service.plan.PlanEvaluation;
import io.github.tahsilat.terms.MonthlyAnchor;
import io.github.tahsilat.terms.MonthlyInstallments;
import io.github.tahsilat.terms.NetDays;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Invariants of stored payment plans over generated invoices and payment sequences. */
class PaymentPlanPropertiesTest {

    private static final LocalDate PLAN_DATE = LocalDate.of(2025, 10, 21);
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");

    private static MonetaryAmount lira(long units) {
        return new MinorAmount(units, TRY).toMonetaryAmount();
    }

    private static long units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).units();
    }

    @Property(tries = 60)
    void paidNeverExceedsPayments(
            @ForAll @Size(min = 1, max = 3)
                    List<@LongRange(min = 1_000, max = 200_000) Long> invoices,
            @ForAll @IntRange(min = 1, max = 6) int installments,
            @ForAll @IntRange(min = 0, max = 30) int graceDays,
            @ForAll boolean withDownPayment,
            @ForAll @Size(max = 6) List<@LongRange(min = 1, max = 300_000) Long> payments,
            @ForAll @IntRange(min = 0, max = 240) int daysAfterPlan) {
        var stores = InMemoryStores.create();
        Tahsilat engine = EngineFixtures.engine(stores);
        CompanyId companyId = CompanyId.random();
        engine.companies().register(EngineFixtures.company(companyId));
        Counterparty customer = EngineFixtures.person(companyId);
        engine.counterparties().register(customer);
        List<InvoiceId> items = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            items.add(issue(engine, customer, "A-" + i, invoices.get(i)));
        }
        long owed = invoices.stream().mapToLong(Long::longValue).sum();
        PlanTerms terms =
                PlanTerms.of(
                                new MonthlyInstallments(
                                        installments, new NetDays(30), MonthlyAnchor.DAY_OF_MONTH))
                        .withGraceDays(graceDays);
        if (withDownPayment) {
            terms = terms.withDownPayment(lira(owed / 10));
        }
        PaymentPlan plan =
                engine.paymentPlans()
                        .create(
                                new PaymentPlanRequest(
                                        "plan", companyId, customer.id(), PLAN_DATE, items, terms));
        long paidIn = 0;
        for (long payment : payments) {
            pay(engine, customer, payment);
            paidIn += payment;
        }

        PlanEvaluation evaluation =
                engine.paymentPlans()
                        .evaluate(companyId, plan.id(), PLAN_DATE.plusDays(daysAfterPlan));

        long total = units(plan.schedule().total());
        long applied = units(evaluation.standing().paid());
        long installmentSum = 0;
        for (InstallmentStanding standing : evaluation.standing().installments()) {
            assertThat(units(standing.paid())).isNotNegative();
            assertThat(units(standing.outstanding())).isNotNegative();
            installmentSum += units(standing.installment().amount());
        }
        assertThat(installmentSum).isEqualTo(total);
        assertThat(applied).isLessThanOrEqualTo(paidIn);
        assertThat(applied).isEqualTo(Math.min(paidIn, total));
        if (paidIn >= total) {
            assertThat(evaluation.plan().status()).isEqualTo(PaymentPlanStatus.COMPLETED);
        } else {
            assertThat(evaluation.plan().status())
                    .isIn(PaymentPlanStatus.ACTIVE, PaymentPlanStatus.BROKEN);
        }
    }

    private static InvoiceId issue(Tahsilat engine, Counterparty to, String number, long units) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(to.companyId())
                        .counterpartyId(to.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(LocalDate.of(2025, 8, 1))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                line(
                                        "1",
                                        new MinorAmount(units, TRY).toBigDecimal().toPlainString(),
                                        "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice.id();
    }

    private static void pay(Tahsilat engine, Counterparty from, long units) {
        Payment payment =
                Payment.builder()
                        .companyId(from.companyId())
                        .counterpartyId(from.id())
                        .valueDate(PLAN_DATE)
                        .amount(lira(units))
                        .actor("clerk-7")
                        .build();
        engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
    }
}
