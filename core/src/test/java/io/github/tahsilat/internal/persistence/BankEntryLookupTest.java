package io.github.tahsilat.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.BankEntryStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.Actor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The keys that {@link BankEntryRepository#recorded} requests from the store. */
class BankEntryLookupTest {

    private static final CompanyId COMPANY = new CompanyId(new UUID(7, 7));

    /** Every key list that {@code findAll} received, in call order. */
    private final List<List<String>> lookups = new ArrayList<>();

    private final BankEntryRepository repository = new BankEntryRepository(context());

    @Test
    void referencedEntryLooksUpTwoKeys() {
        BankEntryKey key = BankEntryKey.of(line("ASR-1"), 1);

        repository.recorded(COMPANY, List.of(key));

        assertThat(lookups).containsExactly(List.of(key.referenceKey().get(), key.contentKey()));
    }

    @Test
    void unreferencedEntryLooksUpMarkedKey() {
        BankEntryKey key = BankEntryKey.of(line(null), 1);

        repository.recorded(COMPANY, List.of(key));

        assertThat(lookups)
                .containsExactly(
                        List.of(
                                key.contentKey(),
                                key.contentKey() + BankEntryKey.WITH_REFERENCE_SUFFIX));
    }

    @Test
    void cachedMarkedKeysGiveSameLookups() {
        BankEntryKey referenced = BankEntryKey.of(line("ASR-1"), 1);
        BankEntryKey unreferenced = BankEntryKey.of(line(null), 2);

        repository.recorded(
                COMPANY, List.of(referenced, unreferenced), new BankEntryRepository.MarkedKeys(2));

        assertThat(lookups)
                .containsExactly(
                        List.of(
                                referenced.referenceKey().get(),
                                referenced.contentKey(),
                                unreferenced.contentKey(),
                                unreferenced.contentKey() + BankEntryKey.WITH_REFERENCE_SUFFIX));
    }

    private static BankLine line(String reference) {
        BankLine.Builder line =
                BankLine.builder()
                        .accountId("TR330006100519786457841326")
                        .bookingDate(LocalDate.of(2026, 12, 6))
                        .amount(Money.of(new BigDecimal("150.00"), "TRY"))
                        .remittanceText("INV-1");
        if (reference != null) {
            line.accountServicerReference(reference);
        }
        return line.build();
    }

    private static List<String> keysOf(Collection<?> keys) {
        return keys.stream().map(String.class::cast).toList();
    }

    private StoreContext context() {
        Stores memory = InMemoryStores.create();
        BankEntryStore entries = memory.bankEntries();
        BankEntryStore recording =
                (BankEntryStore)
                        Proxy.newProxyInstance(
                                BankEntryStore.class.getClassLoader(),
                                new Class<?>[] {BankEntryStore.class},
                                (proxy, method, args) -> {
                                    if (method.getName().equals("findAll")) {
                                        lookups.add(keysOf((Collection<?>) args[1]));
                                    }
                                    try {
                                        return method.invoke(entries, args);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
        return new StoreContext(
                new Stores(
                        memory.companies(),
                        memory.counterparties(),
                        memory.invoices(),
                        memory.creditDocuments(),
                        memory.events(),
                        memory.payments(),
                        memory.allocations(),
                        memory.ledger(),
                        memory.instruments(),
                        memory.dunning(),
                        recording,
                        memory.reconciliationQueue(),
                        memory.paymentPlans(),
                        memory.transactions()),
                Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC),
                Actor.system("test"),
                new Calendars(Map.of("test", HolidayCalendar.weekendsOnly())));
    }
}
