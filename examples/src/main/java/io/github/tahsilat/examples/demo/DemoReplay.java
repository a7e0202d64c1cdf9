package io.github.tahsilat.examples.demo;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.dunning.PolicyText;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.invoice.CreditApplication;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.store.EventLog;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.UnmatchedLine;
import io.github.tahsilat.report.AgingAmounts;
import io.github.tahsilat.report.AgingBucket;
import io.github.tahsilat.report.AgingLine;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.OpenItem;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningService;
import io.github.tahsilat.service.dunning.Exclusion;
import io.github.tahsilat.service.dunning.ExclusionReason;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.StoredPayment;
import io.github.tahsilat.service.plan.PaymentPlan;
import io.github.tahsilat.service.plan.PaymentPlanRequest;
import io.github.tahsilat.service.plan.PaymentPlanService;
import io.github.tahsilat.service.plan.PlanEvaluation;
import io.github.tahsilat.service.reconciliation.BookedLine;
import io.github.tahsilat.service.reconciliation.BookingKind;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.ReconciliationService;
import io.github.tahsilat.service.reconciliation.ReversalForReview;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.service.reconciliation.SuggestedLine;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Replays a {@link DemoScenario} day by day through the library on the in-memory store.
 *
 * <p>Each day, in this order: the day's invoices are issued; its credit notes are recorded and
 * applied; its disputes are recorded as dunning blocks and its promises to pay through the dunning
 * service; cheques and promissory notes are received and endorsed through the instrument service;
 * its payment plans are agreed through {@link Tahsilat#paymentPlans()}. On a business day the day's
 * bank entries are then written as a camt.053 file to {@code statements/} in the output folder and
 * read back through the {@code bank-statements} module. The collected instruments among them are
 * cleared, and the other lines are imported with {@link Tahsilat#reconciliation()}, which matches
 * them, books the sure ones and stores their bank-entry keys. Then the day's bounces and endorsed
 * clearings are recorded, and dunning runs as of the day. The run judges each active payment plan
 * first, so a plan breaks or completes there, and it leaves the items of the plans still active
 * out. On each month's last day the aging of the month end is taken from the report service, and
 * the portfolio of instruments from the instrument service. Not thread-safe; each run builds its
 * own engine.
 */
public final class DemoReplay {

    /** The dunning policy: three reminders, 7, 21 and 45 days past due, no fees. */
    static final String POLICY =
            String.join(
                    "\n",
                    "policy demo",
                    "level 1 after 7 days",
                    "level 2 after 21 days",
                    "level 3 after 45 days");

    /** Receives the replay's progress, one call per day. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Reports that {@code done} of {@code total} days are replayed, the last being {@code day}.
         */
        void dayDone(int done, int total, LocalDate day);
    }

    private final DemoScenario scenario;
    private final StatementFiles files;
    private final CompanyId companyId;
    private final BusinessCalendar calendar;
    private final ReplayClock clock;
    private final NoticeOutbox outbox;
    private final Tahsilat engine;
    private final DunningService dunning;
    private final InstrumentDesk desk;
    private final PaymentPlanService paymentPlans;
    private final List<UUID> planIds = new ArrayList<>();
    private final Set<InvoiceId> excludedByPlans = new HashSet<>();
    private int planExclusions;
    private final List<LocalDate> promiseDates = new ArrayList<>();
    private LocalDate lastRun;
    private final ReconciliationService reconciliation;
    private final Map<PaymentId, BookedPayment> bookedPayments = new HashMap<>();
    private final List<DemoResult.StatementDay> statementDays = new ArrayList<>();
    private DemoResult.Reimport reimport;
    private final Map<CounterpartyId, Counterparty> counterparties = new HashMap<>();
    private final Map<CurrencyUnit, Sums> sums = new LinkedHashMap<>();
    private final List<DemoResult.AgingSnapshot> agings = new ArrayList<>();
    private final List<DemoResult.MonthCollections> collections = new ArrayList<>();
    private final Map<CurrencyUnit, MonetaryAmount> forecast = new LinkedHashMap<>();
    private final Map<CurrencyUnit, MonetaryAmount> collectedThisMonth = new LinkedHashMap<>();
    private List<String> bucketLabels = List.of();
    private AgingReport lastAging;
    private int creditNotes;
    private int disputes;
    private int promises;
    private int dunningRuns;

    private DemoReplay(DemoScenario scenario, Path outputFolder) {
        this.scenario = scenario;
        this.files =
                new StatementFiles(
                        outputFolder.resolve("statements"),
                        scenario.company().legalName(),
                        scenario.company().bankAccounts());
        this.companyId = scenario.company().id();
        this.calendar = scenario.context().calendar();
        this.clock = new ReplayClock(scenario.company().settings().zone(), scenario.first());
        this.outbox = new NoticeOutbox(outputFolder.resolve("outbox"), clock);

        this.engine =
                Tahsilat.builder()
                        .stores(InMemoryStores.create())
                        .clock(clock)
                        .systemActor(Actor.system("demo-replay"))
                        .settings(TahsilatSettings.defaults().withCalendar("TR", calendar))
                        .notificationChannel(outbox)
                        .build();

        Map<CounterpartyId, String> emails = new HashMap<>();
        scenario.customers().forEach(customer -> emails.put(customer.id(), customer.email()));
        this.dunning =
                engine.dunning(
                        PolicyBook.builder(PolicyText.parse(POLICY)).build(),
                        counterparty ->
                                List.of(
                                        new Recipient(
                                                "email",
                                                emails.get(counterparty.id()),
                                                "text/plain")));
        this.reconciliation = engine.reconciliation();
        this.paymentPlans = engine.paymentPlans();
        this.desk =
                new InstrumentDesk(
                        engine,
                        companyId,
                        scenario.supplier().id(),
                        scenario.company().settings().functionalCurrency());

        for (CurrencyUnit currency : files.currencies()) {
            sums.put(currency, new Sums(currency));
        }
    }

    /**
     * Replays the scenario, writing the day's statements under {@code outputFolder/statements} and
     * the first notices under {@code outputFolder/outbox}.
     *
     * @throws UncheckedIOException if a file cannot be written or read
     */
    public static DemoResult run(DemoScenario scenario, Path outputFolder, Progress progress) {
        long started = System.nanoTime();
        DemoReplay replay = new DemoReplay(scenario, outputFolder);
        replay.start();
        int done = 0;
        for (DemoDay day : scenario.days()) {
            replay.replay(day);
            progress.dayDone(++done, scenario.days().size(), day.date());
        }
        return replay.result(Duration.ofNanos(System.nanoTime() - started));
    }

    private void start() {
        files.createFolder();
        outbox.clearEarlierNotices();
        engine.companies().register(scenario.company());
        engine.counterparties().register(scenario.supplier());
        for (DemoCustomer customer : scenario.customers()) {
            Counterparty counterparty =
                    Counterparty.builder()
                            .id(customer.id())
                            .companyId(companyId)
                            .kind(CounterpartyKind.CUSTOMER)
                            .name(customer.name())
                            .addIban(customer.iban())
                            .build();
            engine.counterparties().register(counterparty);
            counterparties.put(customer.id(), counterparty);
        }
    }

    private void replay(DemoDay day) {
        LocalDate date = day.date();
        clock.moveTo(date);
        if (date.getDayOfMonth() == 1) {
            forecastMonth(date);
        }
        day.invoices().forEach(this::issue);
        day.credits().forEach(this::credit);
        for (PlannedDispute dispute : day.disputes()) {
            dunning.block(companyId, dispute.invoiceId(), dispute.block());
            disputes++;
        }
        day.promises().forEach(this::promise);
        List<InstrumentEvent> atMaturity = new ArrayList<>();
        for (InstrumentEvent event : day.instruments()) {
            switch (event.step()) {
                case RECEIVE, ENDORSE, HAND_TO_BANK -> desk.apply(event, date);
                case CLEAR_ENDORSED, BOUNCE -> atMaturity.add(event);
            }
        }
        // A plan is agreed before the day's statement, which may carry its down payment.
        day.paymentPlans().forEach(this::agree);
        if (calendar.isBusinessDay(date)) {
            importStatement(date, day.entries());
        }
        // The supplier's bank or ours reports the maturity outcome after the day's statement.
        for (InstrumentEvent event : atMaturity) {
            desk.apply(event, date).ifPresent(this::countCleared);
        }
        if (calendar.isBusinessDay(date)) {
            countPlanExclusions(dunning.run(DunningRunRequest.of(companyId, date)));
            dunningRuns++;
            lastRun = date;
        }
        if (date.equals(YearMonth.from(date).atEndOfMonth())) {
            closeMonth(date);
            desk.closeMonth(date);
        }
    }

    private void issue(Invoice invoice) {
        engine.invoices().issue(InvoiceRequest.of(invoice).withIdempotencyKey(invoice.number()));
        Sums currency = sums.get(invoice.currency());
        currency.invoiced = currency.invoiced.add(invoice.receivable());
    }

    private void credit(PlannedCredit credit) {
        engine.creditDocuments().record(credit.document(), Optional.of(credit.document().number()));
        CreditApplication application =
                engine.creditDocuments()
                        .apply(companyId, credit.document().id(), credit.invoiceId());
        Sums currency = sums.get(credit.document().currency());
        currency.credited = currency.credited.add(application.applied());
        creditNotes++;
    }

    /** Records a promise while the invoice is still open; a paid invoice needs none. */
    private void promise(PlannedPromise promise) {
        Invoice invoice =
                engine.invoices().find(companyId, promise.invoiceId()).orElseThrow().invoice();
        MonetaryAmount open = invoice.outstanding();
        if (!open.isPositive()) {
            return;
        }
        MonetaryAmount amount = open.isLessThan(promise.amount()) ? open : promise.amount();
        dunning.promise(companyId, promise.invoiceId(), promise.payBy(), amount);
        promiseDates.add(promise.payBy());
        promises++;
    }

    /**
     * Agrees a payment plan over the planned items that are still open. A stray payment booked on
     * an item before the plan date can have settled it, and then the plan leaves it out.
     */
    private void agree(PlannedPaymentPlan planned) {
        List<InvoiceId> open =
                planned.items().stream()
                        .filter(
                                id ->
                                        engine.invoices()
                                                .find(companyId, id)
                                                .orElseThrow()
                                                .invoice()
                                                .outstanding()
                                                .isPositive())
                        .toList();
        if (open.isEmpty()) {
            return;
        }
        PaymentPlan plan =
                paymentPlans.create(
                        new PaymentPlanRequest(
                                "plan-" + planned.customerId() + "-" + planned.agreedOn(),
                                companyId,
                                planned.customerId(),
                                planned.agreedOn(),
                                open,
                                planned.terms()));
        planIds.add(plan.id());
        Sums currency = sums.get(plan.schedule().total().getCurrency());
        currency.interest = currency.interest.add(plan.schedule().interest());
    }

    private void countPlanExclusions(DunningRunResult run) {
        for (Exclusion exclusion : run.exclusions()) {
            if (exclusion.reason() == ExclusionReason.PAYMENT_PLAN) {
                planExclusions++;
                excludedByPlans.add(exclusion.invoiceId());
            }
        }
    }

    private void importStatement(LocalDate date, List<PlannedEntry> entries) {
        Path file = files.write(date, entries);
        String statementId = file.getFileName().toString();
        StatementFiles.DayEntries read = files.read(file);
        for (String serialNumber : read.collectedInstruments()) {
            countCleared(desk.clearCollected(serialNumber, date));
        }
        ReconciliationResult result = book(statementId, read.lines());
        int matched = 0;
        int reversed = 0;
        for (BookedLine booked : result.booked()) {
            if (booked.kind() == BookingKind.PAYMENT) {
                matched++;
            } else {
                reversed++;
            }
        }
        int unmatched = result.unmatched().size() + result.reversalsForReview().size();
        statementDays.add(
                new DemoResult.StatementDay(
                        date, matched, result.suggested().size(), unmatched, reversed));
        if (reimport == null && matched > 0) {
            // A host imports a file again after a retry or an overlapping download. The stored
            // bank-entry keys must make the second import book nothing.
            ReconciliationResult again =
                    reconciliation.importStatement(
                            new StatementImport(companyId, statementId, files.read(file).lines()));
            reimport =
                    new DemoResult.Reimport(
                            date, again.booked().size(), again.alreadyBooked().size());
        }
    }

    private void countCleared(InstrumentDesk.Cleared cleared) {
        CurrencyUnit unit = cleared.applied().getCurrency();
        Sums currency = sums.get(unit);
        currency.instruments = currency.instruments.add(cleared.applied());
        currency.discounts = currency.discounts.add(cleared.discounts());
        collectedThisMonth.merge(unit, cleared.applied(), MonetaryAmount::add);
    }

    /**
     * Imports one day's bank lines through the library's reconciliation and adds what it booked to
     * the sums: payments with what their allocations applied, and returns as the payments they took
     * back.
     */
    private ReconciliationResult book(String statementId, List<BankLine> lines) {
        if (lines.isEmpty()) {
            // NOTE: an import loads every open item of the company before it matches, so the
            // replay skips days without lines. That load is most of the replay's time.
            return new ReconciliationResult(
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        ReconciliationResult result =
                reconciliation.importStatement(new StatementImport(companyId, statementId, lines));
        for (BookedLine booked : result.booked()) {
            if (booked.kind() == BookingKind.PAYMENT) {
                count(booked.paymentId());
            } else {
                uncount(booked.paymentId());
            }
        }
        for (SuggestedLine suggested : result.suggested()) {
            leaveForReview(suggested.proposal().line());
        }
        for (UnmatchedLine unmatched : result.unmatched()) {
            leaveForReview(unmatched.line());
        }
        for (ReversalForReview reversal : result.reversalsForReview()) {
            leaveForReview(reversal.reversal().line());
        }
        return result;
    }

    private void leaveForReview(BankLine line) {
        Sums currency = sums.get(line.amount().getCurrency());
        currency.leftForReview = currency.leftForReview.add(line.amount().abs());
    }

    /** Adds a payment the import booked, reading its allocations back from the store. */
    private void count(PaymentId paymentId) {
        StoredPayment stored = engine.payments().find(companyId, paymentId).orElseThrow();
        Payment payment = stored.payment();
        CurrencyUnit unit = payment.currency();
        MonetaryAmount discount = zero(unit);
        for (AllocationRecord allocation :
                engine.stores().allocations().findBySource(companyId.value(), paymentId.value())) {
            discount = discount.add(Money.of(allocation.discount(), unit));
        }
        MonetaryAmount applied = payment.amount().subtract(stored.unapplied());
        BookedPayment booked = new BookedPayment(payment.amount(), applied, discount);
        bookedPayments.put(paymentId, booked);
        add(unit, booked);
        collectedThisMonth.merge(unit, applied, MonetaryAmount::add);
    }

    /** Takes back a payment that a returned bank line reversed. */
    private void uncount(PaymentId paymentId) {
        BookedPayment booked = bookedPayments.remove(paymentId);
        if (booked == null) {
            return;
        }
        CurrencyUnit unit = booked.amount().getCurrency();
        add(unit, booked.negate());
        collectedThisMonth.merge(unit, booked.applied().negate(), MonetaryAmount::add);
    }

    private void add(CurrencyUnit unit, BookedPayment booked) {
        Sums currency = sums.get(unit);
        currency.received = currency.received.add(booked.amount());
        currency.applied = currency.applied.add(booked.applied());
        currency.overpaid = currency.overpaid.add(booked.amount().subtract(booked.applied()));
        currency.discounts = currency.discounts.add(booked.discount());
    }

    /**
     * The amounts one booked payment added to the sums, kept so that a return can take them back.
     */
    private record BookedPayment(
            MonetaryAmount amount, MonetaryAmount applied, MonetaryAmount discount) {

        BookedPayment negate() {
            return new BookedPayment(amount.negate(), applied.negate(), discount.negate());
        }
    }

    /**
     * Takes the open amounts falling due within the month, as known on its first day: the plain
     * due-date forecast. Items already overdue on the first day are left out, because a forecast
     * that counted them would expect every late customer to pay at once.
     */
    private void forecastMonth(LocalDate firstDay) {
        forecast.clear();
        collectedThisMonth.clear();
        files.currencies().forEach(unit -> forecast.put(unit, Money.zero(unit)));
        LocalDate nextMonth = firstDay.plusMonths(1);
        PageRequest request = PageRequest.first(Page.MAX_SIZE);
        while (true) {
            Page<OpenItem> page =
                    engine.invoices().openItemsDueBefore(companyId, nextMonth, request);
            for (OpenItem item : page.items()) {
                if (item.dueDate().isBefore(firstDay)) {
                    continue;
                }
                forecast.merge(
                        item.outstanding().getCurrency(), item.outstanding(), MonetaryAmount::add);
            }
            if (page.next().isEmpty()) {
                return;
            }
            request = PageRequest.after(page.next().get(), Page.MAX_SIZE);
        }
    }

    private void closeMonth(LocalDate monthEnd) {
        AgingReport aging = engine.reports().aging(companyId, AgingOptions.asOf(monthEnd));
        bucketLabels =
                aging.options().buckets().buckets().stream().map(AgingBucket::label).toList();
        for (CurrencyUnit unit : files.currencies()) {
            List<MonetaryAmount> buckets =
                    aging.totals().stream()
                            .filter(total -> total.currency().equals(unit))
                            .findFirst()
                            .map(AgingAmounts::buckets)
                            .orElseGet(() -> bucketLabels.stream().map(l -> zero(unit)).toList());
            agings.add(new DemoResult.AgingSnapshot(monthEnd, unit, buckets));
            collections.add(
                    new DemoResult.MonthCollections(
                            YearMonth.from(monthEnd),
                            unit,
                            forecast.getOrDefault(unit, zero(unit)),
                            collectedThisMonth.getOrDefault(unit, zero(unit))));
        }
        lastAging = aging;
    }

    private DemoResult result(Duration elapsed) {
        List<DemoResult.CurrencyFigures> figures = new ArrayList<>();
        MonetaryAmount fees = desk.result().feesCharged();
        sums.get(fees.getCurrency()).fees = fees;
        Map<CurrencyUnit, MonetaryAmount> owed = owedAtEnd();
        for (Sums currency : sums.values()) {
            figures.add(currency.toFigures(owed.getOrDefault(currency.unit, zero(currency.unit))));
        }
        int invoices = scenario.days().stream().mapToInt(day -> day.invoices().size()).sum();
        int broken = brokenPromises();
        long judged =
                promiseDates.stream()
                        .filter(payBy -> lastRun != null && payBy.isBefore(lastRun))
                        .count();
        DemoResult.Counts counts =
                new DemoResult.Counts(
                        invoices,
                        creditNotes,
                        disputes,
                        promises,
                        (int) judged - broken,
                        broken,
                        files.written(),
                        dunningRuns);
        DemoResult.Instruments instruments = desk.result();
        DemoResult.PaymentPlans plans = planResult();
        return new DemoResult(
                scenario.company().legalName(),
                scenario.seed(),
                scenario.customers().size(),
                scenario.first(),
                scenario.last(),
                counts,
                statementDays,
                reimport,
                instruments,
                plans,
                figures,
                bucketLabels,
                agings,
                collections,
                outbox.byMonth(),
                largestBalances(),
                elapsed);
    }

    /**
     * Counts the promises that dunning runs judged broken, from the {@link
     * DunningService#PROMISE_BROKEN} events in the library's event log.
     */
    private int brokenPromises() {
        EventLog log = engine.stores().events();
        int broken = 0;
        long after = 0;
        while (true) {
            Page<EventRecord> page = log.readAfter(companyId.value(), after, Page.MAX_SIZE);
            for (EventRecord event : page.items()) {
                if (DunningService.PROMISE_BROKEN.equals(event.type())) {
                    broken++;
                }
                after = event.sequence();
            }
            if (page.next().isEmpty()) {
                return broken;
            }
        }
    }

    /**
     * Reads every plan back from the payment plan service with its standing as of the last dunning
     * run, which judged the active ones already, so that the evaluation changes no status.
     */
    private DemoResult.PaymentPlans planResult() {
        Map<CurrencyUnit, PlanSums> money = new LinkedHashMap<>();
        files.currencies().forEach(unit -> money.put(unit, new PlanSums(unit)));
        Map<YearMonth, int[]> months = new TreeMap<>();
        YearMonth lastMonth = YearMonth.from(scenario.last());
        for (YearMonth month = YearMonth.from(scenario.first());
                !month.isAfter(lastMonth);
                month = month.plusMonths(1)) {
            months.put(month, new int[3]);
        }
        int items = 0;
        int completed = 0;
        int broken = 0;
        int active = 0;
        for (UUID planId : planIds) {
            PaymentPlan stored = paymentPlans.find(companyId, planId).orElseThrow();
            LocalDate asOf =
                    lastRun == null || lastRun.isBefore(stored.planDate())
                            ? stored.planDate()
                            : lastRun;
            PlanEvaluation evaluation = paymentPlans.evaluate(companyId, planId, asOf);
            PaymentPlan plan = evaluation.plan();
            items += plan.items().size();
            months.computeIfAbsent(YearMonth.from(plan.planDate()), m -> new int[3])[0]++;
            switch (plan.status()) {
                case COMPLETED -> completed++;
                case BROKEN -> broken++;
                case ACTIVE -> active++;
                case CANCELLED -> {
                    // The demo cancels no plan.
                }
            }
            plan.closedOn()
                    .ifPresent(
                            closedOn -> {
                                int[] month =
                                        months.computeIfAbsent(
                                                YearMonth.from(closedOn), m -> new int[3]);
                                switch (plan.status()) {
                                    case COMPLETED -> month[1]++;
                                    case BROKEN -> month[2]++;
                                    default -> {
                                        // Only completed and broken plans are charted.
                                    }
                                }
                            });
            money.get(plan.schedule().total().getCurrency()).add(evaluation);
        }
        List<DemoResult.PlanMonth> byMonth = new ArrayList<>();
        months.forEach(
                (month, counts) ->
                        byMonth.add(
                                new DemoResult.PlanMonth(month, counts[0], counts[1], counts[2])));
        return new DemoResult.PaymentPlans(
                planIds.size(),
                items,
                completed,
                broken,
                active,
                planExclusions,
                excludedByPlans.size(),
                money.values().stream().map(PlanSums::toMoney).toList(),
                byMonth);
    }

    /** The running sums of one currency's payment plans. */
    private static final class PlanSums {
        final CurrencyUnit unit;
        int agreed;
        MonetaryAmount restructured;
        MonetaryAmount interest;
        MonetaryAmount paid;
        MonetaryAmount outstandingActive;

        PlanSums(CurrencyUnit unit) {
            this.unit = unit;
            restructured = zero(unit);
            interest = zero(unit);
            paid = zero(unit);
            outstandingActive = zero(unit);
        }

        void add(PlanEvaluation evaluation) {
            agreed++;
            restructured = restructured.add(evaluation.plan().schedule().restructured());
            interest = interest.add(evaluation.plan().schedule().interest());
            paid = paid.add(evaluation.standing().paid());
            if (evaluation.plan().isActive()) {
                outstandingActive = outstandingActive.add(evaluation.standing().outstanding());
            }
        }

        DemoResult.PlanMoney toMoney() {
            return new DemoResult.PlanMoney(
                    unit, agreed, restructured, interest, paid, outstandingActive);
        }
    }

    /**
     * Sums what every invoice still owes at the end, with the fees and interest open on it, from
     * the invoice and charge services.
     *
     * <p>The sum is taken from the services rather than from the last aging, so the summary's
     * outstanding column and the month-end aging are two independent readings of one figure.
     */
    private Map<CurrencyUnit, MonetaryAmount> owedAtEnd() {
        Map<CurrencyUnit, MonetaryAmount> owed = new LinkedHashMap<>();
        for (DemoDay day : scenario.days()) {
            for (Invoice invoice : day.invoices()) {
                MonetaryAmount outstanding =
                        engine.invoices()
                                .find(companyId, invoice.id())
                                .orElseThrow()
                                .invoice()
                                .outstanding();
                MonetaryAmount charges =
                        engine.charges().openCharges(companyId, invoice.id()).total();
                owed.merge(invoice.currency(), outstanding.add(charges), MonetaryAmount::add);
            }
        }
        return owed;
    }

    /** Returns the five largest outstanding amounts of each currency at the end. */
    private List<DemoResult.OpenBalance> largestBalances() {
        if (lastAging == null) {
            return List.of();
        }
        List<DemoResult.OpenBalance> largest = new ArrayList<>();
        for (CurrencyUnit unit : files.currencies()) {
            lastAging.lines().stream()
                    .filter(line -> line.amounts().currency().equals(unit))
                    .sorted(
                            Comparator.comparing(
                                            (AgingLine line) -> line.amounts().total(),
                                            MonetaryAmount::compareTo)
                                    .reversed())
                    .limit(5)
                    .forEach(
                            line ->
                                    largest.add(
                                            new DemoResult.OpenBalance(
                                                    counterparties
                                                            .get(line.counterpartyId())
                                                            .name(),
                                                    line.amounts().total())));
        }
        return largest;
    }

    private static MonetaryAmount zero(CurrencyUnit unit) {
        return Money.zero(unit);
    }

    /** The running sums of one currency. */
    private static final class Sums {
        final CurrencyUnit unit;
        MonetaryAmount invoiced;
        MonetaryAmount fees;
        MonetaryAmount interest;
        MonetaryAmount received;
        MonetaryAmount applied;
        MonetaryAmount instruments;
        MonetaryAmount discounts;
        MonetaryAmount credited;
        MonetaryAmount overpaid;
        MonetaryAmount leftForReview;

        Sums(CurrencyUnit unit) {
            this.unit = unit;
            MonetaryAmount zero = zero(unit);
            invoiced = zero;
            fees = zero;
            interest = zero;
            received = zero;
            applied = zero;
            instruments = zero;
            discounts = zero;
            credited = zero;
            overpaid = zero;
            leftForReview = zero;
        }

        DemoResult.CurrencyFigures toFigures(MonetaryAmount outstanding) {
            return new DemoResult.CurrencyFigures(
                    unit,
                    invoiced,
                    fees,
                    interest,
                    received,
                    applied,
                    instruments,
                    discounts,
                    credited,
                    overpaid,
                    leftForReview,
                    outstanding);
        }
    }
}
