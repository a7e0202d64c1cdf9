package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.reconciliation.DigestCounts;
import io.github.tahsilat.internal.reconciliation.EntryHashing;
import io.github.tahsilat.internal.reconciliation.StringIntMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The idempotency key of a bank entry, so that one entry is booked once however often its statement
 * is imported and whether it first arrives in a notification or in the statement.
 *
 * <p>An entry has up to two keys:
 *
 * <ul>
 *   <li>the <em>reference key</em> {@code ref:<account>:<AcctSvcrRef>}, when the bank gave its
 *       unique entry reference;
 *   <li>the <em>content key</em> {@code sha256:<hex>#<n>}, always: the SHA-256 of the account,
 *       booking date, value date, signed amount at its currency's scale, currency code,
 *       counterparty IBAN, end-to-end id and remittance text, and {@code n}, the entry's occurrence
 *       number (from 1) among entries with the same hash in one statement, so that two identical
 *       payments on one day stay two entries.
 * </ul>
 *
 * <p><b>Notification, then statement.</b> A camt.054 notification often lacks the {@code
 * AcctSvcrRef} that the camt.053 statement of the same day carries. Booking therefore records
 * {@link #keysToRecord()}: the content key alone for an entry without a reference, and for an entry
 * with one both the reference key and the content key marked {@code +ref}. {@link #isBookedIn} then
 * finds an entry booked when
 *
 * <ul>
 *   <li>its reference key is recorded (the same statement imported again), or
 *   <li>its content key is recorded unmarked, by an entry that had no reference (the statement
 *       after its notification), or
 *   <li>it has no reference itself and its content key is recorded in either form (the notification
 *       after its statement).
 * </ul>
 *
 * <p><b>Identity and evidence.</b> The reference key and the unmarked content key identify an
 * entry, so a second entry recorded under one of them is rejected. The marked content key is
 * evidence for a later notification and identifies nothing. A statement imported again in another
 * line order numbers the occurrences of equal-content lines differently, so a line may find its
 * marked content key taken by its twin with another reference. Booking then records the marked
 * content key of the lowest occurrence number that no entry has, so that each booked entry with a
 * reference keeps a marked content key of its own for the notification.
 *
 * <p>NOTE: the content hash leaves out the payer's name and the structured reference. Two lines
 * without a bank reference that differ only there swap keys when their statement is imported again
 * in another order. The import then reports the line that was not booked as booked, and matches the
 * booked line again as if it were new.
 *
 * <p>A bank reference that entries of different content in one statement carry does not identify an
 * entry, so {@link #forStatement} gives those entries their content key alone. The same line listed
 * twice under one reference stays one entry. Real statements do this: the ING camt.053 example
 * lists two different payments of 125.00 EUR under one {@code AcctSvcrRef}.
 *
 * <p>Two entries that both carry different bank references are never taken for each other, even
 * with equal content, because the marked content key does not match an entry with a reference. The
 * rule relies on the notification and the statement giving the same content fields. An entry whose
 * remittance text or dates differ between the two is booked twice.
 *
 * <p>Immutable and thread-safe.
 *
 * @param referenceKey the reference key, or empty when the bank gave no {@code AcctSvcrRef}
 * @param contentKey the content key, never {@code null}
 */
public record BankEntryKey(Optional<String> referenceKey, String contentKey) {

    /** The suffix that marks a content key recorded together with a reference key. */
    public static final String WITH_REFERENCE_SUFFIX = "+ref";

    /**
     * The order of the lists that {@link BankLineMatcher} returns and of an import's result: by
     * {@link #primary()}, then by {@link #contentKey()}.
     */
    public static final Comparator<BankEntryKey> MATCH_ORDER =
            Comparator.comparing(BankEntryKey::primary).thenComparing(BankEntryKey::contentKey);

    private static final String REFERENCE_PREFIX = "ref:";
    private static final String CONTENT_PREFIX = "sha256:";

    /** The number of lines that {@link #forStatement} hashes before it counts their digests. */
    private static final int KEY_CHUNK = 16;

    /**
     * Checks both keys.
     *
     * @throws InvalidInputException if a part is {@code null}, the reference key does not start
     *     with {@code ref:} or the content key does not start with {@code sha256:}
     */
    public BankEntryKey {
        InputChecks.present(referenceKey, "referenceKey", "a key or Optional.empty()");
        if (referenceKey.isPresent() && !referenceKey.get().startsWith(REFERENCE_PREFIX)) {
            throw new InvalidInputException(
                    "referenceKey", referenceKey.get(), "a key starting with " + REFERENCE_PREFIX);
        }
        InputChecks.present(contentKey, "contentKey", "a key starting with " + CONTENT_PREFIX);
        if (!contentKey.startsWith(CONTENT_PREFIX)) {
            throw new InvalidInputException(
                    "contentKey", contentKey, "a key starting with " + CONTENT_PREFIX);
        }
    }

    /**
     * Computes the keys of one statement's lines, in order, counting each line's occurrence among
     * lines of equal content in this list. A bank reference that lines of different content in the
     * list carry is left out of their keys. Pass the lines of one statement or one notification per
     * call, because the occurrence number is counted within the list.
     *
     * @throws InvalidInputException if {@code statementLines} is {@code null} or has a {@code null}
     *     element
     */
    public static List<BankEntryKey> forStatement(List<BankLine> statementLines) {
        InputChecks.present(statementLines, "statementLines", "a list of bank lines");
        int count = statementLines.size();
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        DigestCounts occurrences = new DigestCounts(count);
        // The id of the content digest each bank reference was first seen with. A reference seen
        // with a second digest goes into sharedReferences and is left out of the keys.
        StringIntMap digestByReference = null;
        Set<String> sharedReferences = null;
        List<BankEntryKey> keys = new ArrayList<>(count);
        // The lines are hashed a chunk at a time, so that the chunk's look-ups in the table of
        // occurrences miss the cache together instead of one after the other.
        BankLine[] chunk = new BankLine[KEY_CHUNK];
        long[] digests = new long[KEY_CHUNK * EntryHashing.Hasher.DIGEST_WORDS];
        Iterator<BankLine> lines = statementLines.iterator();
        while (lines.hasNext()) {
            int size = hashChunk(lines, hasher, chunk, digests);
            occurrences.loadSlots(digests, size);
            for (int i = 0; i < size; i++) {
                BankLine line = chunk[i];
                int at = i * EntryHashing.Hasher.DIGEST_WORDS;
                int digest = occurrences.add(digests, at);
                BankEntryKey key =
                        of(
                                line,
                                hasher.keyText(
                                        CONTENT_PREFIX,
                                        digests,
                                        at,
                                        '#',
                                        occurrences.count(digest)));
                if (key.referenceKey().isPresent()) {
                    String reference = key.referenceKey().get();
                    if (digestByReference == null) {
                        digestByReference = new StringIntMap(count);
                    }
                    int first = digestByReference.putIfAbsent(reference, digest);
                    if (first >= 0 && first != digest) {
                        if (sharedReferences == null) {
                            sharedReferences = new HashSet<>();
                        }
                        sharedReferences.add(reference);
                    }
                }
                keys.add(key);
            }
        }
        if (sharedReferences == null) {
            return List.copyOf(keys);
        }
        List<BankEntryKey> result = new ArrayList<>(keys.size());
        for (BankEntryKey key : keys) {
            boolean shared = key.referenceKey().filter(sharedReferences::contains).isPresent();
            result.add(shared ? new BankEntryKey(Optional.empty(), key.contentKey()) : key);
        }
        return List.copyOf(result);
    }

    /**
     * Hashes up to {@code chunk.length} next lines into {@code chunk}, with their digests in {@code
     * digests} as four words each, and returns how many it hashed.
     *
     * @throws InvalidInputException if a line is {@code null}
     */
    private static int hashChunk(
            Iterator<BankLine> lines,
            EntryHashing.Hasher hasher,
            BankLine[] chunk,
            long[] digests) {
        int size = 0;
        while (size < chunk.length && lines.hasNext()) {
            BankLine line = lines.next();
            InputChecks.present(line, "statementLines", "no null element");
            hashContent(line, hasher);
            hasher.copyDigest(digests, size * EntryHashing.Hasher.DIGEST_WORDS);
            chunk[size++] = line;
        }
        return size;
    }

    /**
     * Computes the key of a line that is the {@code occurrence}-th among lines of equal content in
     * its statement.
     *
     * @throws InvalidInputException if {@code line} is {@code null} or {@code occurrence} is less
     *     than 1
     */
    public static BankEntryKey of(BankLine line, int occurrence) {
        InputChecks.present(line, "line", "a bank line");
        if (occurrence < 1) {
            throw new InvalidInputException("occurrence", occurrence, "a number from 1");
        }
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        hashContent(line, hasher);
        return of(line, hasher.keyText(CONTENT_PREFIX, '#', occurrence));
    }

    /** Builds the key of a line whose content key is {@code contentKey}. */
    private static BankEntryKey of(BankLine line, String contentKey) {
        Optional<String> reference =
                line.accountServicerReference().isPresent()
                        ? Optional.of(
                                REFERENCE_PREFIX
                                        + line.accountId()
                                        + ":"
                                        + line.accountServicerReference().get())
                        : Optional.empty();
        return new BankEntryKey(reference, contentKey);
    }

    /**
     * Returns the keys that booking this entry records: the content key for an entry without a bank
     * reference, else the reference key and the content key marked {@link #WITH_REFERENCE_SUFFIX}.
     */
    public List<String> keysToRecord() {
        return referenceKey
                .map(ref -> List.of(ref, contentKey + WITH_REFERENCE_SUFFIX))
                .orElseGet(() -> List.of(contentKey));
    }

    /**
     * Returns whether an entry with this key is already booked, given every key recorded so far by
     * {@link #keysToRecord()}. See the type's documentation for the rule.
     *
     * @throws InvalidInputException if {@code recordedKeys} is {@code null}
     */
    public boolean isBookedIn(Set<String> recordedKeys) {
        InputChecks.present(recordedKeys, "recordedKeys", "a set of recorded keys, possibly empty");
        if (recordedKeys.isEmpty()) {
            // Skips building the marked content key below when nothing is recorded.
            return false;
        }
        if (referenceKey.isPresent()) {
            return recordedKeys.contains(referenceKey.get()) || recordedKeys.contains(contentKey);
        }
        return recordedKeys.contains(contentKey)
                || recordedKeys.contains(contentKey + WITH_REFERENCE_SUFFIX);
    }

    /**
     * Returns the marked content key of this entry's content at {@code occurrence}. Booking records
     * it when an entry of equal content already has the marked {@link #contentKey()}.
     *
     * @throws InvalidInputException if {@code occurrence} is less than 1
     */
    public String markedContentKey(int occurrence) {
        if (occurrence < 1) {
            throw new InvalidInputException("occurrence", occurrence, "a number from 1");
        }
        int hash = contentKey.lastIndexOf('#');
        String digest = hash < 0 ? contentKey : contentKey.substring(0, hash);
        return digest + '#' + occurrence + WITH_REFERENCE_SUFFIX;
    }

    /** Returns the key that identifies the line in results: the reference key, else the content. */
    public String primary() {
        return referenceKey.orElse(contentKey);
    }

    /**
     * Hashes the line's content fields and finishes the digest. The amount is written as {@code
     * MinorAmount.toPlainString()} writes it, at its currency's scale.
     */
    private static void hashContent(BankLine line, EntryHashing.Hasher hasher) {
        MinorAmount amount = Amounts.toMinor(line.amount(), "amount");
        // BankLineMapper gives every line of a parsed statement the header's account id string,
        // so the hasher copies its bytes from the line before instead of encoding it again.
        hasher.addRepeated(line.accountId())
                .add(line.bookingDate())
                .add(line.valueDate())
                .addDecimal(amount.units(), MinorAmount.fractionDigits(amount.currency()))
                .add(amount.currencyCode())
                .add(
                        line.counterpartyIban().isPresent()
                                ? line.counterpartyIban().get().value()
                                : "")
                .add(line.endToEndId().orElse(""))
                .add(line.remittanceText());
        hasher.finish();
    }
}
