package io.github.tahsilat.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.TransactionRolledBackException;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The events that {@link StoreContext#appendEvent} makes inside and outside a {@link
 * StoreContext#write}: each company's log keeps them in the order they were made, and a write that
 * fails stores none of them.
 */
class StoreContextEventsTest {

    private final Stores stores = InMemoryStores.create();
    private final CompanyId company = CompanyId.random();
    private final CompanyId otherCompany = CompanyId.random();
    private final StoreContext context = context(stores);

    private static StoreContext context(Stores stores) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);
        return new StoreContext(stores, clock, Actor.system("test"), new Calendars(Map.of()));
    }

    @Test
    void writeKeepsOrderPerCompany() {
        context.write(
                () -> {
                    event(context, company, "A1");
                    event(context, otherCompany, "B1");
                    event(context, company, "A2");
                    event(context, otherCompany, "B2");
                    return null;
                });

        assertThat(types(company)).containsExactly("A1", "A2");
        assertThat(types(otherCompany)).containsExactly("B1", "B2");
        assertThat(sequences(company)).containsExactly(1L, 2L);
    }

    @Test
    void nestedWriteOnWrappedStoresKeepsOrder() {
        StoreContext wrapped = context(stores.withInvoices(stores.invoices()));

        context.write(
                () -> {
                    event(context, company, "outer before");
                    wrapped.write(
                            () -> {
                                event(wrapped, company, "inner");
                                return null;
                            });
                    event(context, company, "outer after");
                    return null;
                });

        assertThat(types(company)).containsExactly("outer before", "inner", "outer after");
    }

    @Test
    void failedWriteLeavesLaterEventsImmediate() {
        assertThatThrownBy(
                        () ->
                                context.write(
                                        () -> {
                                            event(context, company, "lost");
                                            throw new IllegalStateException("work failed");
                                        }))
                .isInstanceOf(IllegalStateException.class);

        event(context, company, "after");

        assertThat(types(company)).containsExactly("after");
    }

    @Test
    void caughtInnerFailureStoresNoEvent() {
        assertThatThrownBy(
                        () ->
                                context.write(
                                        () -> {
                                            event(context, company, "outer");
                                            try {
                                                context.write(
                                                        () -> {
                                                            event(context, company, "inner");
                                                            throw new IllegalStateException(
                                                                    "inner work failed");
                                                        });
                                            } catch (IllegalStateException expected) {
                                                // The outer transaction is now rollback-only.
                                            }
                                            return null;
                                        }))
                .isInstanceOf(TransactionRolledBackException.class);

        assertThat(types(company)).isEmpty();
    }

    @Test
    void hostTransactionReadsWriteEvents() {
        List<String> seen =
                stores.transactions()
                        .inTransaction(
                                () -> {
                                    context.write(
                                            () -> {
                                                event(context, company, "first");
                                                return null;
                                            });
                                    return types(company);
                                });

        assertThat(seen).containsExactly("first");
    }

    private static void event(StoreContext target, CompanyId companyId, String type) {
        target.appendEvent(companyId, type, UUID.randomUUID(), Map.of());
    }

    private List<String> types(CompanyId companyId) {
        return read(companyId).stream().map(EventRecord::type).toList();
    }

    private List<Long> sequences(CompanyId companyId) {
        return read(companyId).stream().map(EventRecord::sequence).toList();
    }

    private List<EventRecord> read(CompanyId companyId) {
        return stores.events().readAfter(companyId.value(), 0, 100).items();
    }
}
