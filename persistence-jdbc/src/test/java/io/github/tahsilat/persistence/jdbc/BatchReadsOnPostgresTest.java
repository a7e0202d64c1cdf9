package io.github.tahsilat.persistence.jdbc;

import static io.github.tahsilat.persistence.jdbc.InvoiceRecords.openReceivable;
import static io.github.tahsilat.persistence.jdbc.PostgresReconciliationQueueContractTest.queuedLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.QueueResolution;
import io.github.tahsilat.persistence.spi.record.QueueResolutionKind;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JDBC overrides of {@link InvoiceStore#numbersOf} and {@link
 * ReconciliationQueueStore#queuedKeys} beyond the contract kit: batches larger than one SQL array
 * chunk, ids and keys that another company stores, and key text that a SQL array literal escapes.
 */
class BatchReadsOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final WriteStamp STAMP =
            new WriteStamp(Actor.system("import"), Instant.parse("2026-03-02T10:15:30Z"));

    private Stores stores;
    private UUID company;
    private UUID otherCompany;

    @BeforeEach
    void createStores() {
        stores = DATABASE.stores();
        company = UUID.randomUUID();
        otherCompany = UUID.randomUUID();
    }

    /** Stores an open receivable of 10.00 TRY under {@code id} in {@code companyId}. */
    private InvoiceRecord insertInvoice(UUID companyId, UUID id, String number) {
        return stores.invoices()
                .insert(companyId, openReceivable(companyId, id, number, "10.00", "TRY", STAMP));
    }

    /** Returns {@code count} random ids that no invoice has. */
    private static List<UUID> unknownIds(int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    @Nested
    class NumbersOf {

        @Test
        void batchPastChunkSizeReadsEveryChunk() {
            InvoiceRecord first = insertInvoice(company, UUID.randomUUID(), "INV-1");
            InvoiceRecord second = insertInvoice(company, UUID.randomUUID(), "INV-2");
            InvoiceRecord third = insertInvoice(company, UUID.randomUUID(), "INV-3");
            List<UUID> ids = unknownIds(2 * Sql.ANY_CHUNK_SIZE + 500);
            // One stored id in each of the three chunks: the first id of the first and second
            // chunks, and the last id of the third.
            ids.set(0, first.id());
            ids.set(Sql.ANY_CHUNK_SIZE, second.id());
            ids.set(ids.size() - 1, third.id());
            ids.add(second.id());

            Map<UUID, String> numbers = stores.invoices().numbersOf(company, ids);

            assertThat(numbers)
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of(first.id(), "INV-1", second.id(), "INV-2", third.id(), "INV-3"));
        }

        @Test
        void otherCompanyIdsLeftOut() {
            InvoiceRecord own = insertInvoice(company, UUID.randomUUID(), "INV-1");
            InvoiceRecord foreign = insertInvoice(otherCompany, UUID.randomUUID(), "INV-2");

            assertThat(stores.invoices().numbersOf(company, List.of(own.id(), foreign.id())))
                    .containsExactlyEntriesOf(Map.of(own.id(), "INV-1"));
            assertThat(stores.invoices().numbersOf(otherCompany, List.of(own.id()))).isEmpty();
        }

        @Test
        void sharedIdReadsOwnCompanyNumber() {
            UUID id = UUID.randomUUID();
            insertInvoice(company, id, "INV-OWN");
            insertInvoice(otherCompany, id, "INV-OTHER");

            assertThat(stores.invoices().numbersOf(company, List.of(id)))
                    .containsExactlyEntriesOf(Map.of(id, "INV-OWN"));
            assertThat(stores.invoices().numbersOf(otherCompany, List.of(id)))
                    .containsExactlyEntriesOf(Map.of(id, "INV-OTHER"));
        }

        @Test
        void nullArgumentsNamed() {
            List<UUID> withNull = new ArrayList<>();
            withNull.add(UUID.randomUUID());
            withNull.add(null);

            assertThatThrownBy(() -> stores.invoices().numbersOf(null, List.of()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("companyId");
            assertThatThrownBy(() -> stores.invoices().numbersOf(company, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("ids");
            assertThatThrownBy(() -> stores.invoices().numbersOf(company, withNull))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("id");
        }
    }

    @Nested
    class QueuedKeys {

        @Test
        void batchPastChunkSizeReadsEveryChunk() {
            ReconciliationQueueStore queue = stores.reconciliationQueue();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 2 * Sql.ANY_CHUNK_SIZE + 500; i++) {
                keys.add("ref:TR01:" + i);
            }
            String first = keys.get(0);
            String second = keys.get(Sql.ANY_CHUNK_SIZE);
            String third = keys.get(keys.size() - 1);
            queue.enqueue(company, queuedLine(company, first));
            queue.enqueue(company, queuedLine(company, second));
            queue.enqueue(company, queuedLine(company, third));
            queue.resolve(
                    company,
                    third,
                    new QueueResolution(
                            QueueResolutionKind.DISMISSED, STAMP, Optional.of("duplicate")));
            keys.add(first);

            assertThat(queue.queuedKeys(company, keys))
                    .containsExactlyInAnyOrder(first, second, third);
        }

        @Test
        void otherCompanyKeysLeftOut() {
            ReconciliationQueueStore queue = stores.reconciliationQueue();
            queue.enqueue(company, queuedLine(company, "ref:TR01:own"));
            queue.enqueue(otherCompany, queuedLine(otherCompany, "ref:TR01:other"));
            queue.enqueue(otherCompany, queuedLine(otherCompany, "ref:TR01:shared"));

            assertThat(
                            queue.queuedKeys(
                                    company,
                                    List.of("ref:TR01:own", "ref:TR01:other", "ref:TR01:shared")))
                    .containsExactly("ref:TR01:own");
        }

        @Test
        void arrayLiteralCharactersMatched() {
            ReconciliationQueueStore queue = stores.reconciliationQueue();
            List<String> keys =
                    List.of(
                            "ref:{TR01},\"a\"",
                            "ref:TR01:back\\slash",
                            "ref:TR01:NULL",
                            "ref:TR01: spaced ",
                            "ref:TR01:İSTANBUL");
            keys.forEach(key -> queue.enqueue(company, queuedLine(company, key)));

            assertThat(queue.queuedKeys(company, keys)).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(queue.queuedKeys(company, List.of("ref:TR01:null", "ref:TR01:ISTANBUL")))
                    .isEmpty();
        }

        @Test
        void nulKeyNotQueued() {
            ReconciliationQueueStore queue = stores.reconciliationQueue();
            queue.enqueue(company, queuedLine(company, "ref:TR01:1"));

            Set<String> queued = queue.queuedKeys(company, List.of("ref:TR01:1", "ref:\u0000"));

            assertThat(queued).containsExactly("ref:TR01:1");
        }

        @Test
        void nullArgumentsNamed() {
            ReconciliationQueueStore queue = stores.reconciliationQueue();
            List<String> withNull = new ArrayList<>();
            withNull.add("ref:TR01:1");
            withNull.add(null);

            assertThatThrownBy(() -> queue.queuedKeys(null, List.of()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("companyId");
            assertThatThrownBy(() -> queue.queuedKeys(company, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("entryKeys");
            assertThatThrownBy(() -> queue.queuedKeys(company, withNull))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("entryKey");
        }
    }
}
