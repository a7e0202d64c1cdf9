package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.Arrays;
import javax.money.CurrencyUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches the bank lines of a {@link CompactBankLines} against a {@link CompactOpenItemIndex},
 * working on slot numbers and minor units, and builds amounts and explanations only when the result
 * is read.
 *
 * <p>For each line it applies the default rules of {@link BankLineMatcher} ({@link
 * MatchRules#defaults()}, no tolerance) with the same points in the cases below. For every line it
 * decides, it gives the same item, score, amounts, status and explanation as {@code
 * BankLineMatcher} with {@link MatchSettings#defaults()}, when that matcher's {@link OpenItemIndex}
 * has the same items, each with its counterparty's name and payment reference and without IBANs or
 * tax ids, and gets the decided lines in the same order. The cases are:
 *
 * <ul>
 *   <li>payment references that the host issued, equal to a text window or the structured reference
 *       (70 points), and invoice numbers in the text windows of {@link LineContext#textWindows()}
 *       or the structured reference, compared by invoice-number key (60 points), with the exact
 *       amount (30) or a partial payment (10) of the item named;
 *   <li>else counterparties whose folded name equals the payer's name (10 points), with their items
 *       whose outstanding amount equals what the payer sent (30). More than {@value
 *       MatchRules#MAX_AMOUNT_ONLY_CANDIDATES} such items of one counterparty give none;
 *   <li>else the items whose outstanding amount equals what the payer sent (30 points, never
 *       automatic). More than {@value MatchRules#MAX_AMOUNT_ONLY_CANDIDATES} such items give none.
 * </ul>
 *
 * <p>A line is {@link CompactMatchStatus#UNDECIDED} when the object rules might find more than the
 * compact rules: a negative amount (a return or reversal), a payer name that the bank may have cut
 * and that names no counterparty, and a line where no item fits the amount while the combination
 * rule has items to combine. The host passes those lines to {@code BankLineMatcher}.
 *
 * <p>The batch assignment has the meaning of {@code BankLineMatcher}'s: all candidates of all
 * lines, highest score first, then by line number and rank, each line taking its best candidate
 * whose item still has an amount open. An item never receives more than its outstanding amount
 * across the batch, and a line gets at most one item. Ties between lines go to the lower line
 * number, where {@code BankLineMatcher} orders lines by their {@link BankEntryKey}; a host that
 * needs its order passes the lines in that order. Within a line, candidates rank by score, then the
 * item's due date, invoice number, invoice id when the index has both items' ids, and slot.
 *
 * <p>The matcher reads the index but never changes it, and does not track booked lines: the host
 * leaves out lines it booked before. Not thread-safe, because the index is not.
 */
public final class CompactBankLineMatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CompactBankLineMatcher.class);

    private static final int NONE = -1;
    private static final int MAX_SCORE = 100;

    private final CompactOpenItemIndex index;
    private final int autoApplyThreshold;

    /**
     * Creates a matcher with the default auto-apply threshold of {@value
     * MatchSettings#DEFAULT_AUTO_APPLY_THRESHOLD}.
     *
     * @throws InvalidInputException if {@code index} is {@code null}
     */
    public CompactBankLineMatcher(CompactOpenItemIndex index) {
        this(index, MatchSettings.DEFAULT_AUTO_APPLY_THRESHOLD);
    }

    /**
     * Creates a matcher whose proposals with a score of {@code autoApplyThreshold} or more are
     * {@link ProposalStatus#AUTO}, as {@link MatchSettings#autoApplyThreshold()} sets it.
     *
     * @throws InvalidInputException if {@code index} is {@code null} or {@code autoApplyThreshold}
     *     is outside 0 to 100
     */
    public CompactBankLineMatcher(CompactOpenItemIndex index, int autoApplyThreshold) {
        this.index = InputChecks.present(index, "index", "a compact open-item index");
        if (autoApplyThreshold < 0 || autoApplyThreshold > MAX_SCORE) {
            throw new InvalidInputException(
                    "autoApplyThreshold", autoApplyThreshold, "a score from 0 to 100");
        }
        this.autoApplyThreshold = autoApplyThreshold;
    }

    /**
     * Matches every line of one statement.
     *
     * @throws InvalidInputException if {@code lines} is {@code null}
     */
    public CompactMatchResult match(CompactBankLines lines) {
        InputChecks.present(lines, "lines", "the statement's lines");
        LineRules rules = new LineRules(index, lines);
        for (int first = 0; first < lines.size(); first += LineRules.CHUNK_LINES) {
            int end = Math.min(lines.size(), first + LineRules.CHUNK_LINES);
            rules.lookUpChunk(first, end);
            for (int line = first; line < end; line++) {
                rules.run(line);
            }
        }
        CompactMatchResult result = assign(rules);
        if (LOG.isDebugEnabled()) {
            // Counting walks every line, so it runs only when the message is logged.
            LOG.debug(
                    "Matched {} compact bank lines: {} matched, {} undecided",
                    lines.size(),
                    result.count(CompactMatchStatus.MATCHED),
                    result.count(CompactMatchStatus.UNDECIDED));
        }
        return result;
    }

    /**
     * Assigns items to lines for the whole batch: highest score first, then by line number and
     * rank. The candidates are stored line by line in rank order, so a stable sort by score gives
     * that order, and scores from 0 to 100 allow a counting sort.
     */
    private CompactMatchResult assign(LineRules rules) {
        int candidates = rules.candidateCount;
        int[] firstOfScore = new int[MAX_SCORE + 2];
        for (int c = 0; c < candidates; c++) {
            firstOfScore[MAX_SCORE - rules.candidateScore[c] + 1]++;
        }
        for (int s = 1; s < firstOfScore.length; s++) {
            firstOfScore[s] += firstOfScore[s - 1];
        }
        int[] order = new int[candidates];
        for (int c = 0; c < candidates; c++) {
            order[firstOfScore[MAX_SCORE - rules.candidateScore[c]]++] = c;
        }

        boolean[] shared = sharedCandidates(rules);
        int sharedCount = 0;
        for (boolean isShared : shared) {
            if (isShared) {
                sharedCount++;
            }
        }

        CompactMatchResult.Builder result = new CompactMatchResult.Builder(index, rules.lines);
        SlotAmounts remaining = new SlotAmounts(sharedCount);
        for (int c : order) {
            int line = rules.candidateLine[c];
            if (result.hasItem(line)) {
                continue;
            }
            int slot = rules.candidateSlot[c];
            long indexed = rules.candidateOutstanding[c];
            long available = shared[c] ? remaining.getOrDefault(slot, indexed) : indexed;
            if (available <= 0) {
                continue;
            }
            long gross = rules.lines.amountAt(line);
            long applied = Math.min(available, gross);
            int score = rules.candidateScore[c];
            // An item partly taken by another line of the batch no longer fits as scored.
            boolean stillFits = available == indexed || gross <= available;
            // An amount alone never makes a proposal automatic.
            boolean supported = (rules.candidateFlags[c] & CompactMatchResult.SUPPORTED) != 0;
            boolean auto = supported && stillFits && score >= autoApplyThreshold;
            // NOTE: this decodes a new string of the invoice number per accepted line, about 50
            // bytes per line in ReconciliationBenchmark.compact. Copying the encoded bytes into the
            // result would avoid it.
            result.accept(
                    line,
                    slot,
                    score,
                    rules.candidateFlags[c],
                    auto,
                    indexed,
                    available,
                    index.invoiceNumberAt(slot),
                    rules.candidateCounterparty[c],
                    rules.candidateWindow[c]);
            if (shared[c]) {
                remaining.put(slot, available - applied);
            }
        }
        for (int line = 0; line < rules.lines.size(); line++) {
            if (rules.undecided[line]) {
                result.undecided(line);
            }
        }
        return result.build();
    }

    /**
     * Returns, per candidate, whether another candidate of the batch names the same item. Only such
     * an item can have less left than its indexed amount when a line reaches it, so only those go
     * through the table of amounts left. Two bit sets over the slots find them when the bit sets
     * take at most 16 bytes per candidate plus 1 KB. Otherwise every candidate counts as shared.
     */
    private boolean[] sharedCandidates(LineRules rules) {
        int candidates = rules.candidateCount;
        boolean[] shared = new boolean[candidates];
        int words = (index.itemCapacity() + Long.SIZE - 1) / Long.SIZE;
        if (words > (long) candidates + 64) {
            Arrays.fill(shared, true);
            return shared;
        }
        long[] seen = new long[words];
        long[] repeated = new long[words];
        for (int c = 0; c < candidates; c++) {
            int slot = rules.candidateSlot[c];
            // A shift of a long uses the lowest 6 bits of the slot, its bit within the word.
            long bit = 1L << slot;
            int word = slot / Long.SIZE;
            if ((seen[word] & bit) != 0) {
                repeated[word] |= bit;
            } else {
                seen[word] |= bit;
            }
        }
        for (int c = 0; c < candidates; c++) {
            int slot = rules.candidateSlot[c];
            shared[c] = (repeated[slot / Long.SIZE] & (1L << slot)) != 0;
        }
        return shared;
    }

    /**
     * Runs the compact rules on one line at a time and collects every line's candidates, line by
     * line, each line's in rank order.
     *
     * <p>Each candidate keeps its item's outstanding amount, counterparty and invoice number, read
     * while the rules had the item's columns in the cache. The index does not change during a
     * match, so the assignment reads the same values from here without a cache miss per line.
     *
     * <p>The look-ups of a chunk of lines, by invoice number, by payer name and then by the named
     * counterparty's amount, run together before the rules of those lines, because each look-up in
     * a large index misses the cache and the misses of one loop of independent look-ups overlap.
     * The rules then take each window's and name's result in the order they would look it up.
     */
    private static final class LineRules {
        /**
         * The number of lines whose look-ups run together: many misses at once, and few enough
         * entries that they are still in the cache when the rules of those lines run.
         *
         * <p>NOTE: only 32 was measured, in {@code ReconciliationBenchmark}. Other sizes were not
         * tried.
         */
        static final int CHUNK_LINES = 32;

        final CompactOpenItemIndex index;
        final CompactBankLines lines;
        final boolean[] undecided;

        int candidateCount;
        int[] candidateLine;
        int[] candidateSlot;
        int[] candidateScore;
        byte[] candidateFlags;
        long[] candidateOutstanding;
        int[] candidateCounterparty;
        int[] candidateWindow;

        /** The tokens of the line that {@link #run} works on, one of {@link #chunkTexts}. */
        private CompactText text;

        /** The tokens of each line of the chunk, from its first line {@link #chunkFirst} on. */
        private final CompactText[] chunkTexts = new CompactText[CHUNK_LINES];

        private int chunkFirst;

        /**
         * The text windows of the chunk's lines whose invoice-number key the index may contain,
         * line by line in the order of {@link LineContext#textWindows()}: the hash of the key, the
         * first item under it or -1, the window's characters as {@code chars[from]} to {@code
         * chars[to]} of its line's tokens, and its tokens as {@link CompactMatchResult#textWindow}
         * packs them. Line {@code l} of the chunk has the windows from {@code firstLookupOf[l]} to
         * {@code firstLookupOf[l + 1]}, exclusive.
         */
        private long[] lookupHash = new long[4 * CHUNK_LINES];

        private int[] lookupHead = new int[4 * CHUNK_LINES];
        private int[] lookupFrom = new int[4 * CHUNK_LINES];
        private int[] lookupTo = new int[4 * CHUNK_LINES];
        private int[] lookupWindow = new int[4 * CHUNK_LINES];
        private int lookupCount;
        private final int[] firstLookupOf = new int[CHUNK_LINES + 1];

        /** The sum of the values loaded ahead, stored so that the JIT compiler keeps the loads. */
        private long loadedAhead;

        private final CompactText name = new CompactText();
        private final CompactText stored = new CompactText();
        private final TextKeyHash window = new TextKeyHash();
        private char[] windowKey = new char[64];
        private char[] storedKey = new char[64];

        /**
         * The payer's name key of each line of the chunk, its length, 0 when the line has no payer
         * or a name without letters and digits, and the first counterparty under its hash or -1.
         */
        private final char[][] chunkNameKeys = new char[CHUNK_LINES][];

        private final int[] chunkNameKeyLength = new int[CHUNK_LINES];
        private final int[] chunkNameHead = new int[CHUNK_LINES];

        /** The name-key hashes of the chunk to look up, the results and their lines. */
        private final long[] nameHashes = new long[CHUNK_LINES];

        private final int[] nameHeads = new int[CHUNK_LINES];
        private final int[] nameLineOf = new int[CHUNK_LINES];
        private int nameLookupCount;

        /** The amount hashes of the chunk that are loaded ahead, and the chains they start. */
        private final long[] amountHashes = new long[CHUNK_LINES];

        private final int[] amountHeads = new int[CHUNK_LINES];
        private int[] referenced = new int[4];
        private int[] referencedBy = new int[4];
        private int[] referencedWindow = new int[4];
        private int referencedCount;
        private int[] counterparties = new int[4];
        private int counterpartyCount;
        private final int[] found = new int[MatchRules.MAX_AMOUNT_ONLY_CANDIDATES + 1];
        private CurrencyUnit lastCurrency;
        private int lastCurrencyIndex = NONE;

        LineRules(CompactOpenItemIndex index, CompactBankLines lines) {
            this.index = index;
            this.lines = lines;
            this.undecided = new boolean[lines.size()];
            // Room for one candidate per line, the usual count, and a quarter more for lines
            // with several, so that the columns rarely grow.
            int capacity = 16 + lines.size() + lines.size() / 4;
            candidateLine = new int[capacity];
            candidateSlot = new int[capacity];
            candidateScore = new int[capacity];
            candidateFlags = new byte[capacity];
            candidateOutstanding = new long[capacity];
            candidateCounterparty = new int[capacity];
            candidateWindow = new int[capacity];
        }

        void run(int line) {
            long gross = lines.amountAt(line);
            if (gross < 0) {
                undecided[line] = true; // a return or reversal
                return;
            }

            int currency = currencyIndex(lines.currencyAt(line));
            String payer = lines.nameAt(line);
            counterpartyCount = 0;
            if (payer != null) {
                findCounterparties(line - chunkFirst);
                if (counterpartyCount == 0 && MatchRules.mayBeCutName(payer)) {
                    undecided[line] = true; // the object rules search names starting with it
                    return;
                }
            }
            findReferencedItems(line);
            String structured = lines.referenceAt(line);
            if (structured != null) {
                findByStructuredReference(structured);
            }

            int first = candidateCount;
            boolean decided;
            if (referencedCount > 0) {
                decided = addReferenced(line, gross, currency);
            } else if (counterpartyCount > 0) {
                decided = addCounterpartyItems(line, gross, currency);
            } else {
                addItemsWithAmount(line, gross, currency);
                decided = true;
            }

            if (!decided) {
                candidateCount = first;
                undecided[line] = true;
                return;
            }
            rank(first, candidateCount);
        }

        /**
         * Adds the referenced items in the line's currency as candidates, and returns false when
         * the combination rule of the object rules might find more: no item fits the amount, and
         * there are two referenced items or a named counterparty.
         */
        private boolean addReferenced(int line, long gross, int currency) {
            boolean amountFit = false;
            int first = candidateCount;
            for (int r = 0; r < referencedCount; r++) {
                int slot = referenced[r];
                if (index.currencyAt(slot) != currency) {
                    continue; // BankLineMatcher notes the other currency and proposes nothing
                }
                long open = index.outstandingAt(slot);
                int flags = referencedBy[r];
                // A proposal counts the strongest reference to an item, not both.
                int score =
                        (flags & CompactMatchResult.FOUND_BY_REFERENCE) != 0
                                ? StructuredReferenceRule.POINTS
                                : InvoiceNumberRule.POINTS;
                if (open == gross) {
                    amountFit = true;
                    flags |= CompactMatchResult.EXACT_AMOUNT;
                    score += AmountRule.EXACT_POINTS;
                } else if (open > gross) {
                    flags |= CompactMatchResult.PARTIAL_AMOUNT;
                    score += PartialPaymentRule.POINTS;
                }
                if (isNamed(index.counterpartyAt(slot))) {
                    flags |= CompactMatchResult.NAMED_COUNTERPARTY;
                    score += CounterpartyRule.NAME_POINTS;
                }
                addCandidate(line, slot, Math.min(MAX_SCORE, score), flags, referencedWindow[r]);
            }
            if (!amountFit && (referencedCount >= 2 || counterpartyCount > 0)) {
                candidateCount = first;
                return false;
            }
            return true;
        }

        /**
         * Adds each named counterparty's items whose outstanding amount equals the line's, and
         * returns false when there is none, because the combination rule of the object rules then
         * searches the counterparties' items.
         */
        private boolean addCounterpartyItems(int line, long gross, int currency) {
            int first = candidateCount;
            int score = CounterpartyRule.NAME_POINTS + AmountRule.EXACT_POINTS;
            int flags = CompactMatchResult.EXACT_AMOUNT | CompactMatchResult.NAMED_COUNTERPARTY;
            for (int p = 0; p < counterpartyCount && currency != NONE; p++) {
                int counterparty = counterparties[p];
                int count = 0;
                // The chain contains the items whose values share a hash, so each one is confirmed.
                for (int slot = index.firstWithAmount(counterparty, currency, gross);
                        slot != NONE && count < found.length;
                        slot = index.nextWithAmountHash(slot)) {
                    if (index.counterpartyAt(slot) == counterparty
                            && index.currencyAt(slot) == currency
                            && index.outstandingAt(slot) == gross) {
                        found[count++] = slot;
                    }
                }
                if (count > MatchRules.MAX_AMOUNT_ONLY_CANDIDATES) {
                    continue; // too many items with this amount identify none of them
                }
                for (int f = 0; f < count; f++) {
                    addCandidate(line, found[f], score, flags, CompactMatchResult.NO_WINDOW);
                }
            }
            return candidateCount > first;
        }

        /**
         * Adds the items in the line's currency whose outstanding amount equals the line's, unless
         * there are more than {@value MatchRules#MAX_AMOUNT_ONLY_CANDIDATES}, as the object rules
         * do for a line that names no invoice and no counterparty. The combination rule has no
         * items to combine then, so the line is decided either way.
         */
        private void addItemsWithAmount(int line, long gross, int currency) {
            if (currency == NONE) {
                return;
            }
            int count = 0;
            for (int slot = index.firstWithCurrencyAmount(currency, gross);
                    slot != NONE && count < found.length;
                    slot = index.nextWithCurrencyAmountHash(slot)) {
                if (index.currencyAt(slot) == currency && index.outstandingAt(slot) == gross) {
                    found[count++] = slot;
                }
            }
            if (count > MatchRules.MAX_AMOUNT_ONLY_CANDIDATES) {
                return; // too many items with this amount identify none of them
            }
            for (int f = 0; f < count; f++) {
                addCandidate(
                        line,
                        found[f],
                        AmountRule.EXACT_POINTS,
                        CompactMatchResult.EXACT_AMOUNT,
                        CompactMatchResult.NO_WINDOW);
            }
        }

        /**
         * Tokenizes the text and payer's name of lines {@code first} to {@code end}, exclusive, and
         * runs their look-ups together. Returns and reversals are skipped, because {@link #run}
         * reads neither for them. {@link #run} must then run on those lines, in order, before the
         * next call.
         */
        void lookUpChunk(int first, int end) {
            chunkFirst = first;
            lookupCount = 0;
            nameLookupCount = 0;
            loadLineStrings(first, end);
            for (int line = first; line < end; line++) {
                int inChunk = line - first;
                firstLookupOf[inChunk] = lookupCount;
                chunkNameKeyLength[inChunk] = 0;
                chunkNameHead[inChunk] = NONE;
                if (lines.amountAt(line) < 0) {
                    continue; // run decides a return or reversal without reading its text
                }
                if (chunkTexts[inChunk] == null) {
                    chunkTexts[inChunk] = new CompactText();
                }
                chunkTexts[inChunk].tokenize(lines.textAt(line));
                collectNumberWindows(chunkTexts[inChunk]);
                String payer = lines.nameAt(line);
                if (payer != null) {
                    collectNameKey(inChunk, payer);
                }
            }
            firstLookupOf[end - first] = lookupCount;
            loadedAhead += index.firstWithNumberHashes(lookupHash, lookupCount, lookupHead);
            loadedAhead += index.firstWithNameHashes(nameHashes, nameLookupCount, nameHeads);
            loadCounterpartyAmounts();
        }

        /**
         * Loads the text and payer's name of lines {@code first} to {@code end}, exclusive, in one
         * loop of independent loads, so that their cache misses overlap. Each string and its
         * characters lie elsewhere on the heap, and tokenizing them one by one waits for each miss
         * in turn.
         */
        private void loadLineStrings(int first, int end) {
            for (int line = first; line < end; line++) {
                // String.length() reads the string and the length of its character array.
                loadedAhead += lines.textAt(line).length();
                String payer = lines.nameAt(line);
                if (payer != null) {
                    loadedAhead += payer.length();
                }
            }
        }

        /** Writes the name key of {@code payer} for line {@code inChunk} of the chunk. */
        private void collectNameKey(int inChunk, String payer) {
            name.tokenize(payer);
            char[] key = chunkNameKeys[inChunk];
            if (key == null || key.length < 2 * name.length()) {
                key = new char[Math.max(64, 2 * name.length())];
                chunkNameKeys[inChunk] = key;
            }
            int length = name.writeNameKey(key);
            chunkNameKeyLength[inChunk] = length;
            if (length > 0) {
                nameHashes[nameLookupCount] = TextKeyHash.of(key, 0, length);
                nameLineOf[nameLookupCount] = inChunk;
                nameLookupCount++;
            }
        }

        /**
         * Stores the first counterparty found by each payer's name, and loads the amount chain of
         * that counterparty for each line that quotes no invoice number the index contains, because
         * the rules look there next.
         */
        private void loadCounterpartyAmounts() {
            int amountCount = 0;
            for (int n = 0; n < nameLookupCount; n++) {
                int inChunk = nameLineOf[n];
                int counterparty = nameHeads[n];
                chunkNameHead[inChunk] = counterparty;
                int line = chunkFirst + inChunk;
                int currency = currencyIndex(lines.currencyAt(line));
                if (counterparty != NONE && currency != NONE && !hasNumberHead(inChunk)) {
                    amountHashes[amountCount++] =
                            CompactOpenItemIndex.amountHash(
                                    counterparty, currency, lines.amountAt(line));
                }
            }
            loadedAhead += index.firstWithAmountHashes(amountHashes, amountCount, amountHeads);
        }

        /** Returns whether a text window of line {@code inChunk} has items under its hash. */
        private boolean hasNumberHead(int inChunk) {
            for (int w = firstLookupOf[inChunk]; w < firstLookupOf[inChunk + 1]; w++) {
                if (lookupHead[w] != NONE) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Adds the text windows of {@code tokens} that pass the cheap tests of the index, key
         * length, start and end, to the look-ups of the chunk.
         */
        private void collectNumberWindows(CompactText tokens) {
            char[] chars = tokens.chars();
            int tokenCount = tokens.tokenCount();
            for (int start = 0; start < tokenCount; start++) {
                int from = tokens.tokenStart(start);
                if (!mayStartKey(tokens, from)) {
                    continue;
                }
                window.reset();
                int end = Math.min(tokenCount, start + LineContext.MAX_WINDOW_TOKENS);
                for (int t = start; t < end; t++) {
                    int to = tokens.tokenEnd(t);
                    window.append(chars, tokens.tokenStart(t), to);
                    int keyLength = window.numberKeyLength();
                    // A key ends with the window's last character, because a run of digits
                    // keeps its last digit.
                    if (keyLength < InvoiceNumberRule.MIN_KEY_LENGTH
                            || !index.mayHaveKeyEnding(keyLength, chars[to - 1])) {
                        continue;
                    }
                    addLookup(
                            window.numberKeyHash(),
                            from,
                            to,
                            CompactMatchResult.textWindow(start, t - start + 1));
                }
            }
        }

        private void addLookup(long hash, int from, int to, int textWindow) {
            if (lookupCount == lookupHash.length) {
                int capacity = lookupCount * 2;
                lookupHash = Arrays.copyOf(lookupHash, capacity);
                lookupHead = Arrays.copyOf(lookupHead, capacity);
                lookupFrom = Arrays.copyOf(lookupFrom, capacity);
                lookupTo = Arrays.copyOf(lookupTo, capacity);
                lookupWindow = Arrays.copyOf(lookupWindow, capacity);
            }
            lookupHash[lookupCount] = hash;
            lookupFrom[lookupCount] = from;
            lookupTo[lookupCount] = to;
            lookupWindow[lookupCount] = textWindow;
            lookupCount++;
        }

        /**
         * Collects the items whose invoice-number key equals that of a text window of {@code line},
         * from the look-ups that {@link #lookUpChunk} ran for its chunk.
         */
        private void findReferencedItems(int line) {
            referencedCount = 0;
            int inChunk = line - chunkFirst;
            text = chunkTexts[inChunk];
            char[] chars = text.chars();
            for (int w = firstLookupOf[inChunk]; w < firstLookupOf[inChunk + 1]; w++) {
                int slot = lookupHead[w];
                if (slot != NONE) {
                    addConfirmed(slot, chars, lookupFrom[w], lookupTo[w], lookupWindow[w]);
                }
            }
            if (index.hasPaymentReferences()) {
                findReferencedByPaymentReference();
            }
        }

        /**
         * Returns whether the windows of {@code tokens} that start at character {@code from} may
         * name an invoice. A window that starts with a letter keeps its first two characters in its
         * key, as every window long enough to be looked up has two, so no key starting so means no
         * match.
         */
        private boolean mayStartKey(CompactText tokens, int from) {
            char[] chars = tokens.chars();
            char first = chars[from];
            if (first < 'A' || first > 'Z') {
                return true; // leading zeros of a digit run leave the key's start open
            }
            char second = from + 1 < tokens.length() ? chars[from + 1] : '0';
            return index.mayHaveKeyStarting(first, second);
        }

        /**
         * Adds each item of the chain from {@code slot} whose invoice-number key equals the key of
         * the window {@code chars[from]} to {@code chars[to]}, because items with equal hashes may
         * have other keys. {@code window} is the text window's tokens as {@link
         * CompactMatchResult#textWindow} packs them, or {@link CompactMatchResult#NO_WINDOW} for
         * the structured reference.
         */
        private void addConfirmed(int slot, char[] chars, int from, int to, int window) {
            if (windowKey.length < to - from) {
                windowKey = new char[to - from];
            }
            int windowLength = CompactText.writeNumberKey(chars, from, to, windowKey);
            long windowPacked = CompactText.packNumberKey(windowKey, windowLength);
            for (int at = slot; at != NONE; at = index.nextWithNumberHash(at)) {
                long storedPacked = index.packedNumberKeyAt(at);
                boolean equal;
                if (windowPacked != 0 || storedPacked != 0) {
                    // Keys that fit in a long compare as numbers, which skips reading the stored
                    // invoice number. When only one of two keys fits, the keys differ.
                    equal = windowPacked == storedPacked;
                } else {
                    equal = storedKeyEquals(at, windowLength);
                }
                if (equal) {
                    recordReferenced(at, CompactMatchResult.FOUND_BY_NUMBER, window);
                }
            }
        }

        /**
         * Returns whether the invoice-number key of the item in {@code slot} equals the first
         * {@code windowLength} characters of {@link #windowKey}.
         */
        private boolean storedKeyEquals(int slot, int windowLength) {
            stored.tokenize(index.invoiceNumberAt(slot));
            if (storedKey.length < stored.length()) {
                storedKey = new char[stored.length()];
            }
            int storedLength =
                    CompactText.writeNumberKey(stored.chars(), 0, stored.length(), storedKey);
            return storedLength == windowLength
                    && Arrays.equals(windowKey, 0, windowLength, storedKey, 0, storedLength);
        }

        /**
         * Records that the item in {@code slot} is named {@code how}, by number or reference, and
         * by number first in {@code window}. The text windows are searched for numbers in the order
         * of {@link LineContext#textWindows()} and before the structured reference, so the first
         * window recorded for an item is the one that its explanation quotes.
         */
        private void recordReferenced(int slot, int how, int window) {
            boolean byNumber = how == CompactMatchResult.FOUND_BY_NUMBER;
            for (int r = 0; r < referencedCount; r++) {
                if (referenced[r] == slot) {
                    if (byNumber && (referencedBy[r] & CompactMatchResult.FOUND_BY_NUMBER) == 0) {
                        referencedWindow[r] = window;
                    }
                    referencedBy[r] |= how;
                    return;
                }
            }
            referenced = append(referenced, referencedCount, slot);
            referencedBy = append(referencedBy, referencedCount, how);
            referencedWindow =
                    append(
                            referencedWindow,
                            referencedCount,
                            byNumber ? window : CompactMatchResult.NO_WINDOW);
            referencedCount++;
        }

        /**
         * Adds the items whose payment reference equals a text window, as the structured-reference
         * rule of the object rules does: every window, whatever its length, except one that claims
         * to be an RF reference but has wrong check digits.
         */
        private void findReferencedByPaymentReference() {
            char[] chars = text.chars();
            int tokens = text.tokenCount();
            for (int start = 0; start < tokens; start++) {
                int from = text.tokenStart(start);
                int end = Math.min(tokens, start + LineContext.MAX_WINDOW_TOKENS);
                for (int t = start; t < end; t++) {
                    int to = text.tokenEnd(t);
                    int slot = index.firstWithReferenceHash(TextKeyHash.of(chars, from, to));
                    if (slot == NONE) {
                        continue;
                    }
                    String window = new String(chars, from, to - from);
                    if (StructuredReferenceRule.isInvalidRf(window)) {
                        continue;
                    }
                    for (int at = slot; at != NONE; at = index.nextWithReferenceHash(at)) {
                        if (window.equals(index.paymentReferenceAt(at))) {
                            recordReferenced(
                                    at,
                                    CompactMatchResult.FOUND_BY_REFERENCE,
                                    CompactMatchResult.NO_WINDOW);
                        }
                    }
                }
            }
        }

        /**
         * Adds the items that the line's structured reference names, as the object rules do: by
         * payment reference unless it claims to be an RF reference with wrong check digits, and by
         * invoice number whatever it claims.
         */
        private void findByStructuredReference(String structured) {
            if (index.hasPaymentReferences() && !StructuredReferenceRule.isInvalidRf(structured)) {
                for (int at = index.firstWithReferenceHash(TextKeyHash.of(structured));
                        at != NONE;
                        at = index.nextWithReferenceHash(at)) {
                    if (structured.equals(index.paymentReferenceAt(at))) {
                        recordReferenced(
                                at,
                                CompactMatchResult.FOUND_BY_REFERENCE,
                                CompactMatchResult.NO_WINDOW);
                    }
                }
            }
            char[] chars = structured.toCharArray();
            window.reset();
            window.append(chars, 0, chars.length);
            if (window.numberKeyLength() >= InvoiceNumberRule.MIN_KEY_LENGTH) {
                int slot = index.firstWithNumberHash(window.numberKeyHash());
                if (slot != NONE) {
                    addConfirmed(slot, chars, 0, chars.length, CompactMatchResult.NO_WINDOW);
                }
            }
        }

        /**
         * Collects the counterparties with open items whose name key equals the payer's of line
         * {@code inChunk} of the chunk, from the look-up that {@link #lookUpChunk} ran.
         */
        private void findCounterparties(int inChunk) {
            char[] key = chunkNameKeys[inChunk];
            int length = chunkNameKeyLength[inChunk];
            for (int counterparty = chunkNameHead[inChunk];
                    counterparty != NONE;
                    counterparty = index.nextWithNameHash(counterparty)) {
                if (index.firstItemOf(counterparty) != NONE
                        && CompactText.equalsText(key, length, index.nameKeyAt(counterparty))
                        && !contains(counterparties, counterpartyCount, counterparty)) {
                    counterparties = append(counterparties, counterpartyCount++, counterparty);
                }
            }
        }

        private boolean isNamed(int counterparty) {
            return contains(counterparties, counterpartyCount, counterparty);
        }

        private int currencyIndex(CurrencyUnit currency) {
            if (currency != lastCurrency) {
                lastCurrency = currency;
                lastCurrencyIndex = index.findCurrency(currency);
            }
            return lastCurrencyIndex;
        }

        /**
         * Adds a candidate, with {@code window}, the text window that names its invoice number as
         * {@link CompactMatchResult#textWindow} packs it, or {@link CompactMatchResult#NO_WINDOW}.
         */
        private void addCandidate(int line, int slot, int score, int flags, int window) {
            if (candidateCount == candidateSlot.length) {
                int capacity = candidateCount * 2;
                candidateLine = Arrays.copyOf(candidateLine, capacity);
                candidateSlot = Arrays.copyOf(candidateSlot, capacity);
                candidateScore = Arrays.copyOf(candidateScore, capacity);
                candidateFlags = Arrays.copyOf(candidateFlags, capacity);
                candidateOutstanding = Arrays.copyOf(candidateOutstanding, capacity);
                candidateCounterparty = Arrays.copyOf(candidateCounterparty, capacity);
                candidateWindow = Arrays.copyOf(candidateWindow, capacity);
            }
            candidateLine[candidateCount] = line;
            candidateSlot[candidateCount] = slot;
            candidateScore[candidateCount] = score;
            candidateFlags[candidateCount] = (byte) flags;
            candidateOutstanding[candidateCount] = index.outstandingAt(slot);
            candidateCounterparty[candidateCount] = index.counterpartyAt(slot);
            candidateWindow[candidateCount] = window;
            candidateCount++;
        }

        /**
         * Sorts the candidates from {@code from} to {@code to} best first: higher score, then
         * earlier due date, invoice number, invoice id when both items have one, and slot, as
         * {@code BankLineMatcher} ranks one item candidates. A line has a few candidates, so an
         * insertion sort is enough.
         */
        private void rank(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                for (int j = i; j > from && ranksBefore(j, j - 1); j--) {
                    swap(j, j - 1);
                }
            }
        }

        private boolean ranksBefore(int left, int right) {
            if (candidateScore[left] != candidateScore[right]) {
                return candidateScore[left] > candidateScore[right];
            }
            int leftSlot = candidateSlot[left];
            int rightSlot = candidateSlot[right];
            int order = Integer.compare(index.dueAt(leftSlot), index.dueAt(rightSlot));
            if (order == 0) {
                order = index.compareInvoiceNumbers(leftSlot, rightSlot);
            }
            if (order == 0) {
                order = index.compareInvoiceIds(leftSlot, rightSlot);
            }
            return order != 0 ? order < 0 : leftSlot < rightSlot;
        }

        private void swap(int i, int j) {
            int slot = candidateSlot[i];
            candidateSlot[i] = candidateSlot[j];
            candidateSlot[j] = slot;
            int score = candidateScore[i];
            candidateScore[i] = candidateScore[j];
            candidateScore[j] = score;
            byte flags = candidateFlags[i];
            candidateFlags[i] = candidateFlags[j];
            candidateFlags[j] = flags;
            long outstanding = candidateOutstanding[i];
            candidateOutstanding[i] = candidateOutstanding[j];
            candidateOutstanding[j] = outstanding;
            int counterparty = candidateCounterparty[i];
            candidateCounterparty[i] = candidateCounterparty[j];
            candidateCounterparty[j] = counterparty;
            int window = candidateWindow[i];
            candidateWindow[i] = candidateWindow[j];
            candidateWindow[j] = window;
        }

        private static boolean contains(int[] values, int count, int value) {
            for (int i = 0; i < count; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }

        private static int[] append(int[] values, int count, int value) {
            int[] target = count == values.length ? Arrays.copyOf(values, count * 2) : values;
            target[count] = value;
            return target;
        }
    }

    /**
     * The amounts left in the batch of the items that lines took, by slot: an open-addressing table
     * that never removes a key. Entry {@code at} is {@code entries[2 * at]}, the slot plus one or 0
     * when empty, followed by its amount, so that a probe reads one cache line.
     */
    private static final class SlotAmounts {
        private final long[] entries;
        private final int mask;

        SlotAmounts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2;
            entries = new long[2 * capacity];
            mask = capacity - 1;
        }

        long getOrDefault(int slot, long fallback) {
            for (int at = home(slot); entries[2 * at] != 0; at = (at + 1) & mask) {
                if (entries[2 * at] == slot + 1L) {
                    return entries[2 * at + 1];
                }
            }
            return fallback;
        }

        void put(int slot, long amount) {
            int at = home(slot);
            while (entries[2 * at] != 0 && entries[2 * at] != slot + 1L) {
                at = (at + 1) & mask;
            }
            entries[2 * at] = slot + 1L;
            entries[2 * at + 1] = amount;
        }

        private int home(int slot) {
            return (slot * 0x9E3779B9) >>> 1 & mask;
        }
    }
}
