package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.LedgerStore;
import io.github.tahsilat.report.CompactItems;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.money.Monetary;

/**
 * The open fee and interest charges of a company's receivables, read from the ledger, for agings
 * built from the open-item projection, which carries outstanding principal only.
 *
 * <p>Each {@code FEE} or {@code INTEREST} entry is a slice issued and due on its value date, as the
 * ledger replay ages it. The {@code ALLOCATION}, {@code DISCOUNT} and {@code WRITE_OFF} entries
 * marked with a charge component settle the slices in due order, so the open amount of an invoice
 * equals what {@link ChargeRepository} reports open. A cheque or promissory note books its
 * allocation entries only when it clears, so the part of a charge it covers before then stays open
 * here, and the caller adds that part to the covered-by-instruments column.
 *
 * <p>The store's list of charged invoices is read once, then each one's ledger entries, so the cost
 * grows with the invoices ever charged and their entries, not with the open items. Stateless.
 */
final class OpenChargeItems {

    private OpenChargeItems() {}

    /**
     * Hands each open charge slice of the company's charged invoices to {@code sink} as a
     * receivable.
     */
    static void forEach(LedgerStore ledger, CompanyId companyId, CompactItems.Sink sink) {
        for (UUID invoiceId : ledger.chargedInvoices(companyId.value())) {
            handOver(ledger.findByInvoice(companyId.value(), invoiceId), sink);
        }
    }

    /** Hands over the open slices of one invoice's charges, given its ledger entries. */
    private static void handOver(List<LedgerEntryRecord> entries, CompactItems.Sink sink) {
        List<long[]> slices = new ArrayList<>();
        LedgerEntryRecord firstCharge = null;
        long charged = 0;
        long settled = 0;
        for (LedgerEntryRecord entry : entries) {
            if (!isCharge(entry)) {
                continue;
            }
            long amount =
                    MinorAmount.of(
                                    entry.amount(),
                                    Monetary.getCurrency(entry.currency()),
                                    RoundingMode.UNNECESSARY)
                            .units();
            switch (entry.kind()) {
                case FEE, INTEREST -> {
                    if (firstCharge == null) {
                        firstCharge = entry;
                    }
                    slices.add(new long[] {entry.valueDate().toEpochDay(), amount});
                    charged = Math.addExact(charged, amount);
                }
                case ALLOCATION, DISCOUNT, WRITE_OFF -> settled = Math.addExact(settled, amount);
                default -> {
                    // Other kinds do not change a charge, as in the charge repository.
                }
            }
        }
        if (firstCharge == null || charged - settled <= 0) {
            return;
        }
        slices.sort(Comparator.comparingLong(slice -> slice[0]));
        long toCover = settled;
        for (int i = 0; i < slices.size(); i++) {
            long[] slice = slices.get(i);
            long take = Math.min(slice[1], Math.max(toCover, 0));
            toCover -= take;
            long open = slice[1] - take;
            if (i == slices.size() - 1 && toCover < 0) {
                // A negative settlement (a reversal beyond the settlements) stays open on the last.
                open -= toCover;
            }
            if (open != 0) {
                int day = Math.toIntExact(slice[0]);
                sink.accept(
                        firstCharge.counterpartyId(),
                        firstCharge.currency(),
                        Direction.RECEIVABLE,
                        day,
                        day,
                        open);
            }
        }
    }

    /** Returns whether the entry raises or settles a fee or interest charge. */
    private static boolean isCharge(LedgerEntryRecord entry) {
        return entry.component().isPresent()
                && (entry.component().get().equals("FEE")
                        || entry.component().get().equals("INTEREST"));
    }
}
