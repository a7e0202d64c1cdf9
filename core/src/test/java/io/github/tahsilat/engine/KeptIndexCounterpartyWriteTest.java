package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CALENDAR;
import static io.github.tahsilat.engine.EngineFixtures.CLOCK;
import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.invoice;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.OpenReceivableFeed;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A counterparty's IBAN or tax id written after an import started and before it matches against the
 * kept index decides the import as it decides one on an engine without the kept index. The write
 * happens on the importing thread, just before the import enters the feed's {@code whileUnchanged},
 * so the test needs no second thread and no timing.
 */
class KeptIndexCounterpartyWriteTest {

    private static final CompanyId COMPANY =
            new CompanyId(UUID.fromString("00000000-0000-0000-0000-00000000c0c0"));
    private static final CounterpartyId CUSTOMER =
            new CounterpartyId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    private static final InvoiceId INVOICE =
            new InvoiceId(UUID.fromString("00000000-0000-0000-0000-0000000001a1"));
    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final Iban IBAN = Iban.parse("GB82 WEST 1234 5698 7654 32");
    private static final Vkn VKN = new Vkn("4540536920");

    /** An engine over its own store, whose feed runs a write just before the next read. */
    private static final class World {
        final Tahsilat engine;
        private Runnable beforeNextRead = () -> {};

        World(boolean keepMatchIndex) {
            Stores memory = InMemoryStores.create();
            Stores stores = memory.withInvoices(new WritingFeedStore(memory.invoices(), this));
            Tahsilat.Builder builder =
                    Tahsilat.builder()
                            .stores(stores)
                            .clock(CLOCK)
                            .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR));
            engine = (keepMatchIndex ? builder.keepMatchIndex() : builder).build();
            engine.companies().register(company(COMPANY));
        }

        void runBeforeNextRead(Runnable write) {
            beforeNextRead = write;
        }

        void updateCustomer(UnaryOperator<Counterparty.Builder> change) {
            var stored = engine.counterparties().find(COMPANY, CUSTOMER).orElseThrow();
            Counterparty next = change.apply(stored.counterparty().toBuilder()).build();
            engine.counterparties().update(next, stored.version());
        }

        ReconciliationResult importLine(String statementId, BankLine line) {
            return engine.reconciliation()
                    .importStatement(new StatementImport(COMPANY, statementId, List.of(line)));
        }

        private void beforeRead() {
            Runnable write = beforeNextRead;
            beforeNextRead = () -> {};
            write.run();
        }
    }

    /** An invoice store whose feed runs the world's pending write before each read. */
    private static final class WritingFeedStore extends ForwardingInvoiceStore {
        private final World world;

        WritingFeedStore(InvoiceStore delegate, World world) {
            super(delegate);
            this.world = world;
        }

        @Override
        public Optional<OpenReceivableFeed> openReceivableFeed() {
            return delegate.openReceivableFeed().map(this::writingBeforeRead);
        }

        private OpenReceivableFeed writingBeforeRead(OpenReceivableFeed feed) {
            return new OpenReceivableFeed() {
                @Override
                public void subscribe(OpenReceivableListener listener) {
                    feed.subscribe(listener);
                }

                @Override
                public <T> T whileUnchanged(Supplier<T> work) {
                    world.beforeRead();
                    return feed.whileUnchanged(work);
                }
            };
        }
    }

    private static Counterparty customer(Iban iban) {
        Counterparty.Builder builder =
                Counterparty.builder()
                        .id(CUSTOMER)
                        .companyId(COMPANY)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Ege Boya Ltd.");
        return (iban == null ? builder : builder.addIban(iban)).build();
    }

    /** Registers the customer with one open receivable of 1,200.00 TRY. */
    private static void prepare(World world, Counterparty customer) {
        world.engine.counterparties().register(customer);
        world.engine
                .invoices()
                .issue(InvoiceRequest.of(invoice(customer, "INV-1").id(INVOICE).build(CONTEXT)));
    }

    private static BankLine.Builder credit(String amount) {
        return BankLine.builder()
                .accountId(ACCOUNT)
                .bookingDate(TODAY)
                .amount(money(amount, "TRY"))
                .accountServicerReference("ASR-1");
    }

    @Test
    void ibanWrittenBeforeMatchIsSeen() {
        World kept = new World(true);
        World plain = new World(false);
        prepare(kept, customer(null));
        prepare(plain, customer(null));
        BankLine line = credit("1200.00").remittanceText("Payment").counterpartyIban(IBAN).build();

        kept.runBeforeNextRead(() -> kept.updateCustomer(builder -> builder.addIban(IBAN)));
        plain.updateCustomer(builder -> builder.addIban(IBAN));
        ReconciliationResult keptResult = kept.importLine("STMT-1", line);
        ReconciliationResult plainResult = plain.importLine("STMT-1", line);

        assertThat(plainResult.suggested()).hasSize(1);
        assertThat(plainResult.suggested().get(0).proposal().score()).isEqualTo(50);
        assertThat(KeptIndexEquivalenceTest.summary(keptResult))
                .isEqualTo(KeptIndexEquivalenceTest.summary(plainResult));
    }

    @Test
    void taxIdWrittenBeforeMatchIsSeen() {
        World kept = new World(true);
        World plain = new World(false);
        prepare(kept, customer(null));
        prepare(plain, customer(null));
        BankLine line = credit("1200.00").remittanceText("VKN " + VKN.value()).build();

        kept.runBeforeNextRead(() -> kept.updateCustomer(builder -> builder.taxIdentifier(VKN)));
        plain.updateCustomer(builder -> builder.taxIdentifier(VKN));
        ReconciliationResult keptResult = kept.importLine("STMT-1", line);
        ReconciliationResult plainResult = plain.importLine("STMT-1", line);

        assertThat(plainResult.suggested()).hasSize(1);
        assertThat(plainResult.suggested().get(0).proposal().score()).isEqualTo(50);
        assertThat(KeptIndexEquivalenceTest.summary(keptResult))
                .isEqualTo(KeptIndexEquivalenceTest.summary(plainResult));
    }
}
