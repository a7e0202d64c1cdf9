package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Stores the bank entries that reconciliation booked, reversed or ignored, keyed by their
 * idempotency key, so that no entry books twice.
 *
 * <p>Unique per company: the entry key. Of two transactions that insert the same key, in parallel
 * or one after the other, exactly one succeeds. The other gets {@link DuplicateKeyException} from
 * {@link #insert}, {@link #insertAll} and, for the entry's key, {@link #insertWithEvidence}, or
 * {@code false} from {@link #insertIfAbsent} and, for the evidence key, {@link
 * #insertWithEvidence}. Records are never updated or deleted. Lists are ordered by booking date,
 * then by entry key. Implementations are thread-safe and join the active transaction.
 */
public interface BankEntryStore {

    /**
     * Stores a booked entry under its key.
     *
     * @throws DuplicateKeyException if the company has an entry with the same key
     * @throws IllegalArgumentException if {@code companyId} differs from the record's company
     */
    BankEntryRecord insert(UUID companyId, BankEntryRecord entry);

    /**
     * Stores booked entries under their keys, as the same {@link #insert} calls in list order
     * would. The library calls it inside a transaction, so the entries commit or roll back
     * together.
     *
     * <p>The default calls {@link #insert} once per entry, in list order. When one of them throws,
     * the entries before it stay in the active transaction, which then rolls back. A store can
     * override it to insert the entries with one statement.
     *
     * @return the stored entries, in list order
     * @throws DuplicateKeyException if the company has an entry with the key of one of {@code
     *     entries}, or two of them have the same key
     * @throws IllegalArgumentException if {@code companyId} differs from an entry's company
     * @throws NullPointerException if {@code entries} or one of its elements is {@code null}
     */
    default List<BankEntryRecord> insertAll(UUID companyId, List<BankEntryRecord> entries) {
        Objects.requireNonNull(entries, "entries");
        List<BankEntryRecord> stored = new ArrayList<>(entries.size());
        for (BankEntryRecord entry : entries) {
            stored.add(insert(companyId, entry));
        }
        return stored;
    }

    /**
     * Stores {@code entry} unless the company has an entry with its key, and returns whether it
     * stored it. An existing entry is left unchanged, and the active transaction goes on either
     * way. The library calls it for keys that are evidence of a booking rather than its identity,
     * such as the marked content key {@code sha256:<hex>#<n>+ref}, which another entry of equal
     * content may already hold.
     *
     * <p>Of two transactions that insert the same key, exactly one stores it. The default looks the
     * key up with {@link #find} and then calls {@link #insert}, so a parallel insert of the same
     * key between the two makes it throw {@link DuplicateKeyException} instead of returning {@code
     * false}. A store overrides it to decide in one atomic step.
     *
     * @return {@code true} if the entry was stored, {@code false} if its key was already stored
     * @throws IllegalArgumentException if {@code companyId} differs from the record's company
     * @throws NullPointerException if an argument is {@code null}
     */
    default boolean insertIfAbsent(UUID companyId, BankEntryRecord entry) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(entry, "entry");
        if (find(companyId, entry.entryKey()).isPresent()) {
            return false;
        }
        insert(companyId, entry);
        return true;
    }

    /**
     * Stores {@code entry} under its key, as {@link #insertAll} stores a list of one entry, and
     * then {@code evidence} under its key, as {@link #insertIfAbsent} does. Returns whether it
     * stored {@code evidence}. The library calls it for a booked entry with a bank reference: the
     * entry under its reference key, which identifies it, and the evidence under its marked content
     * key {@code sha256:<hex>#<n>+ref}. A taken evidence key leaves the stored record unchanged and
     * still stores {@code entry}.
     *
     * <p>The default checks the arguments, then calls {@link #insertAll} and {@link
     * #insertIfAbsent}, so it costs the store two calls. Over the default {@link #insertIfAbsent},
     * a parallel insert of the evidence key can make it throw {@link DuplicateKeyException} instead
     * of returning {@code false}. A store can override it to store both records with one statement.
     * Such an override may store {@code evidence} before it finds the key of {@code entry} taken.
     * It then throws all the same, and the exception rolls the active transaction back, as it does
     * for {@link #insertAll}.
     *
     * @return {@code true} if {@code evidence} was stored, {@code false} if its key was already
     *     stored
     * @throws DuplicateKeyException if the company has an entry with the key of {@code entry}
     * @throws IllegalArgumentException if {@code companyId} differs from the company of {@code
     *     entry} or {@code evidence}, or if the two records have the same key
     * @throws NullPointerException if an argument is {@code null}
     */
    default boolean insertWithEvidence(
            UUID companyId, BankEntryRecord entry, BankEntryRecord evidence) {
        checkEvidence(companyId, entry, evidence);
        insertAll(companyId, List.of(entry));
        return insertIfAbsent(companyId, evidence);
    }

    /**
     * Checks the arguments of {@link #insertWithEvidence} before either record is stored, so that a
     * rejected call stores neither.
     */
    private static void checkEvidence(
            UUID companyId, BankEntryRecord entry, BankEntryRecord evidence) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(evidence, "evidence");
        for (BankEntryRecord record : List.of(entry, evidence)) {
            if (!companyId.equals(record.companyId())) {
                throw new IllegalArgumentException(
                        "invalid companyId: the record "
                                + record.entryKey()
                                + " belongs to company "
                                + record.companyId()
                                + " but the call names "
                                + companyId
                                + "; expected the same company");
            }
        }
        if (entry.entryKey().equals(evidence.entryKey())) {
            throw new IllegalArgumentException(
                    "invalid evidence key: "
                            + evidence.entryKey()
                            + " is also the entry's key; expected a key of its own, such as the"
                            + " marked content key");
        }
    }

    /** Returns the entry stored under {@code entryKey}, or empty. */
    Optional<BankEntryRecord> find(UUID companyId, String entryKey);

    /**
     * Returns the entries stored under any of {@code entryKeys}, possibly none. Keys without an
     * entry are left out.
     *
     * @throws NullPointerException if an argument or a key is {@code null}
     */
    List<BankEntryRecord> findAll(UUID companyId, Collection<String> entryKeys);

    /** Returns an account's entries with the payer's end-to-end id, possibly none. */
    List<BankEntryRecord> findByEndToEndId(UUID companyId, String accountId, String endToEndId);

    /** Returns the entries that a statement or notification carried, possibly none. */
    List<BankEntryRecord> ofStatement(UUID companyId, String statementId);

    /**
     * Returns an account's entries booked by the bank from {@code from} to {@code to} inclusive.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    List<BankEntryRecord> ofAccount(UUID companyId, String accountId, LocalDate from, LocalDate to);

    /**
     * Returns the company's write version: a number that changes whenever an entry of the company
     * is inserted, or empty when the store does not keep one.
     *
     * <p>When two calls for one company return the same value, every entry of the company that the
     * second call could read was already readable at the first call, so a caller may keep what it
     * read in between instead of reading again. A value is not a count of entries and is not
     * comparable between companies. Of two calls around an insert that was rolled back, the value
     * may differ or not. The default returns empty, so a caller reads again as before.
     *
     * @throws NullPointerException if {@code companyId} is {@code null}
     */
    default OptionalLong writeVersion(UUID companyId) {
        Objects.requireNonNull(companyId, "companyId");
        return OptionalLong.empty();
    }
}
