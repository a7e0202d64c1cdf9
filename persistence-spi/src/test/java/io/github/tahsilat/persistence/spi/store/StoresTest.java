package io.github.tahsilat.persistence.spi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import org.junit.jupiter.api.Test;

class StoresTest {

    private final Stores stores = InMemoryStores.create();
    private final Stores other = InMemoryStores.create();

    @Test
    void withInvoicesReplacesOnlyInvoices() {
        Stores replaced = stores.withInvoices(other.invoices());

        assertThat(replaced).isEqualTo(copyWith(other.invoices(), stores.dunning(), stores));
        assertThat(replaced.invoices()).isSameAs(other.invoices());
    }

    @Test
    void withDunningReplacesOnlyDunning() {
        Stores replaced = stores.withDunning(other.dunning());

        assertThat(replaced).isEqualTo(copyWith(stores.invoices(), other.dunning(), stores));
        assertThat(replaced.dunning()).isSameAs(other.dunning());
    }

    @Test
    void withTransactionsReplacesOnlyRunner() {
        Stores replaced = stores.withTransactions(other.transactions());

        assertThat(replaced.transactions()).isSameAs(other.transactions());
        assertThat(replaced.withTransactions(stores.transactions())).isEqualTo(stores);
    }

    @Test
    void withRejectsNull() {
        assertThatThrownBy(() -> stores.withDunning(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("dunning");
    }

    private static Stores copyWith(InvoiceStore invoices, DunningStore dunning, Stores base) {
        return new Stores(
                base.companies(),
                base.counterparties(),
                invoices,
                base.creditDocuments(),
                base.events(),
                base.payments(),
                base.allocations(),
                base.ledger(),
                base.instruments(),
                dunning,
                base.bankEntries(),
                base.reconciliationQueue(),
                base.paymentPlans(),
                base.transactions());
    }
}
