package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import io.github.tahsilat.persistence.spi.store.CompanyStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Companies in a hash map guarded by {@link MemoryTransactions}. */
final class MemoryCompanyStore implements CompanyStore {

    private static final String TYPE = "CompanyRecord";

    private final MemoryTransactions transactions;
    private final Map<UUID, CompanyRecord> companies = new HashMap<>();

    MemoryCompanyStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public CompanyRecord insert(UUID companyId, CompanyRecord company) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, company.companyId());
        WriteChecks.newRecord(TYPE, company.version());
        return transactions.write(
                undo -> {
                    if (companies.containsKey(companyId)) {
                        throw new DuplicateKeyException(TYPE, "companyId", companyId.toString());
                    }
                    return put(company.withVersion(1), undo);
                });
    }

    @Override
    public CompanyRecord update(UUID companyId, CompanyRecord company) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, company.companyId());
        WriteChecks.readRecord(TYPE, company.version());
        return transactions.write(
                undo -> {
                    CompanyRecord stored = companies.get(companyId);
                    if (stored == null) {
                        throw new RecordNotFoundException(TYPE, companyId, companyId);
                    }
                    WriteChecks.currentVersion(
                            TYPE, companyId, company.version(), stored.version());
                    return put(company.withVersion(stored.version() + 1), undo);
                });
    }

    private CompanyRecord put(CompanyRecord next, UndoLog undo) {
        CompanyRecord previous = companies.put(next.companyId(), next);
        undo.add(
                () -> {
                    if (previous == null) {
                        companies.remove(next.companyId());
                    } else {
                        companies.put(previous.companyId(), previous);
                    }
                });
        return next;
    }

    @Override
    public Optional<CompanyRecord> find(UUID companyId) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.read(() -> Optional.ofNullable(companies.get(companyId)));
    }
}
