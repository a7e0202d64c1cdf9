package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;

/**
 * Books fees and late interest on invoices and reads what is still open of them, from the ledger
 * alone: a {@code FEE} or {@code INTEREST} entry raises a charge, and an allocation, discount or
 * write-off entry marked with that component lowers it. A reversing entry carries a negative
 * amount, so it gives the charge back. Thread-safe.
 */
public final class ChargeRepository {

    private final StoreContext context;

    /** Creates the repository. */
    public ChargeRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * Appends a {@code FEE} or {@code INTEREST} entry that raises what the counterparty owes on the
     * invoice, in the active transaction.
     *
     * @param component {@code FEE} or {@code INTEREST}
     * @param documentId the dunning record, instrument or request that charges it
     */
    public void book(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            ItemComponent component,
            MinorAmount amount,
            LocalDate valueDate,
            UUID documentId,
            String note) {
        LedgerEntryKind kind =
                component == ItemComponent.INTEREST
                        ? LedgerEntryKind.INTEREST
                        : LedgerEntryKind.FEE;
        append(
                companyId,
                counterpartyId,
                invoiceId,
                kind,
                component,
                amount,
                amount,
                valueDate,
                documentId,
                note);
    }

    /**
     * Appends a {@code WRITE_OFF} entry that waives part of a charge on a receivable, lowering what
     * the counterparty owes, in the active transaction.
     *
     * @param component {@code FEE} or {@code INTEREST}
     * @param documentId the waiver's id
     */
    public void waive(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            ItemComponent component,
            MinorAmount amount,
            LocalDate valueDate,
            UUID documentId,
            String note) {
        append(
                companyId,
                counterpartyId,
                invoiceId,
                LedgerEntryKind.WRITE_OFF,
                component,
                amount,
                amount.negate(),
                valueDate,
                documentId,
                note);
    }

    private void append(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            LedgerEntryKind kind,
            ItemComponent component,
            MinorAmount amount,
            MinorAmount effect,
            LocalDate valueDate,
            UUID documentId,
            String note) {
        LedgerEntryRecord entry =
                new LedgerEntryRecord(
                        companyId.value(),
                        UUID.randomUUID(),
                        0,
                        counterpartyId.value(),
                        amount.currencyCode(),
                        kind,
                        valueDate,
                        context.now(),
                        amount.toBigDecimal(),
                        effect.toBigDecimal(),
                        documentId,
                        Optional.of(invoiceId.value()),
                        Optional.of(component.name()),
                        note,
                        Optional.empty(),
                        context.stamp().actor());
        context.stores().ledger().append(companyId.value(), entry);
    }

    /**
     * Returns the open charges of every invoice of the counterparty in {@code currency} that has
     * any, in the order their first charge was booked.
     *
     * <p>This reads the store's list of the counterparty's charged invoices and then the ledger
     * entries of each of them, so the cost grows with the invoices that were ever charged a fee or
     * interest and their entries, not with the counterparty's whole ledger.
     */
    public Map<InvoiceId, ChargeBalance> openCharges(
            CompanyId companyId, CounterpartyId counterpartyId, CurrencyUnit currency) {
        String code = currency.getCurrencyCode();
        Map<InvoiceId, Long> firstCharge = new HashMap<>();
        Map<InvoiceId, ChargeBalance> open = new HashMap<>();
        for (UUID id :
                context.stores()
                        .ledger()
                        .chargedInvoicesOf(companyId.value(), counterpartyId.value(), code)) {
            for (LedgerEntryRecord entry :
                    context.stores().ledger().findByInvoice(companyId.value(), id)) {
                if (!entry.counterpartyId().equals(counterpartyId.value())
                        || !entry.currency().equals(code)) {
                    continue;
                }
                take(open, entry, currency);
                if (entry.kind() == LedgerEntryKind.FEE
                        || entry.kind() == LedgerEntryKind.INTEREST) {
                    firstCharge.putIfAbsent(new InvoiceId(id), entry.sequence());
                }
            }
        }
        List<InvoiceId> order = new ArrayList<>(firstCharge.keySet());
        order.sort(Comparator.comparing(firstCharge::get));
        Map<InvoiceId, ChargeBalance> ordered = new LinkedHashMap<>();
        for (InvoiceId invoiceId : order) {
            ChargeBalance balance = open.get(invoiceId);
            if (balance != null && !balance.total().isZero()) {
                ordered.put(invoiceId, balance);
            }
        }
        return ordered;
    }

    /**
     * Returns the open charges of one invoice, zero when it has none. This reads only the invoice's
     * own ledger entries, so the cost grows with them and not with the counterparty's ledger.
     * Entries of another counterparty or currency are skipped.
     */
    public ChargeBalance openCharges(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InvoiceId invoiceId,
            CurrencyUnit currency) {
        Map<InvoiceId, ChargeBalance> open = new LinkedHashMap<>();
        String code = currency.getCurrencyCode();
        for (LedgerEntryRecord entry :
                context.stores().ledger().findByInvoice(companyId.value(), invoiceId.value())) {
            if (entry.counterpartyId().equals(counterpartyId.value())
                    && entry.currency().equals(code)) {
                take(open, entry, currency);
            }
        }
        return open.getOrDefault(invoiceId, ChargeBalance.zero(currency));
    }

    private static void take(
            Map<InvoiceId, ChargeBalance> open, LedgerEntryRecord entry, CurrencyUnit currency) {
        if (entry.invoiceId().isEmpty() || entry.component().isEmpty()) {
            return;
        }
        ItemComponent component;
        switch (entry.component().get()) {
            case "FEE" -> component = ItemComponent.FEE;
            case "INTEREST" -> component = ItemComponent.INTEREST;
            default -> {
                return;
            }
        }
        MinorAmount amount = MinorAmount.of(entry.amount(), currency, RoundingMode.UNNECESSARY);
        MinorAmount change =
                switch (entry.kind()) {
                    case FEE, INTEREST -> amount;
                    case ALLOCATION, DISCOUNT, WRITE_OFF -> amount.negate();
                    default -> MinorAmount.zero(currency);
                };
        open.merge(
                new InvoiceId(entry.invoiceId().get()),
                ChargeBalance.zero(currency).plus(component, change),
                (before, added) ->
                        before.plus(ItemComponent.FEE, added.fee())
                                .plus(ItemComponent.INTEREST, added.interest()));
    }
}
