package io.github.tahsilat.benchmarks;

import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ContactDetails;
import io.github.tahsilat.persistence.spi.record.CounterpartyKind;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.Erasure;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.TaxIdType;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Measures the heap that an engine's kept match index needs per counterparty. It fills the
 * in-memory store with counterparties, each with one IBAN and one VKN, and optionally with open
 * receivables among them. It then builds an engine with {@code keepMatchIndex()}, whose
 * subscription replays the store into the index, and reports the growth of the used heap after
 * garbage collection.
 *
 * <p>Run it with a fixed heap, so the collector settles before each reading: {@code java -Xms3g
 * -Xmx3g -cp benchmarks/target/benchmarks.jar
 * io.github.tahsilat.benchmarks.KeptCounterpartyFootprint [counterparties] [items]}. The default is
 * 50,000 counterparties and no items. The IBANs and tax ids are the store's own objects, as the
 * feed reports them, so the reading leaves out their text.
 */
public final class KeptCounterpartyFootprint {

    private KeptCounterpartyFootprint() {}

    /**
     * Prints the used heap before and after building the engine, and the bytes per counterparty.
     */
    public static void main(String[] args) {
        int counterparties = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        UUID companyId = new UUID(1, 1);
        Stores stores = InMemoryStores.create();
        OpenItemData data =
                items > 0 ? OpenItemData.generate(items, counterparties, 0.5, 42) : null;
        if (data != null) {
            StoredInvoices.insertAll(stores, companyId, data);
        }
        insertCounterparties(stores, companyId, counterparties, data);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long before = usedAfterGc(memory);
        Tahsilat tahsilat =
                Tahsilat.builder()
                        .stores(stores)
                        .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                        .keepMatchIndex()
                        .build();
        long after = usedAfterGc(memory);

        System.out.printf(
                "counterparties=%d items=%d kept=%b index=%.1f MB bytesPerCounterparty=%d%n",
                counterparties,
                items,
                tahsilat.keepsMatchIndex(),
                (after - before) / 1e6,
                (after - before) / counterparties);
        // Keeps the store reachable until after the second reading.
        System.out.println(stores.counterparties().getClass().getSimpleName());
    }

    private static void insertCounterparties(
            Stores stores, UUID companyId, int counterparties, OpenItemData data) {
        WriteStamp stamp =
                new WriteStamp(Actor.system("import"), Instant.parse("2026-01-01T00:00:00Z"));
        stores.transactions()
                .inTransaction(
                        () -> {
                            for (int c = 0; c < counterparties; c++) {
                                UUID id = data != null ? data.counterpartyId(c) : new UUID(2, c);
                                stores.counterparties()
                                        .insert(companyId, record(companyId, id, c, stamp));
                            }
                            return null;
                        });
    }

    /** Returns counterparty {@code c} with a TR IBAN and a VKN made from its number. */
    private static CounterpartyRecord record(UUID companyId, UUID id, int c, WriteStamp stamp) {
        String digits = String.format("%010d", c);
        return new CounterpartyRecord(
                companyId,
                id,
                0,
                CounterpartyKind.CUSTOMER,
                "Customer " + c + " Ticaret A.S.",
                Optional.of(new TaxId(TaxIdType.VKN, digits)),
                List.of("TR00000610051978" + digits),
                "tr-TR",
                Optional.empty(),
                false,
                Optional.empty(),
                ContactDetails.NONE,
                false,
                Erasure.NONE,
                Optional.empty(),
                stamp);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
