package io.github.tahsilat.persistence.jdbc;

import static io.github.tahsilat.persistence.jdbc.InvoiceRecords.openReceivable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Behaviour of the JDBC stores beyond the contract kit: PostgreSQL types, bad rows, errors. */
class JdbcStoresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final WriteStamp STAMP =
            new WriteStamp(Actor.user("test-user"), Instant.parse("2026-03-02T10:15:30.123456Z"));

    private Stores stores;
    private UUID company;

    @BeforeEach
    void createStores() {
        stores = DATABASE.stores();
        company = UUID.randomUUID();
    }

    /** Returns an open receivable with one line, owed {@code outstanding} in {@code currency}. */
    private InvoiceRecord invoice(String number, String outstanding, String currency) {
        return openReceivable(company, UUID.randomUUID(), number, outstanding, currency, STAMP);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @CsvSource({
            "10.50, TRY, 2",
            "10, JPY, 0",
            "0.001, KWD, 3",
            "0.00, EUR, 2",
            "123456789012345678.9012, TRY, 4"
        })
        void amountKeepsScale(String amount, String currency, int scale) {
            InvoiceRecord stored =
                    stores.invoices().insert(company, invoice("INV-1", amount, currency));

            InvoiceRecord found = stores.invoices().find(company, stored.id()).orElseThrow();

            assertThat(found.outstanding()).isEqualTo(new BigDecimal(amount));
            assertThat(found.outstanding().scale()).isEqualTo(scale);
            assertThat(found.lines().get(0).unitPrice()).isEqualTo(new BigDecimal(amount));
            assertThat(found.lines().get(0).quantity()).isEqualTo(new BigDecimal("1"));
            assertThat(found).isEqualTo(stored);
        }

        @Test
        void repeatedReadsKeepScale() {
            // pgjdbc (prepareThreshold 5 by default) switches to a server-prepared statement, whose
            // results come in binary form, from the fifth run of the same statement on.
            InvoiceRecord stored =
                    stores.invoices().insert(company, invoice("INV-1", "10.50", "TRY"));

            for (int i = 0; i < 10; i++) {
                InvoiceRecord found = stores.invoices().find(company, stored.id()).orElseThrow();
                assertThat(found.outstanding().toPlainString()).isEqualTo("10.50");
            }
        }

        @Test
        void negativeScaleRejected() {
            InvoiceRecord invoice = invoice("INV-1", "1E+3", "JPY");

            assertThatThrownBy(() -> stores.invoices().insert(company, invoice))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1E+3")
                    .hasMessageContaining("1000");
            assertThat(stores.invoices().find(company, invoice.id())).isEmpty();
        }
    }

    @Nested
    class Instants {

        @Test
        void nanosTruncatedToMicros() {
            WriteStamp precise =
                    new WriteStamp(
                            Actor.user("u"), Instant.parse("2026-03-02T10:15:30.123456789Z"));
            NewEvent event =
                    new NewEvent(
                            UUID.randomUUID(),
                            "InvoiceIssued",
                            company,
                            Map.of(),
                            precise.at(),
                            precise.actor());

            EventRecord stored = stores.events().append(company, event);

            assertThat(stored.occurredAt()).isEqualTo(Instant.parse("2026-03-02T10:15:30.123456Z"));
            assertThat(stores.events().readAfter(company, 0, 10).items()).containsExactly(stored);
        }

        @Test
        void writeStampTruncatedToMicros() {
            InvoiceRecord invoice = invoice("INV-1", "5.00", "TRY");
            InvoiceRecord precise =
                    JdbcInvoiceStore.withStamp(
                            invoice,
                            new WriteStamp(
                                    Actor.system("job"),
                                    Instant.parse("2026-03-02T10:15:30.000000999Z")),
                            0);

            InvoiceRecord stored = stores.invoices().insert(company, precise);

            assertThat(stored.lastWrite().at()).isEqualTo(Instant.parse("2026-03-02T10:15:30Z"));
            assertThat(stores.invoices().find(company, stored.id())).contains(stored);
        }
    }

    @Nested
    class BadRows {

        @Test
        void unknownCurrencyNamesTableKeyValue() throws SQLException {
            InvoiceRecord stored =
                    stores.invoices().insert(company, invoice("INV-1", "1.00", "TRY"));
            execute(
                    "UPDATE tahsilat_invoice SET currency = 'XYZ' WHERE id = '"
                            + stored.id()
                            + "'");

            assertThatThrownBy(() -> stores.invoices().find(company, stored.id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("tahsilat_invoice.currency")
                    .hasMessageContaining(stored.id().toString())
                    .hasMessageContaining("XYZ");
        }

        @Test
        void unknownStatusNamesTableKeyValue() throws SQLException {
            InvoiceRecord stored =
                    stores.invoices().insert(company, invoice("INV-1", "1.00", "TRY"));
            execute("UPDATE tahsilat_invoice SET status = 'LOST' WHERE id = '" + stored.id() + "'");

            assertThatThrownBy(() -> stores.invoices().find(company, stored.id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("tahsilat_invoice.status")
                    .hasMessageContaining(stored.id().toString())
                    .hasMessageContaining("LOST");
        }

        @Test
        void brokenRowNamesTableAndKey() throws SQLException {
            InvoiceRecord stored =
                    stores.invoices().insert(company, invoice("INV-1", "1.00", "TRY"));
            execute(
                    "UPDATE tahsilat_invoice SET outstanding = -1 WHERE id = '"
                            + stored.id()
                            + "'");

            assertThatThrownBy(() -> stores.invoices().find(company, stored.id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("tahsilat_invoice")
                    .hasMessageContaining(stored.id().toString())
                    .hasMessageContaining("outstanding: -1");
        }

        @Test
        void brokenChildRowNamesTable() throws SQLException {
            InvoiceRecord stored =
                    stores.invoices().insert(company, invoice("INV-1", "1.00", "TRY"));
            execute(
                    "UPDATE tahsilat_invoice_line SET quantity = 0 WHERE invoice_id = '"
                            + stored.id()
                            + "'");

            assertThatThrownBy(() -> stores.invoices().find(company, stored.id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("tahsilat_invoice_line")
                    .hasMessageContaining(stored.id().toString())
                    .hasMessageContaining("quantity: 0");
        }

        @Test
        void nullPayloadValueNamesEvent() throws SQLException {
            EventRecord stored =
                    stores.events()
                            .append(
                                    company,
                                    new NewEvent(
                                            UUID.randomUUID(),
                                            "E",
                                            company,
                                            Map.of("a", "1"),
                                            STAMP.at(),
                                            STAMP.actor()));
            execute(
                    "UPDATE tahsilat_event SET payload = '{\"a\": null}' WHERE id = '"
                            + stored.id()
                            + "'");

            assertThatThrownBy(() -> stores.events().readAfter(company, 0, 10))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("tahsilat_event")
                    .hasMessageContaining("sequence=1");
        }
    }

    @Nested
    class Errors {

        @Test
        void duplicateInTransactionRollsBackAll() {
            stores.invoices().insert(company, invoice("INV-1", "1.00", "TRY"));
            InvoiceRecord second = invoice("INV-2", "2.00", "TRY");

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () -> {
                                                        stores.invoices().insert(company, second);
                                                        return stores.invoices()
                                                                .insert(
                                                                        company,
                                                                        invoice(
                                                                                "INV-1", "3.00",
                                                                                "TRY"));
                                                    }))
                    .isInstanceOfSatisfying(
                            DuplicateKeyException.class,
                            e -> assertThat(e.keyValue()).isEqualTo("RECEIVABLE/INV-1"));
            assertThat(stores.invoices().find(company, second.id())).isEmpty();
        }

        @Test
        void rolledBackAppendLeavesNoGap() {
            NewEvent first =
                    new NewEvent(
                            UUID.randomUUID(), "E", company, Map.of(), STAMP.at(), STAMP.actor());
            NewEvent second =
                    new NewEvent(
                            UUID.randomUUID(), "E", company, Map.of(), STAMP.at(), STAMP.actor());

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () -> {
                                                        stores.events().append(company, first);
                                                        throw new IllegalStateException("undo");
                                                    }))
                    .isInstanceOf(IllegalStateException.class);
            EventRecord stored = stores.events().append(company, second);

            assertThat(stored.sequence()).isEqualTo(1);
        }

        @Test
        void laterAppendWaitsForEarlierCommit() throws Exception {
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                CountDownLatch appended = new CountDownLatch(1);
                CountDownLatch commit = new CountDownLatch(1);
                Future<EventRecord> first =
                        other.submit(
                                () ->
                                        stores.transactions()
                                                .inTransaction(
                                                        () -> {
                                                            EventRecord event =
                                                                    stores.events()
                                                                            .append(
                                                                                    company,
                                                                                    newEvent());
                                                            appended.countDown();
                                                            await(commit);
                                                            return event;
                                                        }));
                assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
                ExecutorService third = Executors.newSingleThreadExecutor();
                try {
                    Future<EventRecord> second =
                            third.submit(() -> stores.events().append(company, newEvent()));

                    Thread.sleep(300);
                    assertThat(second.isDone()).isFalse();
                    assertThat(stores.events().readAfter(company, 0, 10).items()).isEmpty();
                    commit.countDown();

                    assertThat(first.get(10, TimeUnit.SECONDS).sequence()).isEqualTo(1);
                    assertThat(second.get(10, TimeUnit.SECONDS).sequence()).isEqualTo(2);
                } finally {
                    third.shutdownNow();
                }
            } finally {
                other.shutdownNow();
            }
        }

        private NewEvent newEvent() {
            return new NewEvent(
                    UUID.randomUUID(), "E", company, Map.of(), STAMP.at(), STAMP.actor());
        }

        private static void await(CountDownLatch latch) {
            try {
                assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Test
        void concurrentIdempotentInsertsAgree() throws Exception {
            InvoiceRecord request = invoice("INV-1", "7.00", "TRY");
            InvoiceRecord keyed =
                    new InvoiceRecord(
                            company,
                            request.id(),
                            0,
                            request.direction(),
                            request.number(),
                            request.counterpartyId(),
                            request.currency(),
                            request.issueDate(),
                            request.dueDate(),
                            request.lines(),
                            request.schedule(),
                            request.totals(),
                            request.outstanding(),
                            request.status(),
                            request.closedOn(),
                            request.dispute(),
                            request.termsNotation(),
                            request.lastDunningLevel(),
                            request.externalReference(),
                            Optional.of("request-1"),
                            STAMP);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<InvoiceRecord>> inserts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    inserts.add(() -> stores.invoices().insert(company, keyed));
                }

                List<InvoiceRecord> results = new ArrayList<>();
                for (Future<InvoiceRecord> result : pool.invokeAll(inserts)) {
                    results.add(result.get(10, TimeUnit.SECONDS));
                }

                assertThat(results).allMatch(result -> result.equals(results.get(0)));
                assertThat(results.get(0).version()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void connectionReachableInsideTransaction() {
            JdbcTransactionRunner runner = (JdbcTransactionRunner) stores.transactions();

            boolean valid =
                    runner.inTransaction(
                            () -> {
                                try {
                                    return !runner.connection().getAutoCommit();
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            });

            assertThat(valid).isTrue();
            assertThatThrownBy(runner::connection).isInstanceOf(IllegalStateException.class);
        }
    }
}
