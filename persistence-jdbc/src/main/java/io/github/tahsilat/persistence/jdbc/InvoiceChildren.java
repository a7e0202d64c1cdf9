package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.VatTotal;
import io.github.tahsilat.persistence.spi.record.WithholdingTotal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The child rows of the invoice versions that one transaction has read or written, so that an
 * update rewrites only the child tables whose rows change.
 *
 * <p>The rows of one invoice version do not change, because only the invoice store's insert and
 * update write them and an update raises the version. An update from version {@code v} succeeds
 * only while the row is still at {@code v}, so the child rows that the same transaction read at
 * {@code v} are the stored ones when it runs.
 *
 * <p>NOTE: host code that writes invoice child rows through {@link
 * JdbcTransactionRunner#connection()} without raising the invoice's version breaks this, and an
 * update later in the same transaction may then keep those rows.
 *
 * <p>Not thread-safe; one transaction, on one thread, owns an instance.
 */
final class InvoiceChildren {

    /**
     * The maximum number of invoice versions kept. A booked bank line reads and writes a few
     * invoices, and a transaction that pages through thousands keeps only the latest.
     */
    static final int MAX_VERSIONS = 256;

    /** The child rows of one invoice version, as the invoice record lists them. */
    record Snapshot(
            List<InvoiceLine> lines,
            List<VatTotal> vat,
            List<WithholdingTotal> withholdings,
            List<VatTotal> computedVat,
            List<WithholdingTotal> computedWithholdings,
            List<Installment> schedule) {

        static Snapshot of(InvoiceRecord invoice) {
            Optional<InvoiceTotals> computed = invoice.computedTotals();
            return new Snapshot(
                    invoice.lines(),
                    invoice.totals().vat(),
                    invoice.totals().withholdings(),
                    computed.map(InvoiceTotals::vat).orElse(List.of()),
                    computed.map(InvoiceTotals::withholdings).orElse(List.of()),
                    invoice.schedule());
        }

        /** Returns whether the lines, VAT and withholding rows are the same as {@code other}'s. */
        boolean sameParts(Snapshot other) {
            return lines.equals(other.lines)
                    && vat.equals(other.vat)
                    && withholdings.equals(other.withholdings)
                    && computedVat.equals(other.computedVat)
                    && computedWithholdings.equals(other.computedWithholdings);
        }

        /** Returns whether the installment and discount rows are the same as {@code other}'s. */
        boolean sameSchedule(Snapshot other) {
            return schedule.equals(other.schedule);
        }
    }

    private record VersionKey(UUID companyId, UUID id, long version) {}

    private final Map<VersionKey, Snapshot> versions =
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<VersionKey, Snapshot> eldest) {
                    return size() > MAX_VERSIONS;
                }
            };

    /** Keeps the child rows of the invoice's version, as read from or written to the tables. */
    void remember(InvoiceRecord invoice) {
        VersionKey key = new VersionKey(invoice.companyId(), invoice.id(), invoice.version());
        versions.remove(key);
        versions.put(key, Snapshot.of(invoice));
    }

    /** Returns the child rows kept for the invoice's version, or empty when none are kept. */
    Optional<Snapshot> find(UUID companyId, UUID id, long version) {
        return Optional.ofNullable(versions.get(new VersionKey(companyId, id, version)));
    }
}
