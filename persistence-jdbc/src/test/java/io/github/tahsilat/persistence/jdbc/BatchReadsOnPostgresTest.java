package io.github.tahsilat.persistence.jdbc;

import static io.github.tahsilat.persistence.jdbc.InvoiceRecords.openReceivable;
import static io.github.tahsilat.persistence.jdbc.PostgresReconciliationQueueContractTest.queuedLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.DunningRecord;
import io.github.tahsilat.persistence.spi.record.DunningStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.QueueResolution;
import io.github.tahsilat.persistence.spi.record.QueueResolutionKind;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
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
 * The JDBC overrides of {@link InvoiceStore#numbersOf}, {@link ReconciliationQueueStore#queuedKeys}
 * and the batch reads and writes of dunning records beyond the contract kit: batches larger than
 * one SQL array chunk, ids and keys that another company stores, key text that a SQL array literal
 * escapes, the keys a failed batch insert names, and batch updates past one chunk and outside a
 * transaction.
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

    /** Returns a new claim of {@code level} of {@code itemId} in {@code companyId}. */
    private static DunningRecord claim(UUID companyId, UUID itemId, int level) {
        return new DunningRecord(
                companyId,
                UUID.randomUUID(),
                0,
                itemId,
                level,
                UUID.randomUUID(),
                "2026-02-01",
                LocalDate.of(2026, 2, 1),
                "INV-1",
                LocalDate.of(2026, 1, 5),
                27,
                "TRY",
                new BigDecimal("10.00"),
                BigDecimal.ZERO,
                false,
                DunningStatus.CLAIMED,
                List.of(),
                STAMP);
    }

    @Nested
    class DunningRecordsOfItems {

        @Test
        void batchPastChunkSizeReadsEveryChunk() {
            List<UUID> ids = unknownIds(2 * Sql.ANY_CHUNK_SIZE + 500);
            UUID first = ids.get(0);
            UUID second = ids.get(Sql.ANY_CHUNK_SIZE);
            UUID third = ids.get(ids.size() - 1);
            List<DunningRecord> stored =
                    stores.dunning()
                            .claimAll(
                                    company,
                                    List.of(
                                            claim(company, first, 1),
                                            claim(company, second, 2),
                                            claim(company, second, 1),
                                            claim(company, third, 1)));
            ids.add(second);

            Map<UUID, List<DunningRecord>> byItem = stores.dunning().ofItems(company, ids);

            assertThat(byItem).containsOnlyKeys(first, second, third);
            assertThat(byItem.get(first)).containsExactly(stored.get(0));
            assertThat(byItem.get(second)).containsExactly(stored.get(2), stored.get(1));
            assertThat(byItem.get(third)).containsExactly(stored.get(3));
        }

        @Test
        void sharedItemIdReadsOwnCompanyRecords() {
            UUID item = UUID.randomUUID();
            DunningRecord own = stores.dunning().claim(company, claim(company, item, 1));
            DunningRecord foreign =
                    stores.dunning().claim(otherCompany, claim(otherCompany, item, 1));

            assertThat(stores.dunning().ofItems(company, List.of(item)))
                    .containsExactlyEntriesOf(Map.of(item, List.of(own)));
            assertThat(stores.dunning().ofItems(otherCompany, List.of(item)))
                    .containsExactlyEntriesOf(Map.of(item, List.of(foreign)));
        }
    }

    @Nested
    class DunningBatchWrites {

        @Test
        void claimedPairNamedInBatchException() {
            UUID item = UUID.randomUUID();
            stores.dunning().claim(company, claim(company, item, 1));
            List<DunningRecord> claims = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                claims.add(claim(company, UUID.randomUUID(), 1));
            }
            claims.add(claim(company, item, 1));

            assertThatThrownBy(() -> stores.dunning().claimAll(company, claims))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining("item and level")
                    .hasMessageContaining("and 3 more");
            assertThat(
                            stores.dunning()
                                    .ofItems(
                                            company,
                                            claims.stream().map(DunningRecord::itemId).toList()))
                    .containsOnlyKeys(item);
        }

        @Test
        void claimedIdOfSingleClaimNamed() {
            DunningRecord stored =
                    stores.dunning().claim(company, claim(company, UUID.randomUUID(), 1));
            DunningRecord sameId =
                    new DunningRecord(
                            company,
                            stored.id(),
                            0,
                            UUID.randomUUID(),
                            1,
                            stored.counterpartyId(),
                            stored.runKey(),
                            stored.asOf(),
                            stored.invoiceNumber(),
                            stored.dueDate(),
                            stored.daysPastDue(),
                            stored.currency(),
                            stored.outstanding(),
                            stored.fee(),
                            false,
                            DunningStatus.CLAIMED,
                            List.of(),
                            STAMP);

            assertThatThrownBy(() -> stores.dunning().claim(company, sameId))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining("duplicate id of DunningRecord: " + stored.id());
        }

        @Test
        void batchUpdateNotPreparedOnServer() throws SQLException {
            // Under the fixture server's plan_cache_mode, force_custom_plan, the store keeps its
            // statements prepared on purpose, so this check runs on sessions with the default.
            Stores stores =
                    JdbcStores.create(
                            DATABASE.dataSourceWithPlanCacheMode("auto"), DATABASE.options());
            JdbcTransactionRunner transactions = (JdbcTransactionRunner) stores.transactions();

            long prepared =
                    transactions.inTransaction(
                            () -> {
                                // More executions than pgjdbc's default prepareThreshold of 5.
                                for (int i = 0; i < 8; i++) {
                                    DunningRecord stored =
                                            stores.dunning()
                                                    .claim(
                                                            company,
                                                            claim(company, UUID.randomUUID(), 1));
                                    stores.dunning()
                                            .updateAll(
                                                    company,
                                                    List.of(stored.withLeaseExpiry(STAMP.at())));
                                }
                                return preparedUpdates(transactions.connection());
                            });

            assertThat(prepared).isZero();
        }

        /** Returns how many updates of dunning records the connection prepared on the server. */
        private static long preparedUpdates(Connection connection) {
            String sql =
                    "SELECT count(*) FROM pg_prepared_statements"
                            + " WHERE statement LIKE 'UPDATE tahsilat_dunning_record %'";
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void updatePastChunkSizeKeepsEveryValue() {
            List<DunningRecord> claims = new ArrayList<>();
            for (int i = 0; i < 2 * Sql.ANY_CHUNK_SIZE + 1; i++) {
                claims.add(claim(company, UUID.randomUUID(), 1));
            }
            List<DunningRecord> stored = stores.dunning().claimAll(company, claims);
            // Channel lists of 0, 1 and 2 elements, with text that an array literal would quote.
            List<List<String>> channels =
                    List.of(List.of(), List.of("email"), List.of("sms", "a \"b\", {c}"));
            List<DunningRecord> sent = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                sent.add(
                        stored.get(i)
                                .withResult(
                                        DunningStatus.SENT,
                                        channels.get(i % channels.size()),
                                        i % 2 == 0,
                                        new BigDecimal("5.125").add(BigDecimal.valueOf(i)),
                                        new WriteStamp(
                                                Actor.user("clerk-" + i),
                                                Instant.parse("2026-03-03T08:00:00.123456Z")
                                                        .plusSeconds(i)))
                                .withLeaseExpiry(Instant.parse("2026-03-04T00:00:00Z")));
            }

            List<DunningRecord> updated = stores.dunning().updateAll(company, sent);

            assertThat(updated).extracting(DunningRecord::version).containsOnly(2L);
            Map<UUID, List<DunningRecord>> read =
                    stores.dunning()
                            .ofItems(company, sent.stream().map(DunningRecord::itemId).toList());
            for (DunningRecord record : updated) {
                assertThat(read.get(record.itemId())).containsExactly(record);
            }
        }

        @Test
        void staleRecordInSecondChunkUpdatesNone() {
            List<DunningRecord> claims = new ArrayList<>();
            for (int i = 0; i < Sql.ANY_CHUNK_SIZE + 20; i++) {
                claims.add(claim(company, UUID.randomUUID(), 1));
            }
            List<DunningRecord> stored = stores.dunning().claimAll(company, claims);
            DunningRecord stale = stored.get(Sql.ANY_CHUNK_SIZE + 10);
            DunningRecord moved = stores.dunning().update(company, stale);
            List<DunningRecord> sent = new ArrayList<>();
            for (DunningRecord record : stored) {
                sent.add(record.withLeaseExpiry(STAMP.at().plusSeconds(60)));
            }

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            stores.dunning()
                                                                    .updateAll(company, sent)))
                    .isInstanceOf(StaleVersionException.class)
                    .hasMessageContaining(stale.id().toString());
            Map<UUID, List<DunningRecord>> read =
                    stores.dunning()
                            .ofItems(company, stored.stream().map(DunningRecord::itemId).toList());
            for (DunningRecord record : stored) {
                DunningRecord expected = record.id().equals(stale.id()) ? moved : record;
                assertThat(read.get(record.itemId())).containsExactly(expected);
            }
        }

        @Test
        void staleRecordInBatchOutsideTransactionUpdatesNone() {
            DunningRecord fresh =
                    stores.dunning().claim(company, claim(company, UUID.randomUUID(), 1));
            DunningRecord stale =
                    stores.dunning().claim(company, claim(company, UUID.randomUUID(), 1));
            DunningRecord moved = stores.dunning().update(company, stale);

            assertThatThrownBy(
                            () ->
                                    stores.dunning()
                                            .updateAll(
                                                    company,
                                                    List.of(
                                                            fresh.withLeaseExpiry(STAMP.at()),
                                                            stale)))
                    .isInstanceOf(StaleVersionException.class)
                    .hasMessageContaining(stale.id().toString());
            assertThat(stores.dunning().ofItem(company, fresh.itemId())).containsExactly(fresh);
            assertThat(stores.dunning().ofItem(company, stale.itemId())).containsExactly(moved);
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
