package io.github.tahsilat.internal.dunning;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.dunning.DayCounting;
import io.github.tahsilat.dunning.DunningAction;
import io.github.tahsilat.dunning.DunningBlock;
import io.github.tahsilat.dunning.DunningCharges;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.DunningState;
import io.github.tahsilat.dunning.HandOverScope;
import io.github.tahsilat.dunning.InterestSettings;
import io.github.tahsilat.dunning.InterestStart;
import io.github.tahsilat.dunning.LevelDecider;
import io.github.tahsilat.dunning.LevelDecision;
import io.github.tahsilat.dunning.NoNoticeReason;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.interest.PrincipalHistory;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.CurrencyCache;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.ChargeBalance;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.Coverage;
import io.github.tahsilat.internal.persistence.DunningClaim;
import io.github.tahsilat.internal.persistence.DunningRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.internal.persistence.StoredPromise;
import io.github.tahsilat.internal.plan.DefaultPaymentPlanService;
import io.github.tahsilat.internal.service.DefaultChargeService;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.notice.FeeLine;
import io.github.tahsilat.notice.InterestLine;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notice.NoticeComposer;
import io.github.tahsilat.notice.NoticeLine;
import io.github.tahsilat.notice.NoticeRenderer;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.DeliveryResult.DeliveryStatus;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.persistence.spi.CounterpartyBucket;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.service.OpenItem;
import io.github.tahsilat.service.charge.OpenCharges;
import io.github.tahsilat.service.dunning.ChargeWriteOff;
import io.github.tahsilat.service.dunning.DeliveryFailure;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningService;
import io.github.tahsilat.service.dunning.DunningUnit;
import io.github.tahsilat.service.dunning.ExclusionReason;
import io.github.tahsilat.service.dunning.HandOver;
import io.github.tahsilat.service.dunning.RecipientDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dunning run: retry, select, claim, deliver outside any transaction, then record the result
 * and book the fee in one transaction.
 */
public final class DefaultDunningService implements DunningService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultDunningService.class);

    private final StoreContext context;
    private final DunningRepository repository;
    private final List<NotificationChannel> channels;
    private final PolicyBook policies;
    private final RecipientDirectory recipients;
    private final NoticeRenderer renderer;
    private final RunHook hook;

    /**
     * Creates the service.
     *
     * @param lease how long a claim keeps other runs from retrying its notice
     * @throws io.github.tahsilat.error.InvalidInputException if an argument is {@code null}, or
     *     {@code lease} is not positive
     */
    public DefaultDunningService(
            StoreContext context,
            List<NotificationChannel> channels,
            PolicyBook policies,
            RecipientDirectory recipients,
            NoticeRenderer renderer,
            Duration lease) {
        this(context, channels, policies, recipients, renderer, lease, RunHook.NONE);
    }

    DefaultDunningService(
            StoreContext context,
            List<NotificationChannel> channels,
            PolicyBook policies,
            RecipientDirectory recipients,
            NoticeRenderer renderer,
            Duration lease,
            RunHook hook) {
        this.context = InputChecks.present(context, "context", "the store context");
        InputChecks.present(lease, "lease", "a positive duration");
        if (lease.isZero() || lease.isNegative()) {
            throw new InvalidInputException("lease", lease, "a positive duration");
        }
        this.repository = new DunningRepository(context, lease);
        this.channels = List.copyOf(channels);
        this.policies = InputChecks.present(policies, "policies", "a policy book");
        this.recipients = InputChecks.present(recipients, "recipients", "a recipient directory");
        this.renderer = InputChecks.present(renderer, "renderer", "a notice renderer");
        this.hook = hook;
    }

    @Override
    public void block(CompanyId companyId, InvoiceId invoiceId, DunningBlock block) {
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(invoiceId, "invoiceId", "an invoice id");
        InputChecks.present(block, "block", "a dunning block");
        repository.invoiceNumber(companyId, invoiceId);
        context.write(
                () -> {
                    repository.insertBlock(companyId, invoiceId, block);
                    return null;
                });
        LOG.debug("Company {} dunning block on invoice {}", companyId, invoiceId);
    }

    @Override
    public UUID promise(
            CompanyId companyId, InvoiceId invoiceId, LocalDate payBy, MonetaryAmount amount) {
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(invoiceId, "invoiceId", "an invoice id");
        InputChecks.present(payBy, "payBy", "the last day to pay");
        InputChecks.present(amount, "amount", "the promised amount");
        LocalDate today = new CompanyRepository(context).today(companyId);
        if (payBy.isBefore(today)) {
            throw new InvalidInputException("payBy", payBy, "a date on or after " + today);
        }
        MinorAmount units = MinorAmount.of(amount, RoundingMode.UNNECESSARY);
        if (!units.isPositive()) {
            throw new InvalidInputException("amount", units, "an amount greater than zero");
        }
        MinorAmount outstanding = repository.outstanding(companyId, invoiceId);
        outstanding.requireSameCurrency("promise", units);
        UUID id =
                context.write(
                        () ->
                                repository.insertPromise(
                                        companyId, invoiceId, today, payBy, units, outstanding));
        LOG.debug("Company {} promise {} on invoice {}", companyId, id, invoiceId);
        return id;
    }

    /**
     * Returns whether an open promise covers the item on the run's date. Judges every promise whose
     * date has passed and raises an event for each broken one.
     */
    private boolean promised(Run run, OpenItem item) {
        boolean covered = false;
        List<StoredPromise> open =
                run.openPromises.getOrDefault(item.invoiceId().value(), List.of());
        for (StoredPromise promise : open) {
            if (!run.request.asOf().isAfter(promise.payBy())) {
                covered = true;
                continue;
            }
            // Only settlements dated on or before the pay-by date keep the promise, so a rerun
            // judges it the same way whatever was paid later.
            MinorAmount outstanding = MinorAmount.of(item.outstanding(), RoundingMode.UNNECESSARY);
            MinorAmount outstandingOnPayBy =
                    outstanding.plus(
                            repository.principalSettledAfter(
                                    run.company.id(),
                                    item.invoiceId(),
                                    outstanding.currency(),
                                    promise.payBy()));
            MinorAmount paid = promise.outstandingWhenPromised().minus(outstandingOnPayBy);
            boolean kept = paid.compareTo(promise.amount()) >= 0;
            if (!run.request.dryRun()) {
                context.write(
                        () -> {
                            settle(run, item, promise, kept);
                            return null;
                        });
            }
        }
        return covered;
    }

    private void settle(Run run, OpenItem item, StoredPromise promise, boolean kept) {
        boolean settled =
                repository.settlePromise(run.company.id(), item.invoiceId(), promise.id(), kept);
        if (settled && !kept) {
            context.appendEvent(
                    run.company.id(),
                    PROMISE_BROKEN,
                    promise.id(),
                    Map.of(
                            "invoiceId", item.invoiceId().toString(),
                            "payBy", promise.payBy().toString(),
                            "amount", promise.amount().toBigDecimal().toPlainString(),
                            "currency", promise.amount().currencyCode()));
        }
    }

    @Override
    public DunningRunResult run(DunningRunRequest request) {
        InputChecks.present(request, "request", "a dunning run request");
        return run(request, Optional.empty());
    }

    @Override
    public List<DunningUnit> units(DunningRunRequest request, int count) {
        return DunningUnit.split(request, count);
    }

    @Override
    public DunningRunResult runUnit(DunningUnit unit) {
        InputChecks.present(unit, "unit", "a dunning unit");
        LOG.debug("Company {} dunning unit {}", unit.run().companyId(), unit.label());
        return run(
                unit.run(), Optional.of(new CounterpartyBucket(unit.bucket(), unit.bucketCount())));
    }

    /** Runs dunning over every counterparty, or over those of {@code bucket} when present. */
    private DunningRunResult run(DunningRunRequest request, Optional<CounterpartyBucket> bucket) {
        Company company = new CompanyRepository(context).require(request.companyId());
        Run run = new Run(company, request);
        run.inPaymentPlan.addAll(
                new DefaultPaymentPlanService(context)
                        .coveredItems(company.id(), request.asOf(), !request.dryRun()));
        Predicate<CounterpartyId> scope =
                counterpartyId -> bucket.map(b -> b.contains(counterpartyId.value())).orElse(true);
        List<List<DunningClaim>> retries =
                request.dryRun() ? List.of() : pendingNotices(company, scope);
        List<Candidate> candidates = select(run, bucket);
        hook.selected(request.runKey());
        for (Candidate candidate : candidates) {
            if (request.dryRun()) {
                List<DunningClaim> records = candidate.records(run);
                records.forEach(r -> reportHandOver(run, candidate.policy(), r));
                Notice notice = compose(run, candidate, records, candidate.listed());
                run.notices.add(notice);
                run.fees.addAll(notice.fees());
                notice.interest().stream()
                        .filter(line -> line.amount().isPositive())
                        .forEach(run.interest::add);
                proposeChargeInvoices(run, candidate.policy(), notice, records);
            } else {
                claimAndDeliver(run, candidate);
            }
        }
        // NOTE: a retry sends the lines as they were claimed, even when a payment has reduced an
        // item since, so the notice id and content stay the same for the channel.
        for (List<DunningClaim> notice : retries) {
            Optional<List<DunningClaim>> taken = repository.reclaim(notice);
            if (taken.isPresent()) {
                // NOTE: a retry lists only its claimed items, because the other overdue items a
                // policy may list are not stored with the claims.
                deliverStored(run, taken.get(), List.of());
            } else {
                LOG.debug(
                        "Company {} notice {} retried by another run",
                        company.id(),
                        notice.get(0).runKey());
            }
        }
        DunningRunResult result = run.result();
        if (!request.dryRun()) {
            context.write(
                    () -> {
                        storeHistory(run, result);
                        return null;
                    });
        }
        LOG.debug(
                "Company {} dunning run {}: {} notices, {} failures",
                company.id(),
                request.runKey(),
                result.notices().size(),
                result.failures().size());
        return result;
    }

    /**
     * Returns the retryable claims of the counterparties in scope, grouped by notice. A claim whose
     * lease has not expired is left out, because the run that took it may be delivering it now.
     * After the lease, any run retries it with the same notice id, also a run of the same run key.
     */
    private List<List<DunningClaim>> pendingNotices(
            Company company, Predicate<CounterpartyId> scope) {
        Map<String, List<DunningClaim>> byNotice = new LinkedHashMap<>();
        for (DunningClaim pending : repository.retryable(company.id().value())) {
            if (!scope.test(new CounterpartyId(pending.counterpartyId()))) {
                continue;
            }
            byNotice.computeIfAbsent(
                            pending.counterpartyId() + "|" + pending.runKey(),
                            k -> new ArrayList<>())
                    .add(pending);
        }
        return List.copyOf(byNotice.values());
    }

    private List<Candidate> select(Run run, Optional<CounterpartyBucket> bucket) {
        Map<CounterpartyId, List<OpenItem>> byCounterparty = new LinkedHashMap<>();
        List<UUID> itemIds = new ArrayList<>();
        for (OpenItem item : selectable(run, bucket)) {
            byCounterparty.computeIfAbsent(item.counterpartyId(), k -> new ArrayList<>()).add(item);
            itemIds.add(item.invoiceId().value());
        }
        run.storedClaims.putAll(repository.ofItems(run.company.id().value(), itemIds));
        run.blocks.putAll(repository.blocksOf(run.company.id(), itemIds));
        run.openPromises.putAll(repository.openPromises(run.company.id(), itemIds));
        List<Candidate> candidates = new ArrayList<>();
        CounterpartyRepository counterparties = new CounterpartyRepository(context);
        for (var entry : byCounterparty.entrySet()) {
            Counterparty counterparty =
                    counterparties
                            .find(run.company.id(), entry.getKey())
                            .orElseThrow()
                            .counterparty();
            Optional<ExclusionReason> whole = counterpartyExclusion(run, counterparty);
            if (whole.isPresent()) {
                entry.getValue().forEach(item -> run.exclude(item, whole.get()));
                continue;
            }
            DunningPolicy policy = policies.policyFor(counterparty);
            if (policy.handOverScope() == HandOverScope.COUNTERPARTY
                    && entry.getValue().stream().anyMatch(item -> handedOver(run, policy, item))) {
                entry.getValue().forEach(item -> run.exclude(item, ExclusionReason.HANDED_OVER));
                continue;
            }
            Map<CurrencyUnit, Candidate> byCurrency = new LinkedHashMap<>();
            Map<CurrencyUnit, List<NoticeLine>> listed = new LinkedHashMap<>();
            Map<InvoiceId, Coverage> covers =
                    repository.unmaturedCover(
                            run.company.id(), counterparty.id(), run.request.asOf());
            for (OpenItem open : entry.getValue()) {
                Optional<OpenItem> uncovered = uncovered(run, covers, open);
                if (uncovered.isEmpty()) {
                    run.exclude(open, ExclusionReason.INSTRUMENT_NOT_MATURED);
                    continue;
                }
                OpenItem item = uncovered.get();
                CurrencyUnit currency = item.outstanding().getCurrency();
                Optional<Selected> selected = decide(run, policy, item, listed);
                selected.ifPresent(
                        s ->
                                byCurrency
                                        .computeIfAbsent(
                                                currency,
                                                c ->
                                                        new Candidate(
                                                                counterparty,
                                                                policy,
                                                                new ArrayList<>()))
                                        .items()
                                        .add(s));
            }
            boolean several = byCurrency.size() > 1;
            byCurrency.forEach(
                    (currency, candidate) -> {
                        candidate.listed().addAll(listed.getOrDefault(currency, List.of()));
                        candidates.add(candidate.keyed(several ? currency : null));
                    });
        }
        addInvoiceNumbers(run, candidates);
        return candidates;
    }

    /**
     * Sets the invoice number of every selected item, read from the store in one call rather than
     * one read of the whole invoice per item.
     */
    private void addInvoiceNumbers(Run run, List<Candidate> candidates) {
        List<InvoiceId> ids = new ArrayList<>();
        for (Candidate candidate : candidates) {
            for (Selected selected : candidate.items()) {
                ids.add(selected.item().invoiceId());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<InvoiceId, String> numbers = repository.invoiceNumbers(run.company.id(), ids);
        for (Candidate candidate : candidates) {
            candidate.items().replaceAll(s -> s.withNumber(numbers.get(s.item().invoiceId())));
        }
    }

    /**
     * Returns the item with its outstanding amount less what unmatured instruments cover, or empty
     * when they cover all of it. The cover of the principal counts for an item with principal
     * outstanding, and the cover of fee and interest for an item with open charges alone.
     */
    private static Optional<OpenItem> uncovered(
            Run run, Map<InvoiceId, Coverage> covers, OpenItem item) {
        Coverage cover = covers.get(item.invoiceId());
        if (cover == null) {
            return Optional.of(item);
        }
        MinorAmount covered =
                run.chargesOnly.containsKey(item.invoiceId())
                        ? cover.fee().plus(cover.interest())
                        : cover.principal();
        MinorAmount rest =
                MinorAmount.of(item.outstanding(), RoundingMode.UNNECESSARY).minus(covered);
        if (!rest.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(
                new OpenItem(
                        item.invoiceId(),
                        item.counterpartyId(),
                        item.issueDate(),
                        item.dueDate(),
                        rest.toMonetaryAmount(),
                        item.direction(),
                        item.disputed(),
                        item.lastDunningLevel()));
    }

    /**
     * Returns the receivables the run decides on, in due-date order: those with principal
     * outstanding, and those whose principal is settled while a fee or late interest is still open.
     * The latter are dunned for their open charges alone, and recorded in {@link Run#chargesOnly}.
     * With a bucket, only the counterparties of that bucket are read.
     */
    private List<OpenItem> selectable(Run run, Optional<CounterpartyBucket> bucket) {
        LocalDate dueBefore = dueBefore(run);
        List<OpenItem> items =
                new ArrayList<>(
                        bucket.isPresent()
                                ? repository.receivablesDueBefore(
                                        run.company.id(), dueBefore, bucket.get())
                                : repository.receivablesDueBefore(run.company.id(), dueBefore));
        List<DunningRepository.ChargesOnlyItem> chargesOnly =
                repository.chargesOnlyReceivablesDueBefore(run.company.id(), dueBefore);
        if (chargesOnly.isEmpty()) {
            return items;
        }
        for (DunningRepository.ChargesOnlyItem charged : chargesOnly) {
            if (bucket.isPresent()
                    && !bucket.get().contains(charged.item().counterpartyId().value())) {
                continue;
            }
            items.add(charged.item());
            run.chargesOnly.put(charged.item().invoiceId(), charged.charges());
        }
        // A stable sort keeps the store's order among items due on the same day.
        items.sort(Comparator.comparing(OpenItem::dueDate));
        return items;
    }

    /**
     * Returns the first due date a run leaves out. Items due on the as-of date have 0 days past
     * due, so they are read only when a policy has a level at 0 days or before the due date. For a
     * reminder {@code n} days ahead, items due up to the {@code n}th day after the as-of date are
     * read, counted as the policy counts days.
     */
    private LocalDate dueBefore(Run run) {
        LocalDate asOf = run.request.asOf();
        LocalDate bound = asOf;
        for (DunningPolicy policy : policies.policies()) {
            if (policy.levels().get(0).daysPastDue() > 0) {
                continue;
            }
            int lead = policy.reminderLeadDays();
            LocalDate policyBound = asOf.plusDays(lead + 1L);
            if (policy.dayCounting() == DayCounting.BUSINESS_DAYS) {
                policyBound = businessDayAfter(run, asOf, lead + 1);
            }
            if (policyBound.isAfter(bound)) {
                bound = policyBound;
            }
        }
        return bound;
    }

    /** Returns the {@code count}th business day after {@code day} in the company's calendar. */
    private static LocalDate businessDayAfter(Run run, LocalDate day, int count) {
        LocalDate current = day;
        int found = 0;
        while (found < count) {
            current = current.plusDays(1);
            if (run.company.settings().calendar().isBusinessDay(current)) {
                found++;
            }
        }
        return current;
    }

    private Optional<ExclusionReason> counterpartyExclusion(Run run, Counterparty counterparty) {
        if (counterparty.isOnHold()) {
            return Optional.of(ExclusionReason.COUNTERPARTY_ON_HOLD);
        }
        return Optional.empty();
    }

    /**
     * Decides the item's next level. An overdue item that reaches no new level and is not disputed,
     * promised or blocked goes to {@code listed} when the policy lists all overdue items.
     */
    private Optional<Selected> decide(
            Run run,
            DunningPolicy policy,
            OpenItem item,
            Map<CurrencyUnit, List<NoticeLine>> listed) {
        if (item.disputed()) {
            run.exclude(item, ExclusionReason.DISPUTED);
            return Optional.empty();
        }
        if (writtenOff(run, policy, item)) {
            return Optional.empty();
        }
        // Read at selection for every item, because the write-off, promise and plan steps of a
        // run change no claim or block, and this run claims only after selection.
        List<DunningClaim> sent = run.storedClaimsOf(item.invoiceId());
        if (handedOver(policy, sent)) {
            run.exclude(item, ExclusionReason.HANDED_OVER);
            return Optional.empty();
        }
        if (promised(run, item)) {
            run.exclude(item, ExclusionReason.PROMISED_TO_PAY);
            return Optional.empty();
        }
        if (run.inPaymentPlan.contains(item.invoiceId())) {
            run.exclude(item, ExclusionReason.PAYMENT_PLAN);
            return Optional.empty();
        }
        Optional<DunningClaim> last =
                sent.stream().max(Comparator.comparingInt(DunningClaim::level));
        DunningState state =
                new DunningState(
                        item.dueDate(),
                        item.outstanding(),
                        last.map(DunningClaim::level).orElse(0),
                        last.map(DunningClaim::asOf),
                        run.blocks.getOrDefault(item.invoiceId().value(), List.of()));
        LevelDecision decision =
                LevelDecider.decide(
                        policy, state, run.request.asOf(), run.company.settings().calendar());
        if (decision.reason().equals(Optional.of(NoNoticeReason.BLOCKED))) {
            run.exclude(item, ExclusionReason.BLOCKED);
        } else if (decision.level().isEmpty()
                && decision.daysPastDue() > 0
                && policy.listAllOverdueItems()) {
            listed.computeIfAbsent(item.outstanding().getCurrency(), c -> new ArrayList<>())
                    .add(
                            new NoticeLine(
                                    repository.invoiceNumber(run.company.id(), item.invoiceId()),
                                    item.dueDate(),
                                    decision.daysPastDue(),
                                    item.outstanding()));
        }
        // The number is read later with those of the run's other selected items, in one call.
        return decision.level()
                .map(level -> new Selected(item, level, decision.daysPastDue(), null));
    }

    /** Returns whether a level that hands the item over was delivered, by the current policy. */
    private static boolean handedOver(Run run, DunningPolicy policy, OpenItem item) {
        return handedOver(policy, run.storedClaimsOf(item.invoiceId()));
    }

    /** Returns whether one of the item's claims delivered a level that hands it over. */
    private static boolean handedOver(DunningPolicy policy, List<DunningClaim> claims) {
        for (DunningClaim claim : claims) {
            if (claim.delivered() && !handOverActions(policy, claim.level()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Returns the hand-over actions of a level of {@code policy}, empty for most levels. */
    private static Set<DunningAction> handOverActions(DunningPolicy policy, int levelNumber) {
        Set<DunningAction> actions = EnumSet.noneOf(DunningAction.class);
        policy.level(levelNumber)
                .ifPresent(
                        level -> {
                            for (DunningAction action : HandOver.HAND_OVER_ACTIONS) {
                                if (level.does(action)) {
                                    actions.add(action);
                                }
                            }
                        });
        return actions;
    }

    /** Adds the hand-over of a claimed record to the run's result, if its level hands over. */
    private static HandOver reportHandOver(Run run, DunningPolicy policy, DunningClaim claim) {
        Set<DunningAction> actions = handOverActions(policy, claim.level());
        if (actions.isEmpty()) {
            return null;
        }
        HandOver handOver =
                new HandOver(
                        new InvoiceId(claim.itemId()),
                        new CounterpartyId(claim.counterpartyId()),
                        claim.level(),
                        actions);
        run.handOvers.add(handOver);
        return handOver;
    }

    /**
     * Appends the hand-over event of a record whose level hands the item over, in the active
     * transaction, and reports it in the run's result.
     */
    private void handOver(Run run, DunningPolicy policy, DunningClaim claim) {
        HandOver handOver = reportHandOver(run, policy, claim);
        if (handOver == null) {
            return;
        }
        List<String> actions = handOver.actions().stream().map(Enum::name).toList();
        context.appendEvent(
                run.company.id(),
                HANDED_OVER,
                claim.id(),
                Map.of(
                        "invoiceId", claim.itemId().toString(),
                        "invoiceNumber", claim.invoiceNumber(),
                        "counterpartyId", claim.counterpartyId().toString(),
                        "level", Integer.toString(claim.level()),
                        "actions", String.join(",", actions),
                        "runKey", claim.runKey()));
        LOG.debug(
                "Company {} invoice {} handed over at level {} by run {}",
                run.company.id(),
                claim.itemId(),
                claim.level(),
                claim.runKey());
    }

    /**
     * Writes off the open charges of an item whose principal is settled, when the policy waives
     * charges then, and returns whether it did. Each component becomes a {@code WRITE_OFF} ledger
     * entry with a {@code ChargeWaived} event, in one transaction, and a dry run only reports it.
     */
    private boolean writtenOff(Run run, DunningPolicy policy, OpenItem item) {
        ChargeBalance open = run.chargesOnly.get(item.invoiceId());
        if (open == null) {
            return false;
        }
        DunningCharges charges =
                new DunningCharges(
                        MinorAmount.zero(open.fee().currency()).toMonetaryAmount(),
                        open.fee().toMonetaryAmount(),
                        open.interest().toMonetaryAmount());
        if (charges.waiverUnder(policy).isEmpty()) {
            return false;
        }
        MonetaryAmount fee = charges.fees();
        MonetaryAmount interest = charges.interest();
        if (!run.request.dryRun()) {
            OpenCharges after =
                    new DefaultChargeService(context)
                            .waiveAll(
                                    run.company.id(),
                                    item.invoiceId(),
                                    run.request.asOf(),
                                    "dunning policy "
                                            + policy.name()
                                            + " waives charges once the principal is paid");
            fee = fee.subtract(after.fee());
            interest = interest.subtract(after.interest());
        }
        run.writeOffs.add(
                new ChargeWriteOff(item.invoiceId(), item.counterpartyId(), fee, interest));
        LOG.debug(
                "Company {} charges of invoice {} written off by run {}",
                run.company.id(),
                item.invoiceId(),
                run.request.runKey());
        return true;
    }

    /**
     * Claims every item of a notice in one transaction, then delivers it. When another run claimed
     * one of the items first, this run claims none of them: a notice id belongs to one set of
     * lines, so two runs never send different notices under one id.
     */
    private void claimAndDeliver(Run run, Candidate candidate) {
        List<DunningClaim> unclaimed = candidate.records(run);
        List<DunningClaim> claimed;
        try {
            claimed = context.write(() -> repository.claimAll(unclaimed));
        } catch (DuplicateKeyException e) {
            LOG.debug(
                    "Company {} counterparty {} notice {} already claimed by another run",
                    run.company.id(),
                    candidate.counterparty().id(),
                    unclaimed.get(0).runKey());
            return;
        }
        deliverStored(run, claimed, candidate.listed());
    }

    private void deliverStored(Run run, List<DunningClaim> records, List<NoticeLine> listed) {
        DunningClaim first = records.get(0);
        Counterparty counterparty =
                new CounterpartyRepository(context)
                        .find(run.company.id(), new CounterpartyId(first.counterpartyId()))
                        .orElseThrow()
                        .counterparty();
        Candidate candidate = new Candidate(counterparty, policies.policyFor(counterparty), null);
        Notice notice = compose(run, candidate, records, listed);
        run.notices.add(notice);
        Map<String, DeliveryStatus> outcome = new LinkedHashMap<>();
        List<Recipient> addresses = recipients.recipientsOf(counterparty);
        for (RenderedNotice rendered : render(notice, run.company, counterparty, addresses)) {
            Recipient recipient = recipientOf(addresses, rendered, notice);
            if (first.doneChannels().contains(recipient.channel())) {
                continue;
            }
            DeliveryStatus status = deliver(run, rendered, recipient.channel());
            outcome.merge(recipient.channel(), status, DefaultDunningService::worse);
        }
        context.write(
                () -> {
                    record(run, candidate.policy(), notice, records, outcome, addresses);
                    return null;
                });
    }

    private static DeliveryStatus worse(DeliveryStatus a, DeliveryStatus b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private List<RenderedNotice> render(
            Notice notice, Company company, Counterparty counterparty, List<Recipient> addresses) {
        return renderer.render(notice, company, counterparty, addresses);
    }

    private static Recipient recipientOf(
            List<Recipient> addresses, RenderedNotice rendered, Notice notice) {
        return addresses.stream()
                .filter(r -> notice.noticeId(r.channel()).equals(rendered.noticeId()))
                .filter(r -> r.address().equals(rendered.recipient()))
                .findFirst()
                .orElseThrow();
    }

    private DeliveryStatus deliver(Run run, RenderedNotice rendered, String channelName) {
        Optional<NotificationChannel> channel =
                channels.stream().filter(c -> c.name().equals(channelName)).findFirst();
        DeliveryResult result;
        if (channel.isEmpty()) {
            result = DeliveryResult.failed("no channel named " + channelName);
        } else {
            try {
                result = channel.get().deliver(rendered);
            } catch (RuntimeException e) {
                LOG.warn(
                        "Channel {} threw {} delivering notice {} to counterparty {}",
                        channelName,
                        e.getClass().getName(),
                        rendered.noticeId(),
                        rendered.counterpartyId());
                result = DeliveryResult.failed(e.getClass().getName());
            }
            if (result == null) {
                result = DeliveryResult.failed("the channel returned no result");
            }
        }
        if (result.status() != DeliveryStatus.DELIVERED) {
            run.failures.add(
                    new DeliveryFailure(
                            rendered.noticeId(),
                            new CounterpartyId(rendered.counterpartyId()),
                            channelName,
                            result.status(),
                            result.reason()));
        }
        return result.status();
    }

    private void record(
            Run run,
            DunningPolicy policy,
            Notice notice,
            List<DunningClaim> records,
            Map<String, DeliveryStatus> outcome,
            List<Recipient> addresses) {
        boolean deliveredNow = outcome.containsValue(DeliveryStatus.DELIVERED);
        List<String> expectedChannels =
                addresses.stream().map(Recipient::channel).distinct().toList();
        Map<UUID, MinorAmount> fees = feeShares(notice, records);
        boolean booked = false;
        // Ledger appends run last: a store may lock a per-company counter for each append until
        // the transaction ends, as the JDBC store does, so runs on other instances wait less.
        List<Runnable> charges = new ArrayList<>();
        List<DunningClaim> results = new ArrayList<>(records.size());
        Map<UUID, List<DunningClaim>> stored =
                repository.ofItems(
                        run.company.id().value(),
                        records.stream().map(DunningClaim::itemId).toList());
        for (DunningClaim claimed : records) {
            DunningClaim current =
                    stored.getOrDefault(claimed.itemId(), List.of()).stream()
                            .filter(c -> c.id().equals(claimed.id()))
                            .findFirst()
                            .orElseThrow();
            List<String> done = new ArrayList<>(current.doneChannels());
            outcome.forEach(
                    (channel, status) -> {
                        if (status != DeliveryStatus.FAILED && !done.contains(channel)) {
                            done.add(channel);
                        }
                    });
            boolean delivered = current.delivered() || deliveredNow;
            MinorAmount fee = fees.get(claimed.id());
            if (deliveredNow && !current.delivered()) {
                charges.add(() -> bookInterest(run, policy, notice, claimed));
                charges.add(() -> handOver(run, policy, claimed));
            }
            if (deliveredNow && !current.delivered() && fee.isPositive()) {
                charges.add(
                        () ->
                                repository.bookFee(
                                        run.company.id(),
                                        notice.counterpartyId(),
                                        new InvoiceId(claimed.itemId()),
                                        fee,
                                        notice.asOf(),
                                        claimed.id()));
                charges.add(() -> ChargeInvoicing.fee(run, policy, notice, claimed, fee));
                booked = true;
            }
            boolean allDone = !expectedChannels.isEmpty() && done.containsAll(expectedChannels);
            DunningClaim.Status status =
                    !allDone
                            ? DunningClaim.Status.FAILED
                            : delivered ? DunningClaim.Status.SENT : DunningClaim.Status.REJECTED;
            results.add(current.withResult(status, done, delivered, fee.toBigDecimal()));
        }
        repository.updateAll(results);
        charges.forEach(Runnable::run);
        if (booked) {
            run.fees.addAll(notice.fees());
        }
    }

    /**
     * Adds to a dry run's result the charge invoices of the fees and interest that delivering
     * {@code notice} would book, the same ones that {@link #record} books.
     */
    private static void proposeChargeInvoices(
            Run run, DunningPolicy policy, Notice notice, List<DunningClaim> records) {
        Map<UUID, MinorAmount> fees = feeShares(notice, records);
        for (DunningClaim record : records) {
            for (InterestLine line : notice.interest()) {
                if (line.invoiceNumber().equals(record.invoiceNumber())) {
                    ChargeInvoicing.interest(run, policy, notice, record, line);
                }
            }
            ChargeInvoicing.fee(run, policy, notice, record, fees.get(record.id()));
        }
    }

    private void bookInterest(Run run, DunningPolicy policy, Notice notice, DunningClaim claimed) {
        for (InterestLine line : notice.interest()) {
            if (line.invoiceNumber().equals(claimed.invoiceNumber())
                    && line.amount().isPositive()) {
                repository.bookInterest(
                        run.company.id(),
                        notice.counterpartyId(),
                        new InvoiceId(claimed.itemId()),
                        MinorAmount.of(line.amount(), RoundingMode.UNNECESSARY),
                        notice.asOf(),
                        claimed.id());
                run.interest.add(line);
                ChargeInvoicing.interest(run, policy, notice, claimed, line);
            }
        }
    }

    private List<InterestLine> interest(Run run, DunningPolicy policy, List<DunningClaim> claims) {
        List<InterestLine> lines = new ArrayList<>();
        if (policy.interest().isEmpty()) {
            return lines;
        }
        InterestSettings settings = policy.interest().get();
        for (DunningClaim claim : claims) {
            boolean adds =
                    policy.level(claim.level())
                            .map(l -> l.does(DunningAction.ADD_INTEREST))
                            .orElse(false);
            if (adds) {
                lines.add(interestLine(run, settings, claim));
            }
        }
        return lines;
    }

    private InterestLine interestLine(Run run, InterestSettings settings, DunningClaim claim) {
        CurrencyUnit currency = currency(claim);
        InvoiceId invoiceId = new InvoiceId(claim.itemId());
        CounterpartyId counterpartyId = new CounterpartyId(claim.counterpartyId());
        LocalDate start =
                settings.start() == InterestStart.FROM_DUE_DATE
                        ? claim.dueDate()
                        : repository.ofItem(run.company.id().value(), claim.itemId()).stream()
                                .map(DunningClaim::asOf)
                                .min(Comparator.naturalOrder())
                                .orElse(claim.asOf());
        LocalDate to = start.isAfter(claim.asOf()) ? start : claim.asOf();
        PrincipalHistory principal =
                repository.principalHistory(
                        run.company.id(), counterpartyId, invoiceId, currency, claim.asOf());
        MinorAmount accrued =
                MinorAmount.of(
                        settings.calculator(run.company.settings().roundingMode())
                                .accrue(principal, start, to)
                                .total(),
                        RoundingMode.UNNECESSARY);
        MinorAmount booked =
                repository.interestBooked(run.company.id(), counterpartyId, invoiceId, currency);
        MinorAmount due = accrued.minus(booked).max(MinorAmount.zero(currency));
        return new InterestLine(claim.invoiceNumber(), start, to, due.toMonetaryAmount());
    }

    /** Returns the fee of each record: its item's fee, or the notice fee on its level's first. */
    private static Map<UUID, MinorAmount> feeShares(Notice notice, List<DunningClaim> records) {
        Map<UUID, MinorAmount> shares = new LinkedHashMap<>();
        records.forEach(r -> shares.put(r.id(), MinorAmount.zero(notice.currency())));
        for (FeeLine fee : notice.fees()) {
            DunningClaim owner =
                    records.stream()
                            .filter(r -> r.level() == fee.level())
                            .filter(
                                    r ->
                                            fee.invoiceNumber().isEmpty()
                                                    || fee.invoiceNumber()
                                                            .get()
                                                            .equals(r.invoiceNumber()))
                            .findFirst()
                            .orElseThrow();
            shares.merge(
                    owner.id(),
                    MinorAmount.of(fee.amount(), RoundingMode.UNNECESSARY),
                    MinorAmount::plus);
        }
        return shares;
    }

    /**
     * Composes the notice of the claimed {@code records}, followed by the {@code listed} items that
     * reached no new level. Fees and interest come from the claimed records only.
     */
    private Notice compose(
            Run run, Candidate candidate, List<DunningClaim> records, List<NoticeLine> listed) {
        DunningPolicy policy = candidate.policy();
        DunningClaim first = records.get(0);
        List<NoticeLine> lines =
                records.stream()
                        .map(
                                r ->
                                        new NoticeLine(
                                                r.invoiceNumber(),
                                                r.dueDate(),
                                                r.daysPastDue(),
                                                io.github.tahsilat.internal.money.MinorAmount.of(
                                                                r.outstanding(),
                                                                currency(r),
                                                                RoundingMode.UNNECESSARY)
                                                        .toMonetaryAmount()))
                        .toList();
        Map<Integer, List<NoticeLine>> byLevel = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            byLevel.computeIfAbsent(records.get(i).level(), k -> new ArrayList<>())
                    .add(lines.get(i));
        }
        int top = ((TreeMap<Integer, List<NoticeLine>>) byLevel).lastKey();
        DunningLevel level = policy.level(top).orElseThrow();
        RoundingMode mode = run.company.settings().roundingMode();
        List<FeeLine> fees = new ArrayList<>();
        byLevel.forEach(
                (number, levelLines) ->
                        policy.level(number)
                                .ifPresent(
                                        l ->
                                                fees.addAll(
                                                        NoticeComposer.fees(l, levelLines, mode))));
        Notice composed =
                NoticeComposer.compose(
                        run.company,
                        candidate.counterparty(),
                        first.runKey(),
                        policy,
                        level,
                        first.asOf(),
                        withListed(lines, listed),
                        List.of(),
                        reference(first));
        return new Notice(
                composed.companyId(),
                composed.counterpartyId(),
                composed.runKey(),
                composed.level(),
                composed.template(),
                composed.currency(),
                composed.asOf(),
                composed.payBy(),
                composed.lines(),
                fees,
                interest(run, policy, records),
                composed.instructions());
    }

    private static List<NoticeLine> withListed(List<NoticeLine> claimed, List<NoticeLine> listed) {
        if (listed.isEmpty()) {
            return claimed;
        }
        List<NoticeLine> all = new ArrayList<>(claimed);
        all.addAll(listed);
        return all;
    }

    /** The characters a payment reference may not contain, compiled once for all notices. */
    private static final java.util.regex.Pattern NOT_IN_REFERENCE =
            java.util.regex.Pattern.compile("[^A-Za-z0-9./-]");

    private static String reference(DunningClaim first) {
        String number = NOT_IN_REFERENCE.matcher(first.invoiceNumber()).replaceAll("");
        return number.isEmpty() ? "DUNNING" : number.substring(0, Math.min(35, number.length()));
    }

    private static CurrencyUnit currency(DunningClaim record) {
        return CurrencyCache.currency(record.currency());
    }

    private void storeHistory(Run run, DunningRunResult result) {
        repository.insertRun(
                run.company.id(),
                run.request.runKey(),
                run.request.asOf(),
                result.notices().size(),
                result.failures().size(),
                result.exclusions().size(),
                totals(result.fees().stream().map(FeeLine::amount).toList()),
                totals(result.interest().stream().map(InterestLine::amount).toList()));
    }

    private static Map<String, BigDecimal> totals(List<MonetaryAmount> amounts) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (MonetaryAmount amount : amounts) {
            totals.merge(
                    amount.getCurrency().getCurrencyCode(),
                    amount.getNumber().numberValue(BigDecimal.class),
                    BigDecimal::add);
        }
        return totals;
    }
}
