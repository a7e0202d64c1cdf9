package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.PaymentPlanRecord;
import io.github.tahsilat.persistence.spi.record.PlanInstallmentRecord;
import io.github.tahsilat.plan.PaymentPlanStatus;
import io.github.tahsilat.plan.PlanInstallment;
import io.github.tahsilat.plan.PlanSchedule;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.plan.PaymentPlan;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;

/**
 * Reads and writes payment plans through the host's plan store, and reads what the plan's items
 * still owe from the invoice store and the ledger. Thread-safe.
 */
public final class PaymentPlanRepository {

    private static final int PAGE_SIZE = 500;

    private final StoreContext context;

    /** Creates the repository. */
    public PaymentPlanRepository(StoreContext context) {
        this.context = context;
    }

    /** Returns the plan, or empty if the company has none with this id. */
    public Optional<PaymentPlan> find(CompanyId companyId, UUID planId) {
        return context.stores()
                .paymentPlans()
                .find(companyId.value(), planId)
                .map(PaymentPlanRepository::fromRecord);
    }

    /** Returns the plan created with {@code requestKey}, or empty. */
    public Optional<PaymentPlan> findByRequestKey(CompanyId companyId, String requestKey) {
        return context.stores()
                .paymentPlans()
                .findByRequestKey(companyId.value(), requestKey)
                .map(PaymentPlanRepository::fromRecord);
    }

    /** Returns the counterparty's plans by plan date. */
    public List<PaymentPlan> ofCounterparty(CompanyId companyId, CounterpartyId counterpartyId) {
        return context
                .stores()
                .paymentPlans()
                .ofCounterparty(companyId.value(), counterpartyId.value())
                .stream()
                .map(PaymentPlanRepository::fromRecord)
                .toList();
    }

    /** Returns the company's active plans by plan date. */
    public List<PaymentPlan> active(CompanyId companyId) {
        return context.stores().paymentPlans().active(companyId.value()).stream()
                .map(PaymentPlanRepository::fromRecord)
                .toList();
    }

    /**
     * Inserts a new plan, at version 0, in the active transaction.
     *
     * @throws io.github.tahsilat.persistence.spi.DuplicateKeyException if the id or request key is
     *     stored already
     */
    public PaymentPlan insert(PaymentPlan plan) {
        PaymentPlanRecord stored =
                context.stores().paymentPlans().insert(plan.companyId().value(), toRecord(plan));
        return fromRecord(stored);
    }

    /**
     * Closes an active plan with {@code status} on {@code date}, at the version it was read, in the
     * active transaction.
     *
     * @throws io.github.tahsilat.persistence.spi.StaleVersionException if the plan changed since
     */
    public PaymentPlan close(PaymentPlan plan, PaymentPlanStatus status, LocalDate date) {
        PaymentPlanRecord closed =
                toRecord(plan)
                        .closed(
                                io.github.tahsilat.persistence.spi.record.PaymentPlanStatus.valueOf(
                                        status.name()),
                                date,
                                context.stamp());
        return fromRecord(context.stores().paymentPlans().update(plan.companyId().value(), closed));
    }

    /**
     * Returns the counterparty's open receivables whose earliest open installment falls due
     * strictly before {@code date}, in due-date order.
     */
    public List<StoredInvoice> overdueReceivables(
            CompanyId companyId, CounterpartyId counterpartyId, LocalDate date) {
        InvoiceRepository invoices = new InvoiceRepository(context);
        List<StoredInvoice> overdue = new ArrayList<>();
        PageRequest request = PageRequest.first(PAGE_SIZE);
        while (true) {
            var page = invoices.openItemsOf(companyId, counterpartyId, request);
            for (StoredInvoice invoice : page.items()) {
                if (!invoice.dueDate().isBefore(date)) {
                    return overdue;
                }
                if (invoice.invoice().direction() == Direction.RECEIVABLE
                        && invoice.invoice().outstanding().isPositive()) {
                    overdue.add(invoice);
                }
            }
            if (page.next().isEmpty()) {
                return overdue;
            }
            request = PageRequest.after(page.next().get(), PAGE_SIZE);
        }
    }

    /**
     * Returns what the items owe now: their outstanding amounts plus the fees and interest still
     * open on them. An item that is no longer stored owes nothing.
     *
     * <p>The open charges come from the ledger entries of the counterparty's charged invoices in
     * the currency, as {@link ChargeRepository#openCharges} reads them.
     */
    public MinorAmount owed(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            List<InvoiceId> items,
            CurrencyUnit currency) {
        InvoiceRepository invoices = new InvoiceRepository(context);
        Map<InvoiceId, ChargeBalance> charges =
                new ChargeRepository(context).openCharges(companyId, counterpartyId, currency);
        MinorAmount sum = MinorAmount.zero(currency);
        for (InvoiceId item : items) {
            Optional<StoredInvoice> invoice = invoices.find(companyId, item);
            if (invoice.isPresent()) {
                sum =
                        sum.plus(
                                MinorAmount.of(
                                        invoice.get().invoice().outstanding(),
                                        RoundingMode.UNNECESSARY));
            }
            ChargeBalance open = charges.get(item);
            if (open != null) {
                sum = sum.plus(open.total());
            }
        }
        return sum;
    }

    /**
     * Books a plan's interest as an {@code INTEREST} charge on {@code invoiceId} in the active
     * transaction.
     */
    public void bookInterest(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            MinorAmount interest,
            LocalDate valueDate,
            UUID planId) {
        new ChargeRepository(context)
                .book(
                        companyId,
                        counterpartyId,
                        invoiceId,
                        ItemComponent.INTEREST,
                        interest,
                        valueDate,
                        planId,
                        "payment plan interest");
    }

    private PaymentPlanRecord toRecord(PaymentPlan plan) {
        PlanSchedule schedule = plan.schedule();
        List<PlanInstallmentRecord> installments =
                schedule.installments().stream()
                        .map(
                                i ->
                                        new PlanInstallmentRecord(
                                                i.number(),
                                                i.dueDate(),
                                                MinorAmount.of(i.amount(), RoundingMode.UNNECESSARY)
                                                        .toBigDecimal()))
                        .toList();
        return new PaymentPlanRecord(
                plan.companyId().value(),
                plan.id(),
                plan.version(),
                plan.requestKey(),
                plan.counterpartyId().value(),
                plan.planDate(),
                schedule.restructured().getCurrency().getCurrencyCode(),
                plan.items().stream().map(InvoiceId::value).toList(),
                MinorAmount.of(schedule.restructured(), RoundingMode.UNNECESSARY).toBigDecimal(),
                MinorAmount.of(schedule.interest(), RoundingMode.UNNECESSARY).toBigDecimal(),
                installments,
                plan.graceDays(),
                io.github.tahsilat.persistence.spi.record.PaymentPlanStatus.valueOf(
                        plan.status().name()),
                plan.closedOn(),
                context.stamp());
    }

    private static PaymentPlan fromRecord(PaymentPlanRecord r) {
        CurrencyUnit currency = Amounts.currency(r.currency());
        List<PlanInstallment> installments =
                r.installments().stream()
                        .map(
                                i ->
                                        new PlanInstallment(
                                                i.number(),
                                                i.dueDate(),
                                                MinorAmount.of(
                                                                i.amount(),
                                                                currency,
                                                                RoundingMode.UNNECESSARY)
                                                        .toMonetaryAmount()))
                        .toList();
        PlanSchedule schedule =
                new PlanSchedule(
                        MinorAmount.of(r.restructured(), currency, RoundingMode.UNNECESSARY)
                                .toMonetaryAmount(),
                        MinorAmount.of(r.interest(), currency, RoundingMode.UNNECESSARY)
                                .toMonetaryAmount(),
                        installments);
        return new PaymentPlan(
                r.id(),
                r.version(),
                r.requestKey(),
                new CompanyId(r.companyId()),
                new CounterpartyId(r.counterpartyId()),
                r.planDate(),
                r.itemIds().stream().map(InvoiceId::new).toList(),
                schedule,
                r.graceDays(),
                PaymentPlanStatus.valueOf(r.status().name()),
                r.closedOn());
    }
}
