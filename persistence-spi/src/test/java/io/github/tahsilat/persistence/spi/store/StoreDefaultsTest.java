package io.github.tahsilat.persistence.spi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The default methods of the store interfaces, run on stores that implement nothing else. */
class StoreDefaultsTest {

    private static final UUID COMPANY = new UUID(1, 1);

    /**
     * Returns a store whose default methods run as written and whose abstract {@code find} finds
     * nothing. Any other abstract method fails the test.
     */
    private static <T> T store(Class<T> type) {
        InvocationHandler handler =
                (proxy, method, arguments) -> {
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, arguments);
                    }
                    if (method.getName().equals("find")) {
                        return Optional.empty();
                    }
                    throw new AssertionError("unexpected call of " + method);
                };
        return type.cast(
                Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @Nested
    class NumbersOf {

        @Test
        void missingCompanyRejected() {
            InvoiceStore invoices = store(InvoiceStore.class);

            assertThatThrownBy(() -> invoices.numbersOf(null, List.of()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("companyId");
        }

        @Test
        void missingIdRejected() {
            InvoiceStore invoices = store(InvoiceStore.class);
            List<UUID> ids = new ArrayList<>();
            ids.add(null);

            assertThatThrownBy(() -> invoices.numbersOf(COMPANY, ids))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("id");
        }

        @Test
        void unknownIdsLeftOut() {
            InvoiceStore invoices = store(InvoiceStore.class);

            assertThat(invoices.numbersOf(COMPANY, List.of(new UUID(2, 2)))).isEmpty();
        }
    }

    @Nested
    class QueuedKeys {

        @Test
        void missingCompanyRejected() {
            ReconciliationQueueStore queue = store(ReconciliationQueueStore.class);

            assertThatThrownBy(() -> queue.queuedKeys(null, List.of()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("companyId");
        }

        @Test
        void missingKeyRejected() {
            ReconciliationQueueStore queue = store(ReconciliationQueueStore.class);
            List<String> keys = new ArrayList<>();
            keys.add(null);

            assertThatThrownBy(() -> queue.queuedKeys(COMPANY, keys))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("entryKey");
        }

        @Test
        void defaultReturnsNoKey() {
            ReconciliationQueueStore queue = store(ReconciliationQueueStore.class);

            assertThat(queue.queuedKeys(COMPANY, List.of("ref:TR01:0001"))).isEmpty();
        }
    }

    @Nested
    class QueuedPositions {

        @Test
        void missingCompanyRejected() {
            ReconciliationQueueStore queue = store(ReconciliationQueueStore.class);

            assertThatThrownBy(() -> queue.queuedPositions(null, List.of()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("companyId");
        }

        @Test
        void missingKeyRejected() {
            ReconciliationQueueStore queue = store(ReconciliationQueueStore.class);
            List<String> keys = new ArrayList<>();
            keys.add(null);

            assertThatThrownBy(() -> queue.queuedPositions(COMPANY, keys))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("entryKey");
        }

        @Test
        void defaultSetsNoPosition() {
            ReconciliationQueueStore queue = store(ReconciliationQueueStore.class);

            assertThat(queue.queuedPositions(COMPANY, List.of("ref:TR01:0001")).cardinality())
                    .isZero();
        }

        @Test
        void defaultSetsPositionsOfQueuedKeys() {
            ReconciliationQueueStore queue = storeQueuing(Set.of("ref:TR01:0001", "ref:TR01:0003"));

            BitSet queued =
                    queue.queuedPositions(
                            COMPANY,
                            List.of("ref:TR01:0003", "ref:TR01:0002", "x", "ref:TR01:0003"));

            assertThat(queued.stream()).containsExactly(0, 3);
        }

        /**
         * Returns a queue store whose {@code queuedKeys} returns the requested keys of {@code
         * queued}.
         */
        private ReconciliationQueueStore storeQueuing(Set<String> queued) {
            InvocationHandler handler =
                    (proxy, method, arguments) -> {
                        if (method.getName().equals("queuedKeys")) {
                            Set<String> found = new HashSet<>();
                            for (Object key : (Collection<?>) arguments[1]) {
                                if (queued.contains(key)) {
                                    found.add((String) key);
                                }
                            }
                            return found;
                        }
                        if (method.isDefault()) {
                            return InvocationHandler.invokeDefault(proxy, method, arguments);
                        }
                        throw new AssertionError("unexpected call of " + method);
                    };
            return (ReconciliationQueueStore)
                    Proxy.newProxyInstance(
                            ReconciliationQueueStore.class.getClassLoader(),
                            new Class<?>[] {ReconciliationQueueStore.class},
                            handler);
        }
    }

    @Nested
    class WriteVersion {

        @Test
        void missingCompanyRejected() {
            BankEntryStore bankEntries = store(BankEntryStore.class);

            assertThatThrownBy(() -> bankEntries.writeVersion(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("companyId");
        }

        @Test
        void defaultReturnsEmpty() {
            BankEntryStore bankEntries = store(BankEntryStore.class);

            assertThat(bankEntries.writeVersion(COMPANY)).isEmpty();
        }
    }
}
