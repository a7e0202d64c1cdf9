package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.reconciliation.TextFolding;
import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.store.CounterpartyStore;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.LineContext;
import io.github.tahsilat.reconciliation.MatchRules;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.OpenItemIndex;
import io.github.tahsilat.service.StoredCounterparty;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the open receivables that a batch of bank lines may pay from the host's stores, through the
 * stores' matching indexes, into {@link BatchCandidates}, which build the {@link OpenItemIndex} or
 * the compact index that the batch is matched with.
 *
 * <p>For each line it reads from the stores:
 *
 * <ul>
 *   <li>the open receivables whose invoice number key or payment reference key is a window of the
 *       remittance text or the structured reference
 *   <li>the counterparties that the line's IBAN, the tax ids in its text and its name identify,
 *       with up to {@value MatchRules#MAX_COUNTERPARTY_ITEMS_SCANNED} of their oldest open
 *       receivables, unless the rules are the defaults and the line names no item and has an item
 *       of exactly its amount at each of its counterparties
 *   <li>the open receivables whose amount fits the line's, company-wide and per identified
 *       counterparty, up to one more than {@value MatchRules#MAX_AMOUNT_ONLY_CANDIDATES}
 * </ul>
 *
 * <p>So the built-in rules find in the batch index what they would find in an index of every open
 * item, and an import's cost grows with its lines, not with the company's ledger.
 *
 * <p>The stores return each candidate as a {@link MatchCandidateView}, so no invoice is decoded or
 * mapped to the domain: a candidate costs one Moneta amount in the object index and none in the
 * compact index, and each counterparty is read once per batch.
 *
 * <p>An invoice's external reference serves as its payment reference when it is a valid ISO 11649
 * RF reference.
 */
public final class OpenItemCandidates {

    /** Keys per store call, so that one call stays a bounded statement in a SQL store. */
    static final int KEYS_PER_CALL = 1_000;

    /** Invoice number keys shorter than this are not looked up, as the invoice-number rule does. */
    static final int MIN_NUMBER_KEY_LENGTH = 3;

    /**
     * Counterparties read for a name that the bank may have cut. The rule needs at most {@value
     * MatchRules#MAX_CUT_NAME_MATCHES} + 1 with open items; the rest allow for names without one.
     */
    static final int CUT_NAME_LOOKUPS = 20;

    private final StoreContext context;

    /** Creates the loader. */
    public OpenItemCandidates(StoreContext context) {
        this.context = context;
    }

    /**
     * Reads the company's open receivables that {@code lines} may pay under the built-in rules.
     *
     * <p>NOTE: a rule the host adds receives only these candidates, so a rule that looks items up
     * by another key than the built-in rules finds nothing in the index.
     */
    public BatchCandidates forLines(
            CompanyId companyId, List<BankLine> lines, MatchSettings settings) {
        Lookup lookup = new Lookup(companyId.value());
        InvoiceStore invoices = context.stores().invoices();
        Map<UUID, MatchCandidateView> found = new LinkedHashMap<>();
        // Keys are looked up in batches of KEYS_PER_CALL as the lines are read, so each set of
        // keys stays small. A key that recurs after its batch was sent is looked up again.
        KeyBatch numberKeys =
                new KeyBatch(keys -> invoices.matchCandidatesByNumberKey(lookup.companyId, keys));
        KeyBatch referenceKeys =
                new KeyBatch(
                        keys -> invoices.matchCandidatesByReferenceKey(lookup.companyId, keys));
        // A line's keys may repeat, which the batches and the look-ups below allow, so they are
        // kept in lists rather than in a set per line.
        List<List<String>> numberKeysOfLines = new ArrayList<>(lines.size());
        List<List<String>> referenceKeysOfLines = new ArrayList<>(lines.size());
        List<Set<UUID>> counterpartiesOfLines = new ArrayList<>(lines.size());
        for (BankLine line : lines) {
            List<String> tokens = TextFolding.tokens(line.remittanceText());
            List<String> windows = TextFolding.windows(tokens, LineContext.MAX_WINDOW_TOKENS);
            List<String> texts = new ArrayList<>(windows);
            line.structuredReference().ifPresent(reference -> texts.add(reference.value()));
            List<String> lineNumberKeys = new ArrayList<>(texts.size());
            List<String> lineReferenceKeys = new ArrayList<>(texts.size());
            for (String text : texts) {
                String numberKey = TextFolding.invoiceNumberKey(text);
                if (numberKey.length() >= MIN_NUMBER_KEY_LENGTH) {
                    lineNumberKeys.add(numberKey);
                }
                String referenceKey = TextFolding.compactReference(text);
                if (!referenceKey.isEmpty()) {
                    lineReferenceKeys.add(referenceKey);
                }
            }
            numberKeys.addAll(lineNumberKeys, found);
            numberKeysOfLines.add(lineNumberKeys);
            referenceKeys.addAll(lineReferenceKeys, found);
            referenceKeysOfLines.add(lineReferenceKeys);
            Set<UUID> counterparties = lookup.counterpartiesOf(line, tokens);
            counterpartiesOfLines.add(counterparties);
        }
        numberKeys.flush(found);
        referenceKeys.flush(found);

        // The amount rules look only at the referenced items of a line that has any, so a line
        // whose text names an open receivable needs no look-up by amount.
        Set<String> namedNumbers = new HashSet<>();
        Set<String> namedReferences = new HashSet<>();
        for (MatchCandidateView view : found.values()) {
            if (view.openMinor() > 0) {
                namedNumbers.add(MatchKeys.invoiceNumberKey(view.number()));
                view.externalReference()
                        .ifPresent(
                                reference ->
                                        namedReferences.add(MatchKeys.referenceKey(reference)));
            }
        }
        List<Boolean> referencedLines = new ArrayList<>();
        Set<AmountRange> ranges = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean named = containsAny(namedNumbers, numberKeysOfLines.get(i));
            if (!named) {
                addRanges(lines.get(i), settings, counterpartiesOfLines.get(i), ranges);
            }
            referencedLines.add(named || containsAny(namedReferences, referenceKeysOfLines.get(i)));
        }
        Map<AmountRange, Integer> rangeSizes = new HashMap<>();
        for (AmountRange range : ranges) {
            List<MatchCandidateView> inRange =
                    invoices.matchCandidatesByAmount(
                            lookup.companyId,
                            range.counterpartyId(),
                            range.currency(),
                            range.low(),
                            range.high(),
                            MatchRules.MAX_AMOUNT_ONLY_CANDIDATES + 1);
            rangeSizes.put(range, inRange.size());
            add(found, inRange);
        }

        // A counterparty's oldest items are read when a line may need them for the combination
        // rule. A counterparty skipped here still has its exact-amount items in the index, so the
        // set of counterparties in the index, which the name look-ups depend on, is unchanged.
        boolean defaultRules = MatchRules.areDefaults(settings.rules());
        Set<UUID> scanned = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Set<UUID> counterparties = counterpartiesOfLines.get(i);
            if (!defaultRules
                    || referencedLines.get(i)
                    || !exactAmountFitsEach(lines.get(i), counterparties, rangeSizes)) {
                scanned.addAll(counterparties);
            }
        }
        for (List<UUID> chunk : chunks(scanned)) {
            add(
                    found,
                    invoices.oldestMatchCandidatesOf(
                            lookup.companyId, chunk, MatchRules.MAX_COUNTERPARTY_ITEMS_SCANNED));
        }
        return candidates(found.values(), lookup);
    }

    /**
     * Returns whether every counterparty of an unreferenced line has from one to {@value
     * MatchRules#MAX_AMOUNT_ONLY_CANDIDATES} open receivables of exactly the line's amount. Under
     * the default rules the exact-amount rule then finds an item that fits, so the combination
     * rule, the only reader of a counterparty's oldest items, does not run for the line. The
     * counterparty is in the index through those items, so the counterparty rule still finds it.
     */
    private static boolean exactAmountFitsEach(
            BankLine line, Set<UUID> counterparties, Map<AmountRange, Integer> rangeSizes) {
        MinorAmount signed = MinorAmount.of(line.grossAmount(), RoundingMode.UNNECESSARY);
        MinorAmount gross = signed.isNegative() ? signed.negate() : signed;
        long units = gross.units();
        if (units < 1) {
            return false;
        }
        for (UUID counterpartyId : counterparties) {
            Integer size =
                    rangeSizes.get(
                            new AmountRange(counterpartyId, gross.currencyCode(), units, units));
            if (size == null || size < 1 || size > MatchRules.MAX_AMOUNT_ONLY_CANDIDATES) {
                return false;
            }
        }
        return true;
    }

    private static void addRanges(
            BankLine line,
            MatchSettings settings,
            Set<UUID> counterparties,
            Set<AmountRange> into) {
        MinorAmount signed = MinorAmount.of(line.grossAmount(), RoundingMode.UNNECESSARY);
        MinorAmount gross = signed.isNegative() ? signed.negate() : signed;
        long tolerance =
                MinorAmount.of(settings.toleranceFor(signed.currency()), RoundingMode.UNNECESSARY)
                        .units();
        String currency = gross.currencyCode();
        long units = gross.units();
        List<UUID> owners = new ArrayList<>();
        owners.add(null);
        owners.addAll(counterparties);
        for (UUID owner : owners) {
            into.add(new AmountRange(owner, currency, units, units));
            if (tolerance > 0) {
                long low = Math.max(1, units - tolerance);
                into.add(new AmountRange(owner, currency, low, units + tolerance));
            }
        }
    }

    /** A look-up of open receivables by amount, for one counterparty or, when null, for all. */
    private record AmountRange(UUID counterpartyId, String currency, long low, long high) {}

    /**
     * Returns the candidates the stores returned with their counterparties, skipping those owed
     * nothing and those whose counterparty is not found.
     */
    private BatchCandidates candidates(Collection<MatchCandidateView> views, Lookup lookup) {
        Set<UUID> ownerIds = new LinkedHashSet<>();
        for (MatchCandidateView view : views) {
            if (view.openMinor() > 0) {
                ownerIds.add(view.counterpartyId());
            }
        }
        lookup.readMissing(ownerIds);
        List<MatchCandidateView> kept = new ArrayList<>(views.size());
        List<Counterparty> owners = new ArrayList<>(views.size());
        for (MatchCandidateView view : views) {
            if (view.openMinor() <= 0) {
                continue;
            }
            Optional<StoredCounterparty> stored = lookup.counterparty(view.counterpartyId());
            if (stored.isPresent()) {
                kept.add(view);
                owners.add(stored.get().counterparty());
            }
        }
        return new BatchCandidates(kept, owners);
    }

    private static boolean containsAny(Set<String> set, List<String> keys) {
        for (String key : keys) {
            if (set.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<UUID, MatchCandidateView> found, List<MatchCandidateView> views) {
        for (MatchCandidateView view : views) {
            found.putIfAbsent(view.itemId(), view);
        }
    }

    /** Keys waiting for one store call, sent when {@value #KEYS_PER_CALL} have gathered. */
    private static final class KeyBatch {
        private final Function<List<String>, List<MatchCandidateView>> read;
        private final Set<String> keys = new LinkedHashSet<>();

        KeyBatch(Function<List<String>, List<MatchCandidateView>> read) {
            this.read = read;
        }

        void addAll(List<String> lineKeys, Map<UUID, MatchCandidateView> found) {
            for (String key : lineKeys) {
                keys.add(key);
                if (keys.size() == KEYS_PER_CALL) {
                    flush(found);
                }
            }
        }

        void flush(Map<UUID, MatchCandidateView> found) {
            if (!keys.isEmpty()) {
                add(found, read.apply(List.copyOf(keys)));
                keys.clear();
            }
        }
    }

    private static <T> List<List<T>> chunks(Set<T> keys) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_CALL) {
            chunks.add(all.subList(from, Math.min(all.size(), from + KEYS_PER_CALL)));
        }
        return chunks;
    }

    /** The counterparty look-ups of one batch, with the counterparties read so far. */
    private final class Lookup {
        final UUID companyId;
        final Map<UUID, Optional<StoredCounterparty>> counterparties = new HashMap<>();

        Lookup(UUID companyId) {
            this.companyId = companyId;
        }

        /**
         * Returns the counterparties that the line's IBAN, the tax ids among the tokens of its
         * remittance text and its name identify.
         */
        Set<UUID> counterpartiesOf(BankLine line, List<String> tokens) {
            CounterpartyStore store = context.stores().counterparties();
            Set<UUID> ids = new LinkedHashSet<>();
            identifyByIbanAndTaxIds(
                    store, companyId, line, tokens, records -> remember(records, ids));
            Optional<String> name = line.counterpartyName();
            if (name.isPresent()) {
                String key = TextFolding.foldName(name.get());
                if (!key.isEmpty()) {
                    remember(store.findByNameKey(companyId, key), ids);
                }
                if (!key.isEmpty() && MatchRules.mayBeCutName(name.get())) {
                    String prefix =
                            name.get().length() < MatchRules.BANK_NAME_CUT_LENGTH ? key + " " : key;
                    remember(store.findByNameKeyPrefix(companyId, prefix, CUT_NAME_LOOKUPS), ids);
                }
            }
            return ids;
        }

        /**
         * Reads the counterparties of {@code ids} that no look-up of this batch read yet, with one
         * store call per {@value OpenItemCandidates#KEYS_PER_CALL} ids, and remembers those not
         * found as absent.
         */
        void readMissing(Set<UUID> ids) {
            Set<UUID> missing = new LinkedHashSet<>();
            for (UUID id : ids) {
                if (!counterparties.containsKey(id)) {
                    missing.add(id);
                }
            }
            CounterpartyStore store = context.stores().counterparties();
            for (List<UUID> chunk : chunks(missing)) {
                Map<UUID, CounterpartyRecord> found = store.findAll(companyId, chunk);
                for (UUID id : chunk) {
                    CounterpartyRecord record = found.get(id);
                    counterparties.put(
                            id,
                            record == null
                                    ? Optional.empty()
                                    : Optional.of(CounterpartyMapper.toStored(record)));
                }
            }
        }

        Optional<StoredCounterparty> counterparty(UUID id) {
            return counterparties.computeIfAbsent(
                    id,
                    key ->
                            context.stores()
                                    .counterparties()
                                    .find(companyId, key)
                                    .map(CounterpartyMapper::toStored));
        }

        private void remember(List<CounterpartyRecord> records, Set<UUID> ids) {
            for (CounterpartyRecord record : records) {
                ids.add(record.id());
                counterparties.computeIfAbsent(
                        record.id(), id -> Optional.of(CounterpartyMapper.toStored(record)));
            }
        }
    }

    /**
     * Passes to {@code found} the counterparties that the line's IBAN identifies, then those that
     * each valid tax id among {@code tokens} identifies, one store result at a time.
     */
    static void identifyByIbanAndTaxIds(
            CounterpartyStore store,
            UUID companyId,
            BankLine line,
            List<String> tokens,
            Consumer<List<CounterpartyRecord>> found) {
        forEachIbanAndTaxId(
                line,
                tokens,
                iban -> found.accept(store.findByIban(companyId, iban)),
                taxId -> found.accept(store.findByTaxId(companyId, taxId)));
    }

    /**
     * Passes to {@code iban} the line's IBAN in electronic form, then to {@code taxId} each valid
     * tax id among {@code tokens}, in the forms that {@link CounterpartyStore#findByIban} and
     * {@link CounterpartyStore#findByTaxId} look them up by. A counterparty that one of them
     * identifies is named by the line, though the compact rules do not compare them.
     */
    static void forEachIbanAndTaxId(
            BankLine line,
            List<String> tokens,
            Consumer<String> iban,
            Consumer<io.github.tahsilat.persistence.spi.record.TaxId> taxId) {
        Optional<Iban> lineIban = line.counterpartyIban();
        if (lineIban.isPresent()) {
            iban.accept(lineIban.get().value());
        }
        for (String token : tokens) {
            Optional<TaxId> tokenTaxId = taxId(token);
            if (tokenTaxId.isPresent()) {
                taxId.accept(CounterpartyMapper.taxId(tokenTaxId.get()));
            }
        }
    }

    /** Returns the tax id that a token of 10 or 11 digits with valid check digits is, or empty. */
    static Optional<TaxId> taxId(String token) {
        if ((token.length() != 10 && token.length() != 11)
                || !token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            return Optional.of(TaxId.parse(token));
        } catch (InvalidInputException e) {
            return Optional.empty(); // ten or eleven digits that fail the check digits
        }
    }
}
