package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.ReconciliationFixture.ACCOUNT;

import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.BankEntryStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A bank-entry store that counts the calls of {@code findAll} and, right after the first, stores
 * the keys of {@link #parallelBooking} as a parallel import of statement {@code STMT-PARALLEL}
 * would: in {@link #parallelCompany}, or else in the company read. With {@link #versions} false, it
 * returns no write version, as a store without one does. Every other call goes to the delegate.
 */
final class ParallelBookingBankEntries implements BankEntryStore {

    private final BankEntryStore delegate;
    List<String> parallelBooking = List.of();
    Optional<UUID> parallelCompany = Optional.empty();
    boolean versions = true;
    int findAllCalls;

    ParallelBookingBankEntries(BankEntryStore delegate) {
        this.delegate = delegate;
    }

    /** Returns {@code stores} with this store in place of their bank-entry store. */
    Stores withinStores(Stores stores) {
        return new Stores(
                stores.companies(),
                stores.counterparties(),
                stores.invoices(),
                stores.creditDocuments(),
                stores.events(),
                stores.payments(),
                stores.allocations(),
                stores.ledger(),
                stores.instruments(),
                stores.dunning(),
                this,
                stores.reconciliationQueue(),
                stores.paymentPlans(),
                stores.transactions());
    }

    @Override
    public List<BankEntryRecord> findAll(UUID companyId, Collection<String> entryKeys) {
        List<BankEntryRecord> found = delegate.findAll(companyId, entryKeys);
        findAllCalls++;
        if (findAllCalls == 1) {
            UUID owner = parallelCompany.orElse(companyId);
            for (String key : parallelBooking) {
                delegate.insert(owner, bookedInParallel(owner, key));
            }
        }
        return found;
    }

    @Override
    public OptionalLong writeVersion(UUID companyId) {
        return versions ? delegate.writeVersion(companyId) : OptionalLong.empty();
    }

    private static BankEntryRecord bookedInParallel(UUID companyId, String key) {
        return new BankEntryRecord(
                companyId,
                key,
                "STMT-PARALLEL",
                ACCOUNT,
                TODAY,
                1_000,
                "TRY",
                Optional.empty(),
                BankEntryDecision.IGNORED,
                Optional.empty(),
                List.of(),
                new WriteStamp(
                        Actor.system("parallel-import"), Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Override
    public BankEntryRecord insert(UUID companyId, BankEntryRecord entry) {
        return delegate.insert(companyId, entry);
    }

    @Override
    public boolean insertIfAbsent(UUID companyId, BankEntryRecord entry) {
        return delegate.insertIfAbsent(companyId, entry);
    }

    @Override
    public Optional<BankEntryRecord> find(UUID companyId, String entryKey) {
        return delegate.find(companyId, entryKey);
    }

    @Override
    public List<BankEntryRecord> findByEndToEndId(
            UUID companyId, String accountId, String endToEndId) {
        return delegate.findByEndToEndId(companyId, accountId, endToEndId);
    }

    @Override
    public List<BankEntryRecord> ofStatement(UUID companyId, String statementId) {
        return delegate.ofStatement(companyId, statementId);
    }

    @Override
    public List<BankEntryRecord> ofAccount(
            UUID companyId, String accountId, LocalDate from, LocalDate to) {
        return delegate.ofAccount(companyId, accountId, from, to);
    }
}
