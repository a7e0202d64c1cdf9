package io.github.tahsilat.testkit;

import io.github.tahsilat.persistence.spi.TransactionRunner;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import io.github.tahsilat.persistence.spi.store.AllocationStore;
import io.github.tahsilat.persistence.spi.store.BankEntryStore;
import io.github.tahsilat.persistence.spi.store.CompanyStore;
import io.github.tahsilat.persistence.spi.store.CounterpartyStore;
import io.github.tahsilat.persistence.spi.store.CreditDocumentStore;
import io.github.tahsilat.persistence.spi.store.EventLog;
import io.github.tahsilat.persistence.spi.store.InstrumentStore;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.LedgerStore;
import io.github.tahsilat.persistence.spi.store.PaymentPlanStore;
import io.github.tahsilat.persistence.spi.store.PaymentStore;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Wrappers around working stores that each break one rule of the contract. */
final class BrokenStores {

    private BrokenStores() {}

    /** What a wrapper does with one call: change it, or pass it on with {@code proceed}. */
    @FunctionalInterface
    private interface Interceptor {
        Object invoke(Object delegate, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, T delegate, Interceptor interceptor) {
        return (T)
                Proxy.newProxyInstance(
                        type.getClassLoader(),
                        new Class<?>[] {type},
                        (proxy, method, args) -> interceptor.invoke(delegate, method, args));
    }

    private static Object proceed(Object delegate, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Returns stores whose updates overwrite whatever version is stored. */
    static Stores ignoringVersions(Stores stores) {
        return new Stores(
                wrap(CompanyStore.class, stores.companies(), BrokenStores::updateAnyVersion),
                wrap(
                        CounterpartyStore.class,
                        stores.counterparties(),
                        BrokenStores::updateAnyVersion),
                wrap(InvoiceStore.class, stores.invoices(), BrokenStores::updateAnyVersion),
                wrap(
                        CreditDocumentStore.class,
                        stores.creditDocuments(),
                        BrokenStores::updateAnyVersion),
                stores.events(),
                wrap(PaymentStore.class, stores.payments(), BrokenStores::updateAnyVersion),
                stores.allocations(),
                stores.ledger(),
                wrap(InstrumentStore.class, stores.instruments(), BrokenStores::updateAnyVersion),
                stores.dunning(),
                stores.bankEntries(),
                stores.reconciliationQueue(),
                wrap(PaymentPlanStore.class, stores.paymentPlans(), BrokenStores::updateAnyVersion),
                stores.transactions());
    }

    private static Object updateAnyVersion(Object delegate, Method method, Object[] args)
            throws Throwable {
        if (!method.getName().equals("update")) {
            return proceed(delegate, method, args);
        }
        Object record = args[1];
        Optional<?> stored;
        if (record instanceof CompanyRecord) {
            stored = ((CompanyStore) delegate).find((UUID) args[0]);
        } else {
            Method find = method.getDeclaringClass().getMethod("find", UUID.class, UUID.class);
            Object id = record.getClass().getMethod("id").invoke(record);
            stored = (Optional<?>) find.invoke(delegate, args[0], id);
        }
        if (stored.isEmpty()) {
            return proceed(delegate, method, args);
        }
        Object storedRecord = stored.get();
        long version = (long) storedRecord.getClass().getMethod("version").invoke(storedRecord);
        Object[] current = args.clone();
        current[1] = record.getClass().getMethod("withVersion", long.class).invoke(record, version);
        return proceed(delegate, method, current);
    }

    /** Returns stores whose queries fall back to other companies' data when they find nothing. */
    static Stores leakingCompanies(Stores stores) {
        Set<UUID> companies = ConcurrentHashMap.newKeySet();
        Interceptor leak = (delegate, method, args) -> leak(companies, delegate, method, args);
        return new Stores(
                stores.companies(),
                wrap(CounterpartyStore.class, stores.counterparties(), leak),
                wrap(InvoiceStore.class, stores.invoices(), leak),
                wrap(CreditDocumentStore.class, stores.creditDocuments(), leak),
                wrap(EventLog.class, stores.events(), leak),
                wrap(PaymentStore.class, stores.payments(), leak),
                wrap(AllocationStore.class, stores.allocations(), leak),
                wrap(LedgerStore.class, stores.ledger(), leak),
                wrap(InstrumentStore.class, stores.instruments(), leak),
                stores.dunning(),
                wrap(BankEntryStore.class, stores.bankEntries(), leak),
                wrap(ReconciliationQueueStore.class, stores.reconciliationQueue(), leak),
                wrap(PaymentPlanStore.class, stores.paymentPlans(), leak),
                stores.transactions());
    }

    private static Object leak(Set<UUID> companies, Object delegate, Method method, Object[] args)
            throws Throwable {
        if (args != null && args.length > 0 && args[0] instanceof UUID company) {
            companies.add(company);
        }
        Object result = proceed(delegate, method, args);
        if (method.getName().equals("insert")
                || method.getName().equals("update")
                || method.getName().equals("append")
                || !isEmpty(result)) {
            return result;
        }
        for (UUID other : new ArrayList<>(companies)) {
            Object[] elsewhere = args.clone();
            elsewhere[0] = other;
            Object found = proceed(delegate, method, elsewhere);
            if (!isEmpty(found)) {
                return found;
            }
        }
        return result;
    }

    private static boolean isEmpty(Object result) {
        if (result instanceof Optional<?> optional) {
            return optional.isEmpty();
        }
        if (result instanceof Collection<?> collection) {
            return collection.isEmpty();
        }
        if (result instanceof io.github.tahsilat.persistence.spi.Page<?> page) {
            return page.items().isEmpty();
        }
        return false;
    }

    /** Returns stores whose transaction runner commits every call at once and never rolls back. */
    static Stores withoutRollback(Stores stores) {
        return stores.withTransactions(new AutoCommitRunner());
    }

    /** Tracks nesting per thread but runs the work with no transaction at all. */
    private static final class AutoCommitRunner implements TransactionRunner {
        private final ThreadLocal<List<Object>> depth = ThreadLocal.withInitial(ArrayList::new);

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            List<Object> frames = depth.get();
            frames.add(work);
            try {
                return work.get();
            } finally {
                frames.remove(frames.size() - 1);
            }
        }

        @Override
        public boolean inTransaction() {
            return !depth.get().isEmpty();
        }
    }
}
