package io.github.tahsilat.benchmarks;

import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.PriceBasis;
import io.github.tahsilat.persistence.spi.record.VatTotal;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Fills a store with the invoice records the engine writes for {@link OpenItemData}: one line, one
 * installment and one VAT rate each, in EUR.
 *
 * <p>Every record gets its own amount, date and text objects, as records mapped from the domain or
 * read from a database do, so the store is measured without sharing that the caller set up.
 */
final class StoredInvoices {

    static final String CURRENCY = "EUR";

    private static final BigDecimal VAT_RATE = new BigDecimal("20");

    private StoredInvoices() {}

    /** Inserts every item of {@code data} as an open receivable of {@code companyId}. */
    static void insertAll(Stores stores, UUID companyId, OpenItemData data) {
        WriteStamp stamp =
                new WriteStamp(Actor.system("import"), Instant.parse("2026-01-01T00:00:00Z"));
        stores.transactions()
                .inTransaction(
                        () -> {
                            for (int i = 0; i < data.items(); i++) {
                                stores.invoices()
                                        .insert(companyId, record(companyId, data, i, stamp));
                            }
                            return null;
                        });
    }

    /**
     * Inserts every item of {@code data} as an open receivable of {@code companyId}, {@code batch}
     * items to a transaction.
     */
    static void insertInBatches(Stores stores, UUID companyId, OpenItemData data, int batch) {
        WriteStamp stamp =
                new WriteStamp(Actor.system("import"), Instant.parse("2026-01-01T00:00:00Z"));
        for (int from = 0; from < data.items(); from += batch) {
            int to = Math.min(data.items(), from + batch);
            int first = from;
            stores.transactions()
                    .inTransaction(
                            () -> {
                                for (int i = first; i < to; i++) {
                                    stores.invoices()
                                            .insert(companyId, record(companyId, data, i, stamp));
                                }
                                return null;
                            });
        }
    }

    private static UUID copy(UUID id) {
        return new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits());
    }

    /** Returns the record of item {@code i}, as the engine maps an invoice it issued. */
    static InvoiceRecord record(UUID companyId, OpenItemData data, int i, WriteStamp stamp) {
        long gross = data.openMinor()[i];
        long net = gross * 100 / 120;
        long vat = gross - net;
        LocalDate issued = LocalDate.ofEpochDay(data.issueEpochDays()[i]);
        LocalDate due = LocalDate.ofEpochDay(data.dueEpochDays()[i]);
        InvoiceLine line =
                new InvoiceLine(
                        "Goods delivered " + i,
                        BigDecimal.ONE,
                        BigDecimal.valueOf(net, 2),
                        BigDecimal.ZERO,
                        VAT_RATE,
                        Optional.empty());
        Installment installment = new Installment(1, due, BigDecimal.valueOf(gross, 2), List.of());
        InvoiceTotals totals =
                new InvoiceTotals(
                        BigDecimal.valueOf(net, 2),
                        List.of(
                                new VatTotal(
                                        VAT_RATE,
                                        BigDecimal.valueOf(net, 2),
                                        BigDecimal.valueOf(vat, 2))),
                        BigDecimal.valueOf(gross, 2),
                        BigDecimal.valueOf(0, 2),
                        BigDecimal.valueOf(gross, 2));
        return new InvoiceRecord(
                companyId,
                data.itemId(i),
                0,
                Direction.RECEIVABLE,
                OpenItemData.number(i),
                copy(data.counterpartyId(data.counterparty()[i])),
                CURRENCY,
                issued,
                due,
                PriceBasis.VAT_EXCLUSIVE,
                List.of(line),
                List.of(installment),
                totals,
                Optional.empty(),
                BigDecimal.valueOf(gross, 2),
                BigDecimal.valueOf(0, 2),
                BigDecimal.valueOf(0, 2),
                BigDecimal.valueOf(0, 2),
                InvoiceStatus.OPEN,
                Optional.empty(),
                Optional.empty(),
                Optional.of("NET30"),
                0,
                Optional.empty(),
                Optional.empty(),
                stamp);
    }
}
