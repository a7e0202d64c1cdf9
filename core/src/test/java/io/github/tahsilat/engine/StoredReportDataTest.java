package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static io.github.tahsilat.engine.StoredRecords.importedInvoice;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.StoredDataException;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.InvoiceStore.IndexedOpenItemSink;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.report.AgingOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reports over data that the engine did not write, stored through the SPI directly. The caller's
 * arguments are valid, so each failure must blame the store.
 */
class StoredReportDataTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");

    private final CompanyId companyId = CompanyId.random();

    private Tahsilat registered(Stores stores, Counterparty customer) {
        Tahsilat engine = engine(stores);
        engine.companies().register(company(companyId));
        engine.counterparties().register(customer);
        return engine;
    }

    private InvoiceRecord invoice(Counterparty customer, String currency, String amount) {
        return importedInvoice(
                companyId.value(),
                UUID.randomUUID(),
                "INV-" + UUID.randomUUID(),
                customer.id().value(),
                currency,
                TODAY.minusDays(10),
                TODAY.plusDays(20),
                new BigDecimal(amount));
    }

    /**
     * Returns an engine over new in-memory stores whose invoice store contains one open invoice in
     * {@code currency} for each of {@code amounts}, inserted past the services.
     */
    private Tahsilat withStoredInvoices(String currency, String... amounts) {
        Stores stores = InMemoryStores.create();
        Counterparty customer = person(companyId);
        Tahsilat engine = registered(stores, customer);
        for (String amount : amounts) {
            stores.invoices().insert(companyId.value(), invoice(customer, currency, amount));
        }
        return engine;
    }

    /**
     * Returns an engine over new in-memory stores whose ledger contains one invoice entry in {@code
     * currency}, appended past the services.
     */
    private Tahsilat withLedgerInvoice(String currency) {
        Stores stores = InMemoryStores.create();
        Counterparty customer = person(companyId);
        Tahsilat engine = registered(stores, customer);
        stores.ledger().append(companyId.value(), ledgerInvoice(customer, currency));
        return engine;
    }

    private LedgerEntryRecord ledgerInvoice(Counterparty customer, String currency) {
        BigDecimal amount = new BigDecimal("10.00");
        UUID invoiceId = UUID.randomUUID();
        return new LedgerEntryRecord(
                companyId.value(),
                UUID.randomUUID(),
                0,
                customer.id().value(),
                currency,
                LedgerEntryKind.INVOICE,
                TODAY.minusDays(10),
                NOW,
                amount,
                amount,
                invoiceId,
                Optional.of(invoiceId),
                Optional.empty(),
                "",
                Optional.empty(),
                Actor.system("import"));
    }

    @Nested
    class OpenItemProjection {

        @Test
        void unknownCurrencyBlamesStore() {
            Tahsilat engine = withStoredInvoices("XYZ", "10.00");

            assertThatThrownBy(() -> engine.reports().aging(companyId))
                    .isInstanceOf(StoredDataException.class)
                    .hasMessageContaining("XYZ")
                    .hasMessageContaining(companyId.value().toString())
                    .extracting(e -> ((StoredDataException) e).recordType())
                    .isEqualTo("OpenItemView");
        }

        @Test
        void sumPastLongBlamesStore() {
            // Each is 5 * 10^18 minor units, so the two add up past Long.MAX_VALUE.
            String amount = "50000000000000000.00";
            Tahsilat engine = withStoredInvoices("TRY", amount, amount);

            assertThatThrownBy(() -> engine.reports().aging(companyId))
                    .isInstanceOf(StoredDataException.class)
                    .hasMessageContaining("TRY");
        }

        @Test
        void reusedCounterpartyNumberBlamesStore() {
            Stores memory = InMemoryStores.create();
            Counterparty first = person(companyId);
            Counterparty second = person(companyId);
            Tahsilat engine = registered(withReusedNumber(memory, second), first);
            engine.counterparties().register(second);
            memory.invoices().insert(companyId.value(), invoice(first, "TRY", "10.00"));

            assertThatThrownBy(() -> engine.reports().aging(companyId))
                    .isInstanceOf(StoredDataException.class)
                    .hasMessageContaining("counterpartyIndex")
                    .hasMessageContaining(second.id().value().toString());
        }

        /**
         * Returns {@code memory} with an invoice store whose indexed pass hands over, after the
         * stored items, an item of {@code other} under number 0, which the stored items use.
         */
        private Stores withReusedNumber(Stores memory, Counterparty other) {
            InvoiceStore delegate = memory.invoices();
            InvoiceStore invoices =
                    (InvoiceStore)
                            Proxy.newProxyInstance(
                                    InvoiceStore.class.getClassLoader(),
                                    new Class<?>[] {InvoiceStore.class},
                                    (proxy, method, args) -> {
                                        if (method.getName().equals("forEachOpenItemIndexed")) {
                                            IndexedOpenItemSink sink =
                                                    (IndexedOpenItemSink) args[1];
                                            delegate.forEachOpenItemIndexed((UUID) args[0], sink);
                                            int day = (int) TODAY.toEpochDay();
                                            sink.accept(
                                                    0,
                                                    other.id().value(),
                                                    "TRY",
                                                    Direction.RECEIVABLE,
                                                    day,
                                                    day,
                                                    100);
                                            return null;
                                        }
                                        try {
                                            return method.invoke(delegate, args);
                                        } catch (InvocationTargetException e) {
                                            throw e.getCause();
                                        }
                                    });
            return memory.withInvoices(invoices);
        }
    }

    @Nested
    class ReplayedLedger {

        @Test
        void pastAgingUnknownCurrencyBlamesStore() {
            Tahsilat engine = withLedgerInvoice("XYZ");

            assertThatThrownBy(
                            () ->
                                    engine.reports()
                                            .aging(
                                                    companyId,
                                                    AgingOptions.asOf(TODAY.minusDays(1))))
                    .isInstanceOf(StoredDataException.class)
                    .hasMessageContaining("XYZ")
                    .extracting(e -> ((StoredDataException) e).recordType())
                    .isEqualTo("LedgerEntryRecord");
        }

        @Test
        void metricsUnknownCurrencyBlamesStore() {
            Tahsilat engine = withLedgerInvoice("XYZ");

            assertThatThrownBy(
                            () ->
                                    engine.reports()
                                            .collectionMetrics(
                                                    companyId, TRY, TODAY.minusDays(30), TODAY))
                    .isInstanceOf(StoredDataException.class)
                    .hasMessageContaining("XYZ")
                    .hasMessageContaining(companyId.value().toString());
        }
    }
}
