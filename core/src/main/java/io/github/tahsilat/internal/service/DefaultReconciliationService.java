package io.github.tahsilat.internal.service;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.error.TahsilatException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.persistence.BankEntryRepository;
import io.github.tahsilat.internal.persistence.BatchCandidates;
import io.github.tahsilat.internal.persistence.BookedEntry;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.KeptMatchIndexes;
import io.github.tahsilat.internal.persistence.OpenItemCandidates;
import io.github.tahsilat.internal.persistence.ReconciliationQueueRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BankLineMatcher;
import io.github.tahsilat.reconciliation.ManualMatch;
import io.github.tahsilat.reconciliation.MatchReason;
import io.github.tahsilat.reconciliation.MatchResult;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.Proposal;
import io.github.tahsilat.reconciliation.ReportedCharge;
import io.github.tahsilat.reconciliation.ReversalProposal;
import io.github.tahsilat.reconciliation.UnmatchedLine;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.reconciliation.AlreadyBookedLine;
import io.github.tahsilat.service.reconciliation.BookedLine;
import io.github.tahsilat.service.reconciliation.BookingKind;
import io.github.tahsilat.service.reconciliation.QueuedLine;
import io.github.tahsilat.service.reconciliation.QueuedLineResolvedException;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.ReconciliationService;
import io.github.tahsilat.service.reconciliation.ReconciliationUnit;
import io.github.tahsilat.service.reconciliation.ReversalForReview;
import io.github.tahsilat.service.reconciliation.StatementApplier;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.service.reconciliation.SuggestedLine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reconciliation service over the host's stores. Immutable and thread-safe.
 *
 * <p>Each import reads, through the stores' matching indexes, only the open receivables that its
 * lines may pay, so its cost grows with its lines and not with the company's open items. It matches
 * them with {@code CompactBankLineMatcher} over a compact index of those items, and the lines that
 * it leaves with {@code BankLineMatcher}, when that gives the same result as {@code
 * BankLineMatcher} for all lines (see {@link CompactStatementMatch}). Else it matches them with
 * {@code BankLineMatcher} over an {@code OpenItemIndex} of them. An engine built with {@code
 * keepMatchIndex()} over a store that offers a feed of its open receivables first tries the compact
 * matcher over the company's kept index, which reads candidates only for the lines that the compact
 * matcher leaves.
 */
public final class DefaultReconciliationService implements ReconciliationService {

    /** The maximum length of a dismissal's reason, the same as of a manual match's note. */
    static final int MAX_REASON_LENGTH = ManualMatch.MAX_NOTE_LENGTH;

    private static final Logger LOG = LoggerFactory.getLogger(DefaultReconciliationService.class);

    private final StoreContext context;
    private final MatchSettings settings;
    private final AllocationPolicy policy;
    private final boolean compactMatching;
    private final Optional<KeptMatchIndexes> keptIndexes;

    /**
     * Creates the service.
     *
     * @throws InvalidInputException if the settings or the policy is {@code null}
     */
    public DefaultReconciliationService(
            StoreContext context, MatchSettings settings, AllocationPolicy policy) {
        this(context, settings, policy, true);
    }

    /**
     * Creates the service, with {@code compactMatching} false to match every import with {@code
     * BankLineMatcher}, so that tests can compare the two paths.
     *
     * @throws InvalidInputException if the settings or the policy is {@code null}
     */
    public DefaultReconciliationService(
            StoreContext context,
            MatchSettings settings,
            AllocationPolicy policy,
            boolean compactMatching) {
        this(context, settings, policy, compactMatching, Optional.empty());
    }

    /**
     * Creates the service. With {@code keptIndexes}, an import whose lines the compact matcher
     * decides alike matches them against the company's kept index, without reading candidates.
     *
     * @param compactMatching false to match every import with {@code BankLineMatcher}, so that
     *     tests can compare the paths
     * @throws InvalidInputException if the settings or the policy is {@code null}
     */
    public DefaultReconciliationService(
            StoreContext context,
            MatchSettings settings,
            AllocationPolicy policy,
            boolean compactMatching,
            Optional<KeptMatchIndexes> keptIndexes) {
        this.context = context;
        this.settings = InputChecks.present(settings, "settings", "match settings");
        this.policy = InputChecks.present(policy, "policy", "an allocation policy");
        this.compactMatching = compactMatching;
        this.keptIndexes = keptIndexes;
    }

    @Override
    public ReconciliationResult importStatement(StatementImport statement) {
        InputChecks.present(statement, "statement", "a statement to import");
        return importLines(statement, key -> true, statement.statementId());
    }

    @Override
    public List<ReconciliationUnit> units(StatementImport statement, int count) {
        return ReconciliationUnit.split(statement, count);
    }

    @Override
    public ReconciliationResult runUnit(ReconciliationUnit unit, StatementImport statement) {
        InputChecks.present(unit, "unit", "a reconciliation unit");
        InputChecks.present(statement, "statement", "the statement the unit splits");
        if (!unit.companyId().equals(statement.companyId())
                || !unit.statementId().equals(statement.statementId())) {
            throw new InvalidInputException(
                    "unit",
                    unit.label(),
                    "a unit of statement "
                            + statement.statementId()
                            + " of company "
                            + statement.companyId());
        }
        return importLines(statement, unit::contains, unit.label());
    }

    /**
     * Imports the lines of {@code statement} whose key is in scope. The keys of the other lines are
     * passed to the matcher as recorded, so it skips them, and are left out of the result.
     */
    private ReconciliationResult importLines(
            StatementImport statement, Predicate<BankEntryKey> inScope, String label) {
        CompanyId companyId = statement.companyId();
        new CompanyRepository(context).require(companyId);
        List<BankEntryKey> keys = BankEntryKey.forStatement(statement.lines());
        // While every line so far is in scope, as in an import of the whole statement, the
        // statement's own lists serve as the scoped ones, and copies start at the first line out.
        List<BankEntryKey> scopedKeys = keys;
        List<BankLine> scopedLines = statement.lines();
        Set<String> skipped = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            BankEntryKey key = keys.get(i);
            boolean copying = scopedKeys != keys;
            if (inScope.test(key)) {
                if (copying) {
                    scopedKeys.add(key);
                    scopedLines.add(statement.lines().get(i));
                }
                continue;
            }
            if (!copying) {
                scopedKeys = new ArrayList<>(keys.subList(0, i));
                scopedLines = new ArrayList<>(statement.lines().subList(0, i));
            }
            skipped.addAll(key.keysToRecord());
        }
        ScopedLines lines = new ScopedLines(scopedKeys, scopedLines);

        BankEntryRepository bankEntries = new BankEntryRepository(context);
        // Read before the first look-up, so that an entry stored after it changes the version.
        OptionalLong versionBeforeLookup = bankEntries.writeVersion(companyId);
        // Without a version, the second look-up in moveBookedSince always runs, and reuses the
        // marked content keys of this one.
        BankEntryRepository.MarkedKeys markedKeys =
                versionBeforeLookup.isPresent()
                        ? null
                        : new BankEntryRepository.MarkedKeys(scopedKeys.size());
        Map<String, BookedEntry> recorded = bankEntries.recorded(companyId, scopedKeys, markedKeys);
        skipped.addAll(recorded.keySet());
        Map<BankEntryKey, String> settled =
                settledBatches(
                        companyId, statement.statementId(), scopedKeys, scopedLines, recorded);
        for (BankEntryKey key : settled.keySet()) {
            skipped.addAll(key.keysToRecord());
        }
        MatchResult match = match(statement, keys, scopedKeys, scopedLines, skipped);

        Collector collector = new Collector();
        StatementBooking booking =
                new StatementBooking(
                        context,
                        companyId,
                        statement.statementId(),
                        policy,
                        QueuedLine.ResolutionKind.BOOKED_BY_IMPORT);
        for (BankEntryKey key : match.alreadyBooked()) {
            if (lines.contains(key)) {
                String reason =
                        settled.containsKey(key) ? settled.get(key) : earlierBooking(key, recorded);
                collector.alreadyBooked.add(new AlreadyBookedLine(key, lines.get(key), reason));
            }
        }
        collector.endSource();
        for (Proposal proposal : match.proposals()) {
            book(booking, proposal, collector);
        }
        collector.endSource();
        for (ReversalProposal reversal : match.reversals()) {
            reverse(booking, reversal, collector);
        }
        collector.endSource();
        List<UnmatchedLine> unmatched = new ArrayList<>(match.unmatched());
        moveBookedSince(companyId, unmatched, collector, versionBeforeLookup, markedKeys);
        int queued = queueUnbooked(companyId, statement.statementId(), lines, unmatched, collector);
        collector.sortMerged();
        assert collector.inMatchOrder(unmatched) : "result lists out of match order";
        ReconciliationResult result =
                new ReconciliationResult(
                        collector.booked,
                        collector.suggested,
                        collector.reversals,
                        unmatched,
                        collector.alreadyBooked,
                        bookedCharges(match.charges(), collector.booked));
        LOG.debug(
                "Company {} statement {}: {} lines, {} booked, {} suggested, {} reversals to"
                        + " review, {} unmatched, {} already booked, {} newly queued",
                companyId,
                label,
                scopedKeys.size(),
                result.booked().size(),
                result.suggested().size(),
                result.reversalsForReview().size(),
                result.unmatched().size(),
                result.alreadyBooked().size(),
                queued);
        return result;
    }

    /**
     * Matches the lines in scope: against the company's kept index when there is one and the
     * compact matcher decides the lines alike, else against candidates read for the batch, with the
     * compact matcher when it decides them alike, and else with {@code BankLineMatcher}. On both
     * compact paths, {@code BankLineMatcher} may match the lines that the compact matcher leaves,
     * when that gives the same result (see {@link CompactStatementMatch}).
     */
    private MatchResult match(
            StatementImport statement,
            List<BankEntryKey> keys,
            List<BankEntryKey> scopedKeys,
            List<BankLine> scopedLines,
            Set<String> skipped) {
        CompanyId companyId = statement.companyId();
        CompactStatementMatch compactMatch = new CompactStatementMatch(settings);
        if (compactMatching && keptIndexes.isPresent()) {
            // The rest's candidates are read for the rest's lines only, because the candidates
            // of a line are what the built-in rules find for it in an index of every open item.
            CompactStatementMatch.RestMatcher readAndMatchRest =
                    (restKeys, restLines, decided) -> {
                        BatchCandidates restCandidates =
                                new OpenItemCandidates(context)
                                        .forLines(companyId, restLines, settings);
                        return new BankLineMatcher(restCandidates.objectIndex(), settings)
                                .matchRest(restLines, restKeys, skipped, decided);
                    };
            Optional<MatchResult> kept =
                    compactMatch.matchKept(
                            scopedKeys,
                            scopedLines,
                            skipped,
                            companyId,
                            keptIndexes.get(),
                            readAndMatchRest);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        BatchCandidates candidates =
                new OpenItemCandidates(context).forLines(companyId, scopedLines, settings);
        Supplier<BankLineMatcher> objectMatcher =
                memoized(() -> new BankLineMatcher(candidates.objectIndex(), settings));
        Optional<MatchResult> compact =
                compactMatching
                        ? compactMatch.match(
                                scopedKeys,
                                scopedLines,
                                skipped,
                                candidates,
                                (restKeys, restLines, decided) ->
                                        objectMatcher
                                                .get()
                                                .matchRest(restLines, restKeys, skipped, decided))
                        : Optional.empty();
        return compact.isPresent()
                ? compact.get()
                : objectMatcher.get().match(statement.lines(), keys, skipped);
    }

    /** Returns a supplier that calls {@code supplier} once, on the first request. */
    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        List<T> value = new ArrayList<>(1);
        return () -> {
            if (value.isEmpty()) {
                value.add(supplier.get());
            }
            return value.get(0);
        };
    }

    /**
     * Moves the unmatched and suggested lines that a parallel import booked after this import read
     * the stored entries to the already-booked lines, so that they are reported and not queued. A
     * booking that commits after this check still leaves its line queued.
     *
     * <p>The stored entries are read again unless the store's write version still equals {@code
     * versionBeforeLookup}, which was read before the first look-up. An equal version means that no
     * entry of the company became readable since then, and the first look-up found none of these
     * lines booked, so a second one would move none.
     *
     * @param markedKeys the marked content keys of the first look-up, or {@code null} to build them
     */
    private void moveBookedSince(
            CompanyId companyId,
            List<UnmatchedLine> unmatched,
            Collector collector,
            OptionalLong versionBeforeLookup,
            BankEntryRepository.MarkedKeys markedKeys) {
        if (unmatched.isEmpty() && collector.suggested.isEmpty()) {
            return;
        }
        BankEntryRepository bankEntries = new BankEntryRepository(context);
        if (versionBeforeLookup.isPresent()
                && versionBeforeLookup.equals(bankEntries.writeVersion(companyId))) {
            return;
        }
        List<BankEntryKey> keys = new ArrayList<>(unmatched.size() + collector.suggested.size());
        unmatched.forEach(line -> keys.add(line.key()));
        collector.suggested.forEach(line -> keys.add(line.proposal().key()));
        Map<String, BookedEntry> booked = bankEntries.recorded(companyId, keys, markedKeys);
        if (booked.isEmpty()) {
            return;
        }
        unmatched.removeIf(
                line -> {
                    if (!line.key().isBookedIn(booked.keySet())) {
                        return false;
                    }
                    collector.alreadyBooked.add(
                            new AlreadyBookedLine(
                                    line.key(), line.line(), earlierBooking(line.key(), booked)));
                    return true;
                });
        collector.endSource();
        collector.suggested.removeIf(
                line -> {
                    BankEntryKey key = line.proposal().key();
                    if (!key.isBookedIn(booked.keySet())) {
                        return false;
                    }
                    collector.alreadyBooked.add(
                            new AlreadyBookedLine(
                                    key, line.proposal().line(), earlierBooking(key, booked)));
                    return true;
                });
    }

    /**
     * Queues, in one transaction, every line in scope that the import did not book: the unmatched
     * ones with their suggestions, and the proposed ones with their proposal. A line already in the
     * queue, open or resolved, is not queued again.
     *
     * @return the number of lines newly queued
     */
    private int queueUnbooked(
            CompanyId companyId,
            String statementId,
            ScopedLines lines,
            List<UnmatchedLine> unmatchedLines,
            Collector collector) {
        if (unmatchedLines.isEmpty() && collector.suggested.isEmpty()) {
            return 0;
        }
        ReconciliationQueueRepository queue = new ReconciliationQueueRepository(context);
        return context.write(
                () -> {
                    // A re-imported statement finds most of its lines queued, and skipping
                    // them here saves building records that enqueue would not store.
                    List<String> primaryKeys =
                            new ArrayList<>(unmatchedLines.size() + collector.suggested.size());
                    unmatchedLines.forEach(line -> primaryKeys.add(line.key().primary()));
                    collector.suggested.forEach(
                            line -> primaryKeys.add(line.proposal().key().primary()));
                    BitSet queued = queue.queuedPositions(companyId, primaryKeys);
                    // Each line's position in primaryKeys: the unmatched lines first, then the
                    // suggested ones, in the order added above.
                    int position = 0;
                    int stored = 0;
                    for (UnmatchedLine unmatched : unmatchedLines) {
                        // The queue is checked first, so that a re-import whose lines are all
                        // queued builds no look-up of the lines in scope.
                        if (!queued.get(position)
                                && lines.contains(unmatched.key())
                                && queue.enqueue(
                                        companyId,
                                        statementId,
                                        unmatched.key(),
                                        unmatched.line(),
                                        unmatched.suggestions())) {
                            stored++;
                        }
                        position++;
                    }
                    for (SuggestedLine suggested : collector.suggested) {
                        boolean alreadyQueued = queued.get(position);
                        position++;
                        if (alreadyQueued) {
                            continue;
                        }
                        Proposal proposal = suggested.proposal();
                        if (queue.enqueue(
                                companyId,
                                statementId,
                                proposal.key(),
                                proposal.line(),
                                List.of(proposal))) {
                            stored++;
                        }
                    }
                    return stored;
                });
    }

    /**
     * Returns the batch lines in scope, not booked under their own keys, whose transactions an
     * earlier statement or notification booked one by one, with the reason to report.
     */
    private Map<BankEntryKey, String> settledBatches(
            CompanyId companyId,
            String statementId,
            List<BankEntryKey> scopedKeys,
            List<BankLine> scopedLines,
            Map<String, BookedEntry> recorded) {
        List<BankEntryKey> keys = new ArrayList<>();
        List<BankLine> batchLines = new ArrayList<>();
        for (int i = 0; i < scopedKeys.size(); i++) {
            BankLine line = scopedLines.get(i);
            if (line.batch().isPresent() && !scopedKeys.get(i).isBookedIn(recorded.keySet())) {
                keys.add(scopedKeys.get(i));
                batchLines.add(line);
            }
        }
        if (batchLines.isEmpty()) {
            return Map.of();
        }
        return new NotifiedBatches(context, companyId, statementId).settled(keys, batchLines);
    }

    @Override
    public StatementApplier applier(CompanyId companyId, String statementId) {
        return new StatementBooking(context, companyId, statementId, policy);
    }

    @Override
    public Page<QueuedLine> openQueue(CompanyId companyId, PageRequest request) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(request, "request", "a page request");
        new CompanyRepository(context).require(companyId);
        return new ReconciliationQueueRepository(context).open(companyId, request);
    }

    @Override
    public QueuedLine matchQueued(
            CompanyId companyId,
            String entryKey,
            Map<InvoiceId, MonetaryAmount> amounts,
            Actor actor,
            Optional<String> note) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(entryKey, "entryKey", "the key of a line from openQueue");
        InputChecks.withoutNul(entryKey, "entryKey");
        InputChecks.present(amounts, "amounts", "the amount for each invoice");
        InputChecks.present(actor, "actor", "the person who matched the line");
        InputChecks.present(note, "note", "a note or Optional.empty()");
        new CompanyRepository(context).require(companyId);
        ReconciliationQueueRepository.QueuedEntry entry = requireQueued(companyId, entryKey);
        ManualMatch match =
                new ManualMatch(
                        entry.key(),
                        allocationsOf(amounts),
                        actor,
                        context.clock().instant(),
                        note);
        if (!entry.view().isOpen()) {
            // NOTE: a retry is recognized by actor and note only. One with other invoices or
            // amounts also returns the first match's line, because the resolution stores no
            // amounts; comparing them needs the booked payment's applications from the ledger.
            return repeated(entry.view(), QueuedLine.ResolutionKind.MANUAL_MATCH, actor, note);
        }
        StatementBooking booking =
                new StatementBooking(context, companyId, entry.statementId(), policy);
        StatementBooking.Outcome outcome;
        try {
            outcome = booking.bookMatch(entry.line(), match, true);
        } catch (QueuedLineResolvedException e) {
            // A parallel request resolved the line first, and this booking rolled back.
            QueuedLine current = requireQueued(companyId, entryKey).view();
            if (current.isOpen()) {
                throw e;
            }
            return repeated(current, QueuedLine.ResolutionKind.MANUAL_MATCH, actor, note);
        }
        QueuedLine stored = requireQueued(companyId, entryKey).view();
        if (outcome.status() == StatementBooking.Status.BOOKED || !stored.isOpen()) {
            return repeated(stored, QueuedLine.ResolutionKind.MANUAL_MATCH, actor, note);
        }
        // The bank entry was booked without resolving the queued line, such as by an import of
        // the statement under a key the line was not queued under.
        throw new QueuedLineResolvedException(entryKey, outcome.reason());
    }

    @Override
    public QueuedLine dismissQueued(
            CompanyId companyId, String entryKey, Actor actor, String reason) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(entryKey, "entryKey", "the key of a line from openQueue");
        InputChecks.present(actor, "actor", "the person who dismissed the line");
        InputChecks.withoutNul(entryKey, "entryKey");
        InputChecks.personalText(reason, "reason", MAX_REASON_LENGTH);
        if (reason.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(
                    "reason",
                    "text of " + reason.length() + " characters",
                    "text without the NUL character U+0000");
        }
        new CompanyRepository(context).require(companyId);
        StoreContext acting = context.actingAs(actor);
        Optional<QueuedLine> dismissed =
                acting.write(
                        () ->
                                new ReconciliationQueueRepository(acting)
                                        .resolve(
                                                companyId,
                                                entryKey,
                                                QueuedLine.ResolutionKind.DISMISSED,
                                                Optional.of(reason)));
        if (dismissed.isPresent()) {
            LOG.debug("Company {} queued bank line {} dismissed", companyId, entryKey);
            return dismissed.get();
        }
        QueuedLine stored = requireQueued(companyId, entryKey).view();
        return repeated(stored, QueuedLine.ResolutionKind.DISMISSED, actor, Optional.of(reason));
    }

    private ReconciliationQueueRepository.QueuedEntry requireQueued(
            CompanyId companyId, String entryKey) {
        return new ReconciliationQueueRepository(context)
                .find(companyId, entryKey)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "queued bank line",
                                        entryKey,
                                        "company " + companyId,
                                        "pass the entryKey of a line that openQueue returned"));
    }

    /**
     * Returns a resolved line when its resolution is the one requested, so that a retry of a
     * request that succeeded returns its result.
     *
     * @throws QueuedLineResolvedException if the line was resolved otherwise
     */
    private static QueuedLine repeated(
            QueuedLine line, QueuedLine.ResolutionKind kind, Actor actor, Optional<String> note) {
        QueuedLine.Resolution resolution = line.resolution().orElseThrow();
        if (resolution.kind() == kind
                && resolution.actor().equals(actor)
                && resolution.note().equals(note)) {
            return line;
        }
        throw new QueuedLineResolvedException(
                line.entryKey(),
                resolution.kind()
                        + " by "
                        + resolution.actor().id()
                        + " at "
                        + resolution.at()
                        + resolution.note().map(text -> " (" + text + ")").orElse(""));
    }

    private static List<ManualMatch.Allocation> allocationsOf(
            Map<InvoiceId, MonetaryAmount> amounts) {
        if (amounts.isEmpty()) {
            throw new InvalidInputException("amounts", "{}", "at least one invoice");
        }
        List<ManualMatch.Allocation> allocations = new ArrayList<>();
        for (Map.Entry<InvoiceId, MonetaryAmount> amount : amounts.entrySet()) {
            allocations.add(new ManualMatch.Allocation(amount.getKey(), amount.getValue()));
        }
        allocations.sort(Comparator.comparing(allocation -> allocation.invoiceId().value()));
        return allocations;
    }

    /** The number of sources that added lines to a list, each seen as growth of the list's size. */
    private static final class Sources {
        private int sizeAtLastEnd;
        private int count;

        /** Counts the source that ends now if it added lines to {@code list}. */
        void end(List<?> list) {
            if (list.size() > sizeAtLastEnd) {
                count++;
            }
            sizeAtLastEnd = list.size();
        }
    }

    /** The lines sorted into the result's lists while booking. */
    private static final class Collector {
        final List<BookedLine> booked = new ArrayList<>();
        final List<SuggestedLine> suggested = new ArrayList<>();
        final List<ReversalForReview> reversals = new ArrayList<>();
        final List<AlreadyBookedLine> alreadyBooked = new ArrayList<>();

        /**
         * The sources of {@link #booked} and {@link #alreadyBooked}: the loops over one of the
         * matcher's lists, or over the unmatched or suggested lines, each in match order.
         */
        private final Sources bookedSources = new Sources();

        private final Sources alreadyBookedSources = new Sources();

        /** Ends the loop over one source of lines, so that the next lines count as another. */
        void endSource() {
            bookedSources.end(booked);
            alreadyBookedSources.end(alreadyBooked);
        }

        /**
         * Sorts into match order each list that took lines from more than one source. The matcher
         * returns each of its lists in match order, and the unmatched and suggested lines keep that
         * order, so a list that took lines from one source only, in that source's order, is in
         * match order already. {@link #suggested} and {@link #reversals} each take lines from one
         * source only.
         */
        void sortMerged() {
            endSource();
            if (bookedSources.count > 1) {
                booked.sort(Comparator.comparing(BookedLine::key, BankEntryKey.MATCH_ORDER));
            }
            if (alreadyBookedSources.count > 1) {
                alreadyBooked.sort(
                        Comparator.comparing(AlreadyBookedLine::key, BankEntryKey.MATCH_ORDER));
            }
        }

        /** Returns whether every list of the result, with {@code unmatched}, is in match order. */
        boolean inMatchOrder(List<UnmatchedLine> unmatched) {
            return isSorted(booked, BookedLine::key)
                    && isSorted(suggested, line -> line.proposal().key())
                    && isSorted(reversals, line -> line.reversal().key())
                    && isSorted(alreadyBooked, AlreadyBookedLine::key)
                    && isSorted(unmatched, UnmatchedLine::key);
        }

        private static <T> boolean isSorted(List<T> list, Function<T, BankEntryKey> key) {
            for (int i = 1; i < list.size(); i++) {
                if (BankEntryKey.MATCH_ORDER.compare(
                                key.apply(list.get(i - 1)), key.apply(list.get(i)))
                        > 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The reasons of the suggestions below the auto-apply threshold by score from 0 to 100,
         * each built at its first use, so that lines of one score share one string.
         */
        private final String[] belowThresholdReasons = new String[101];

        String belowThresholdReason(int score, int threshold) {
            String reason = belowThresholdReasons[score];
            if (reason == null) {
                reason = "score " + score + " is below the auto-apply threshold " + threshold;
                belowThresholdReasons[score] = reason;
            }
            return reason;
        }
    }

    private void book(StatementBooking booking, Proposal proposal, Collector collector) {
        if (!proposal.isAuto()) {
            collector.suggested.add(
                    new SuggestedLine(proposal, suggestionReason(proposal, collector)));
            return;
        }
        StatementBooking.Outcome outcome;
        try {
            outcome = booking.book(proposal, actor());
        } catch (TahsilatException e) {
            LOG.warn(
                    "Booking bank entry {} failed and is left for a person: {}",
                    proposal.key().primary(),
                    e.getMessage());
            outcome =
                    new StatementBooking.Outcome(
                            StatementBooking.Status.NOT_BOOKED,
                            Optional.empty(),
                            "booking failed: " + e.getMessage());
        }
        switch (outcome.status()) {
            case BOOKED ->
                    collector.booked.add(
                            new BookedLine(
                                    proposal.key(),
                                    proposal.line(),
                                    BookingKind.PAYMENT,
                                    outcome.paymentId().orElseThrow(),
                                    autoReason(proposal, outcome)));
            case ALREADY_BOOKED ->
                    collector.alreadyBooked.add(
                            new AlreadyBookedLine(
                                    proposal.key(), proposal.line(), outcome.reason()));
            case NOT_BOOKED ->
                    collector.suggested.add(new SuggestedLine(proposal, outcome.reason()));
        }
    }

    private void reverse(StatementBooking booking, ReversalProposal reversal, Collector collector) {
        StatementBooking.Outcome outcome;
        try {
            outcome = booking.reverse(reversal, actor());
        } catch (TahsilatException e) {
            LOG.warn(
                    "Reversing for bank entry {} failed and is left for a person: {}",
                    reversal.key().primary(),
                    e.getMessage());
            outcome =
                    new StatementBooking.Outcome(
                            StatementBooking.Status.NOT_BOOKED,
                            Optional.empty(),
                            "reversal failed: " + e.getMessage());
        }
        switch (outcome.status()) {
            case BOOKED ->
                    collector.booked.add(
                            new BookedLine(
                                    reversal.key(),
                                    reversal.line(),
                                    BookingKind.REVERSAL,
                                    outcome.paymentId().orElseThrow(),
                                    outcome.reason()));
            case ALREADY_BOOKED ->
                    collector.alreadyBooked.add(
                            new AlreadyBookedLine(
                                    reversal.key(), reversal.line(), outcome.reason()));
            case NOT_BOOKED ->
                    collector.reversals.add(new ReversalForReview(reversal, outcome.reason()));
        }
    }

    private Actor actor() {
        return context.actor();
    }

    private static String earlierBooking(BankEntryKey key, Map<String, BookedEntry> recorded) {
        BookedEntry earlier = bookingOf(key, recorded);
        return earlier == null
                ? "the same entry appears earlier in this statement"
                : StatementBooking.alreadyBooked(earlier).reason();
    }

    /**
     * Returns the entry of {@code recorded} that marks {@code key} as booked, or {@code null}. When
     * two do, it returns the first in the map's iteration order, as a walk over the map would.
     */
    static BookedEntry bookingOf(BankEntryKey key, Map<String, BookedEntry> recorded) {
        // The two stored keys that BankEntryKey.isBookedIn accepts, each on its own.
        String first = key.referenceKey().orElse(key.contentKey());
        String second =
                key.referenceKey().isPresent()
                        ? key.contentKey()
                        : key.contentKey() + BankEntryKey.WITH_REFERENCE_SUFFIX;
        BookedEntry underFirst = recorded.get(first);
        BookedEntry underSecond = recorded.get(second);
        if (underFirst == null || underSecond == null) {
            return underFirst != null ? underFirst : underSecond;
        }
        for (Map.Entry<String, BookedEntry> entry : recorded.entrySet()) {
            if (entry.getKey().equals(first) || entry.getKey().equals(second)) {
                return entry.getValue();
            }
        }
        throw new IllegalStateException(
                "recorded entries "
                        + first
                        + " and "
                        + second
                        + " not found in the map's iteration");
    }

    private static String autoReason(Proposal proposal, StatementBooking.Outcome outcome) {
        String reason =
                "score "
                        + proposal.score()
                        + " from "
                        + String.join(", ", proposal.firedRules())
                        + ", booked without review";
        // A split booking names its payments, which the result's one payment id cannot show.
        return outcome.reason().equals(StatementBooking.BOOKED)
                ? reason
                : reason + "; " + outcome.reason();
    }

    private String suggestionReason(Proposal proposal, Collector collector) {
        if (proposal.score() < settings.autoApplyThreshold()) {
            return collector.belowThresholdReason(proposal.score(), settings.autoApplyThreshold());
        }
        if (!isSupported(proposal)) {
            return "only the amount supports it, and an amount alone never books without review";
        }
        return "the matcher left it as a suggestion";
    }

    /**
     * Returns whether a reference or counterparty reason supports the proposal, not the amount
     * alone.
     */
    private static boolean isSupported(Proposal proposal) {
        for (MatchReason reason : proposal.explanation()) {
            if (reason.kind() == MatchReason.Kind.REFERENCE
                    || reason.kind() == MatchReason.Kind.COUNTERPARTY) {
                return true;
            }
        }
        return false;
    }

    private static List<ReportedCharge> bookedCharges(
            List<ReportedCharge> charges, List<BookedLine> booked) {
        Set<BankEntryKey> keys =
                booked.stream().map(BookedLine::key).collect(Collectors.toCollection(HashSet::new));
        return charges.stream().filter(charge -> keys.contains(charge.key())).toList();
    }
}
