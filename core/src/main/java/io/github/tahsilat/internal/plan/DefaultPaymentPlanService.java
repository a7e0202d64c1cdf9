package io.github.tahsilat.internal.plan;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.PaymentPlanRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.ItemInActivePlanException;
import io.github.tahsilat.plan.InstallmentStanding;
import io.github.tahsilat.plan.PaymentPlanStatus;
import io.github.tahsilat.plan.PlanSchedule;
import io.github.tahsilat.plan.PlanStanding;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.plan.ItemAlreadyInPlanException;
import io.github.tahsilat.service.plan.PaymentPlan;
import io.github.tahsilat.service.plan.PaymentPlanRequest;
import io.github.tahsilat.service.plan.PaymentPlanService;
import io.github.tahsilat.service.plan.PlanEvaluation;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.money.CurrencyUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores payment plans and judges them against what the counterparty paid. Thread-safe. */
public final class DefaultPaymentPlanService implements PaymentPlanService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPaymentPlanService.class);

    private final StoreContext context;
    private final PaymentPlanRepository plans;

    /** Creates the service. */
    public DefaultPaymentPlanService(StoreContext context) {
        this.context = InputChecks.present(context, "context", "the store context");
        this.plans = new PaymentPlanRepository(context);
    }

    @Override
    public PaymentPlan create(PaymentPlanRequest request) {
        InputChecks.present(request, "request", "a payment plan request");
        Optional<PaymentPlan> earlier =
                plans.findByRequestKey(request.companyId(), request.requestKey());
        if (earlier.isPresent()) {
            return replay(earlier.get(), request);
        }

        PaymentPlan plan = newPlan(request);

        PaymentPlan stored;
        try {
            stored = context.write(() -> insert(plan));
        } catch (ItemInActivePlanException e) {
            // Another request over the same invoice stored its plan after this one's check.
            throw new ItemAlreadyInPlanException(new InvoiceId(e.itemId()), e.activePlanId(), e);
        } catch (DuplicateKeyException e) {
            // Another request with the same key won the race, so judge this one against it.
            PaymentPlan winner =
                    plans.findByRequestKey(request.companyId(), request.requestKey())
                            .orElseThrow(() -> e);
            return replay(winner, request);
        }
        LOG.debug(
                "Company {} payment plan {} for counterparty {} over {} items",
                stored.companyId(),
                stored.id(),
                stored.counterpartyId(),
                stored.items().size());
        return stored;
    }

    /** Checks the request against the stores and computes the plan, writing nothing. */
    private PaymentPlan newPlan(PaymentPlanRequest request) {
        Company company = new CompanyRepository(context).require(request.companyId());
        new CounterpartyRepository(context)
                .find(request.companyId(), request.counterpartyId())
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "counterparty",
                                        request.counterpartyId().toString(),
                                        "company " + request.companyId(),
                                        "register the counterparty first or check the ids"));
        List<StoredInvoice> items = items(request);
        CurrencyUnit currency = items.get(0).invoice().currency();
        List<InvoiceId> itemIds = items.stream().map(i -> i.invoice().id()).toList();

        MinorAmount restructured =
                plans.owed(request.companyId(), request.counterpartyId(), itemIds, currency);
        PlanSchedule schedule =
                PlanSchedule.compute(
                        request.terms(),
                        request.planDate(),
                        restructured.toMonetaryAmount(),
                        company.settings().calendar(),
                        company.settings().roundingMode());
        return new PaymentPlan(
                UUID.randomUUID(),
                0,
                request.requestKey(),
                request.companyId(),
                request.counterpartyId(),
                request.planDate(),
                itemIds,
                schedule,
                request.terms().graceDays(),
                PaymentPlanStatus.ACTIVE,
                Optional.empty());
    }

    private PaymentPlan insert(PaymentPlan plan) {
        PaymentPlan stored = plans.insert(plan);
        PlanSchedule schedule = stored.schedule();
        MinorAmount interest = MinorAmount.of(schedule.interest(), RoundingMode.UNNECESSARY);
        if (interest.isPositive()) {
            plans.bookInterest(
                    stored.companyId(),
                    stored.counterpartyId(),
                    stored.items().get(0),
                    interest,
                    stored.planDate(),
                    stored.id());
        }
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("counterpartyId", stored.counterpartyId().toString());
        payload.put("planDate", stored.planDate().toString());
        payload.put("currency", interest.currencyCode());
        payload.put("restructured", amount(schedule.restructured()));
        payload.put("interest", interest.toBigDecimal().toPlainString());
        payload.put("installments", Integer.toString(schedule.installments().size()));
        payload.put("items", Integer.toString(stored.items().size()));
        context.appendEvent(stored.companyId(), PLAN_CREATED, stored.id(), payload);
        return stored;
    }

    /**
     * Returns the stored plan when the repeated request is for the same plan.
     *
     * <p>NOTE: the payment terms are not stored, so the comparison covers the counterparty, the
     * plan date, the listed items, the grace days and the down payment, not the installment terms
     * or the interest rate.
     */
    private static PaymentPlan replay(PaymentPlan stored, PaymentPlanRequest request) {
        boolean same =
                stored.counterpartyId().equals(request.counterpartyId())
                        && stored.planDate().equals(request.planDate())
                        && stored.graceDays() == request.terms().graceDays()
                        && (request.items().isEmpty()
                                || new HashSet<>(stored.items())
                                        .equals(new HashSet<>(request.items())))
                        && sameDownPayment(stored, request);
        if (!same) {
            throw new IdempotencyKeyReusedException(
                    request.requestKey(), "payment plan " + stored.id(), null);
        }
        return stored;
    }

    private static boolean sameDownPayment(PaymentPlan stored, PaymentPlanRequest request) {
        Optional<MinorAmount> storedDown =
                stored.schedule()
                        .downPayment()
                        .map(d -> MinorAmount.of(d.amount(), RoundingMode.UNNECESSARY));
        Optional<MinorAmount> requestedDown =
                request.terms().downPayment().map(d -> MinorAmount.of(d, RoundingMode.UNNECESSARY));
        return storedDown.equals(requestedDown);
    }

    /**
     * Returns the items the request restructures, in due-date order, after checking that each may
     * join a plan. Reads only, so a rejected request writes nothing.
     */
    private List<StoredInvoice> items(PaymentPlanRequest request) {
        CompanyId companyId = request.companyId();
        LocalDate planDate = request.planDate();
        // This check names the plan early. The store repeats it atomically when it inserts, for a
        // plan stored after this read.
        Map<InvoiceId, UUID> planned = new HashMap<>();
        for (PaymentPlan plan : plans.active(companyId)) {
            plan.items().forEach(item -> planned.put(item, plan.id()));
        }
        List<StoredInvoice> items = new ArrayList<>();
        if (request.items().isEmpty()) {
            for (StoredInvoice invoice :
                    plans.overdueReceivables(companyId, request.counterpartyId(), planDate)) {
                if (!invoice.invoice().isDisputed()
                        && !planned.containsKey(invoice.invoice().id())) {
                    items.add(invoice);
                }
            }
            if (items.isEmpty()) {
                throw new InvalidInputException(
                        "items",
                        "[]",
                        "invoice ids, because counterparty "
                                + request.counterpartyId()
                                + " has no undisputed receivable overdue on "
                                + planDate
                                + " outside an active plan");
            }
        } else {
            InvoiceRepository invoices = new InvoiceRepository(context);
            for (InvoiceId id : request.items()) {
                StoredInvoice invoice = invoices.require(companyId, id);
                checkItem(request, invoice, Optional.ofNullable(planned.get(id)));
                items.add(invoice);
            }
            items.sort(
                    Comparator.comparing(StoredInvoice::dueDate)
                            .thenComparing(i -> i.invoice().id().value().toString()));
        }
        MinorAmount first = MinorAmount.zero(items.get(0).invoice().currency());
        for (StoredInvoice invoice : items) {
            first.requireSameCurrency(
                    "payment plan items", MinorAmount.zero(invoice.invoice().currency()));
        }
        return items;
    }

    private static void checkItem(
            PaymentPlanRequest request, StoredInvoice stored, Optional<UUID> activePlan) {
        var invoice = stored.invoice();
        String id = invoice.id().toString();
        if (!invoice.counterpartyId().equals(request.counterpartyId())) {
            throw new InvalidInputException(
                    "items",
                    id,
                    "invoices of counterparty "
                            + request.counterpartyId()
                            + ", but this one is of "
                            + invoice.counterpartyId());
        }
        if (invoice.direction() != Direction.RECEIVABLE) {
            throw new InvalidInputException(
                    "items", id, "receivables only, because a plan collects what is owed to us");
        }
        if (!invoice.outstanding().isPositive()) {
            throw new InvalidInputException(
                    "items",
                    id,
                    "open invoices, but this one is " + invoice.status() + " with nothing owed");
        }
        if (!stored.dueDate().isBefore(request.planDate())) {
            throw new InvalidInputException(
                    "items",
                    id,
                    "invoices overdue on the plan date "
                            + request.planDate()
                            + ", but this one falls due on "
                            + stored.dueDate()
                            + "; leave it out or move the plan date after that");
        }
        if (invoice.isDisputed()) {
            throw new InvalidInputException(
                    "items", id, "undisputed invoices; resolve the dispute first");
        }
        if (activePlan.isPresent()) {
            throw new ItemAlreadyInPlanException(invoice.id(), activePlan.get(), null);
        }
    }

    @Override
    public Optional<PaymentPlan> find(CompanyId companyId, UUID planId) {
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(planId, "planId", "a payment plan id");
        return plans.find(companyId, planId);
    }

    @Override
    public List<PaymentPlan> ofCounterparty(CompanyId companyId, CounterpartyId counterpartyId) {
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(counterpartyId, "counterpartyId", "a counterparty id");
        return plans.ofCounterparty(companyId, counterpartyId);
    }

    @Override
    public PaymentPlan cancel(CompanyId companyId, UUID planId, LocalDate asOf) {
        InputChecks.present(asOf, "asOf", "the date of the cancellation");
        PaymentPlan plan = require(companyId, planId);
        checkAsOf(plan, asOf);
        if (!plan.isActive()) {
            throw new InvalidInputException(
                    "planId",
                    planId,
                    "an active plan, but this one is " + plan.status() + "; nothing to cancel");
        }
        PaymentPlan cancelled =
                context.write(
                        () -> {
                            PaymentPlan current = require(companyId, planId);
                            if (!current.isActive()) {
                                throw new InvalidInputException(
                                        "planId",
                                        planId,
                                        "an active plan, but it became "
                                                + current.status()
                                                + " meanwhile; nothing to cancel");
                            }
                            PaymentPlan closed =
                                    plans.close(current, PaymentPlanStatus.CANCELLED, asOf);
                            context.appendEvent(
                                    companyId,
                                    PLAN_CANCELLED,
                                    planId,
                                    Map.of("asOf", asOf.toString()));
                            return closed;
                        });
        LOG.debug("Company {} payment plan {} cancelled as of {}", companyId, planId, asOf);
        return cancelled;
    }

    @Override
    public PlanEvaluation evaluate(CompanyId companyId, UUID planId, LocalDate asOf) {
        InputChecks.present(asOf, "asOf", "the date to evaluate the plan on");
        PaymentPlan plan = require(companyId, planId);
        checkAsOf(plan, asOf);
        return judge(plan, asOf, true);
    }

    @Override
    public List<PlanEvaluation> evaluateActive(CompanyId companyId, LocalDate asOf) {
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(asOf, "asOf", "the date to evaluate the plans on");
        return evaluateActive(companyId, asOf, true);
    }

    /**
     * Returns the items covered by a plan that is still active after its evaluation as of {@code
     * asOf}: the items a dunning run leaves out. With {@code write} false, as in a dry run, plans
     * are judged without storing a status change or an event. A plan agreed after {@code asOf}
     * covers its items without being judged. A plan closed after {@code asOf} was active on that
     * date, so it is judged as of that date without a write, and it covers its items unless it was
     * broken or complete by then. A rerun for an earlier date thus leaves out what the first run
     * left out, even after a later run closed the plan.
     */
    public Set<InvoiceId> coveredItems(CompanyId companyId, LocalDate asOf, boolean write) {
        Set<InvoiceId> covered = new HashSet<>();
        for (PaymentPlan plan : plans.closedAfter(companyId, asOf)) {
            if (plan.planDate().isAfter(asOf)) {
                covered.addAll(plan.items());
                continue;
            }
            PlanStanding standing = standing(plan, asOf);
            if (!standing.isBroken() && !standing.isComplete()) {
                covered.addAll(plan.items());
            }
        }
        for (PaymentPlan plan : plans.active(companyId)) {
            if (plan.planDate().isAfter(asOf)) {
                covered.addAll(plan.items());
                continue;
            }
            PlanEvaluation evaluation = judge(plan, asOf, write);
            PlanStanding standing = evaluation.standing();
            if (evaluation.plan().isActive() && !standing.isBroken() && !standing.isComplete()) {
                covered.addAll(plan.items());
            }
        }
        return covered;
    }

    private List<PlanEvaluation> evaluateActive(
            CompanyId companyId, LocalDate asOf, boolean write) {
        List<PlanEvaluation> evaluations = new ArrayList<>();
        for (PaymentPlan plan : plans.active(companyId)) {
            if (!plan.planDate().isAfter(asOf)) {
                evaluations.add(judge(plan, asOf, write));
            }
        }
        return evaluations;
    }

    /** Evaluates the plan and, with {@code write}, closes it when it broke or completed. */
    private PlanEvaluation judge(PaymentPlan plan, LocalDate asOf, boolean write) {
        PlanStanding standing = standing(plan, asOf);
        if (!plan.isActive() || !write || !(standing.isBroken() || standing.isComplete())) {
            return new PlanEvaluation(plan, standing);
        }
        PaymentPlan closed =
                context.write(
                        () -> {
                            PaymentPlan current = require(plan.companyId(), plan.id());
                            if (!current.isActive()) {
                                return current;
                            }
                            return close(current, standing(current, asOf));
                        });
        return new PlanEvaluation(closed, standing(closed, asOf));
    }

    /**
     * Closes an active plan that its standing shows broken or complete, with its event, in the
     * active transaction.
     */
    private PaymentPlan close(PaymentPlan plan, PlanStanding standing) {
        LocalDate asOf = standing.asOf();
        if (standing.isComplete()) {
            PaymentPlan closed = plans.close(plan, PaymentPlanStatus.COMPLETED, asOf);
            context.appendEvent(
                    plan.companyId(), PLAN_COMPLETED, plan.id(), Map.of("asOf", asOf.toString()));
            LOG.debug(
                    "Company {} payment plan {} completed as of {}",
                    plan.companyId(),
                    plan.id(),
                    asOf);
            return closed;
        }
        if (standing.isBroken()) {
            InstallmentStanding missed = standing.missed().orElseThrow();
            PaymentPlan closed = plans.close(plan, PaymentPlanStatus.BROKEN, asOf);
            Map<String, String> payload = new LinkedHashMap<>();
            payload.put("asOf", asOf.toString());
            payload.put("installment", Integer.toString(missed.installment().number()));
            payload.put("dueDate", missed.installment().dueDate().toString());
            payload.put("outstanding", amount(missed.outstanding()));
            payload.put("currency", missed.outstanding().getCurrency().getCurrencyCode());
            context.appendEvent(plan.companyId(), PLAN_BROKEN, plan.id(), payload);
            LOG.debug(
                    "Company {} payment plan {} broken as of {}",
                    plan.companyId(),
                    plan.id(),
                    asOf);
            return closed;
        }
        return plan;
    }

    /**
     * Returns the plan's standing: what the items owed when the plan was created plus its interest,
     * less what they owed on {@code asOf}, applied to the installments. Only payments with a value
     * date on or before {@code asOf} count, so a later evaluation for the same date reads the same
     * payments.
     */
    private PlanStanding standing(PaymentPlan plan, LocalDate asOf) {
        PlanSchedule schedule = plan.schedule();
        MinorAmount total = MinorAmount.of(schedule.total(), RoundingMode.UNNECESSARY);
        MinorAmount owed =
                plans.owedOn(
                        plan.companyId(),
                        plan.counterpartyId(),
                        plan.items(),
                        total.currency(),
                        asOf);
        MinorAmount paid = total.minus(owed).max(MinorAmount.zero(total.currency()));
        return PlanStanding.evaluate(schedule, paid.toMonetaryAmount(), asOf, plan.graceDays());
    }

    private PaymentPlan require(CompanyId companyId, UUID planId) {
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(planId, "planId", "a payment plan id");
        return plans.find(companyId, planId)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "payment plan",
                                        planId.toString(),
                                        "company " + companyId,
                                        "check the plan id and the company id"));
    }

    private static void checkAsOf(PaymentPlan plan, LocalDate asOf) {
        if (asOf.isBefore(plan.planDate())) {
            throw new InvalidInputException(
                    "asOf", asOf, "a date on or after the plan date " + plan.planDate());
        }
    }

    private static String amount(javax.money.MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).toBigDecimal().toPlainString();
    }
}
