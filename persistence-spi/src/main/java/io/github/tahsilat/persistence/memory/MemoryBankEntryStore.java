package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.store.BankEntryStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Booked bank entries per company, unique per entry key, with a write version per company that
 * counts the inserts and never goes back, not even when an insert is rolled back.
 */
final class MemoryBankEntryStore implements BankEntryStore {

    private static final String TYPE = "BankEntryRecord";

    private static final Comparator<BankEntryRecord> BY_DATE_AND_KEY =
            Comparator.comparing(BankEntryRecord::bookingDate)
                    .thenComparing(BankEntryRecord::entryKey);

    private final MemoryTransactions transactions;
    private final Map<UUID, Map<String, BankEntryRecord>> byCompany = new HashMap<>();
    private final Map<UUID, Long> writeVersions = new HashMap<>();

    MemoryBankEntryStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public BankEntryRecord insert(UUID companyId, BankEntryRecord entry) {
        if (!insertIfAbsent(companyId, entry)) {
            throw new DuplicateKeyException(TYPE, "entry key", entry.entryKey());
        }
        return entry;
    }

    @Override
    public boolean insertIfAbsent(UUID companyId, BankEntryRecord entry) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, entry.companyId());
        return transactions.write(
                undo -> {
                    Map<String, BankEntryRecord> entries =
                            byCompany.computeIfAbsent(companyId, id -> new HashMap<>());
                    if (entries.putIfAbsent(entry.entryKey(), entry) != null) {
                        return false;
                    }
                    // A rollback leaves the version raised, which only makes a caller read again.
                    writeVersions.merge(companyId, 1L, Long::sum);
                    undo.add(() -> entries.remove(entry.entryKey()));
                    return true;
                });
    }

    @Override
    public Optional<BankEntryRecord> find(UUID companyId, String entryKey) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(entryKey, "entryKey");
        return transactions.read(() -> Optional.ofNullable(entries(companyId).get(entryKey)));
    }

    @Override
    public List<BankEntryRecord> findAll(UUID companyId, Collection<String> entryKeys) {
        Objects.requireNonNull(companyId, "companyId");
        // A null key is rejected whether or not the company has entries. The keys are read in
        // place, with no copy, because the read below runs before this method returns.
        for (String key : entryKeys) {
            Objects.requireNonNull(key);
        }
        return transactions.read(
                () -> {
                    Map<String, BankEntryRecord> entries = entries(companyId);
                    List<BankEntryRecord> found = new ArrayList<>();
                    if (entries.isEmpty()) {
                        return found;
                    }
                    // Only the keys found are tracked for repeats, so a statement's look-up of
                    // several keys per line builds no set of all its keys.
                    Set<String> foundKeys = new HashSet<>();
                    for (String key : entryKeys) {
                        BankEntryRecord entry = entries.get(key);
                        if (entry != null && foundKeys.add(key)) {
                            found.add(entry);
                        }
                    }
                    found.sort(BY_DATE_AND_KEY);
                    return found;
                });
    }

    @Override
    public List<BankEntryRecord> findByEndToEndId(
            UUID companyId, String accountId, String endToEndId) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(endToEndId, "endToEndId");
        return query(
                companyId,
                entry ->
                        entry.accountId().equals(accountId)
                                && entry.endToEndId().filter(endToEndId::equals).isPresent());
    }

    @Override
    public List<BankEntryRecord> ofStatement(UUID companyId, String statementId) {
        Objects.requireNonNull(statementId, "statementId");
        return query(companyId, entry -> entry.statementId().equals(statementId));
    }

    @Override
    public List<BankEntryRecord> ofAccount(
            UUID companyId, String accountId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(
                    "invalid period: " + from + " to " + to + "; expected from on or before to");
        }
        return query(
                companyId,
                entry ->
                        entry.accountId().equals(accountId)
                                && !entry.bookingDate().isBefore(from)
                                && !entry.bookingDate().isAfter(to));
    }

    @Override
    public OptionalLong writeVersion(UUID companyId) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.read(() -> OptionalLong.of(writeVersions.getOrDefault(companyId, 0L)));
    }

    private List<BankEntryRecord> query(UUID companyId, Predicate<BankEntryRecord> filter) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.read(
                () ->
                        entries(companyId).values().stream()
                                .filter(filter)
                                .sorted(BY_DATE_AND_KEY)
                                .toList());
    }

    private Map<String, BankEntryRecord> entries(UUID companyId) {
        return byCompany.getOrDefault(companyId, Map.of());
    }
}
