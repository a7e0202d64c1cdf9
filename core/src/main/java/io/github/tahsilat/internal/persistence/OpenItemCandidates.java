package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.reconciliation.OpenItemCandidate;
import io.github.tahsilat.reconciliation.OpenItemIndex;
import io.github.tahsilat.reconciliation.StructuredReference;
import io.github.tahsilat.service.StoredCounterparty;
import io.github.tahsilat.service.StoredInvoice;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Fills an {@link OpenItemIndex} with a company's open receivables from the host's stores, as the
 * candidates a bank line may pay.
 *
 * <p>It walks the company's open items once to find the counterparties that owe something, then
 * reads each counterparty and its open invoices page by page. An invoice's external reference
 * serves as its payment reference when it is a valid ISO 11649 RF reference.
 */
public final class OpenItemCandidates {

    /** Items per page read from the store. */
    static final int PAGE_SIZE = 1_000;

    private final StoreContext context;
    private final CounterpartyRepository counterparties;
    private final InvoiceRepository invoices;

    /** Creates the loader. */
    public OpenItemCandidates(StoreContext context) {
        this.context = context;
        this.counterparties = new CounterpartyRepository(context);
        this.invoices = new InvoiceRepository(context);
    }

    /** Returns a new index of the company's open receivables. */
    public OpenItemIndex load(CompanyId companyId) {
        OpenItemIndex index = new OpenItemIndex();
        for (CounterpartyId counterpartyId : debtors(companyId)) {
            Optional<StoredCounterparty> counterparty =
                    counterparties.find(companyId, counterpartyId);
            if (counterparty.isPresent()) {
                addInvoices(index, companyId, counterparty.get());
            }
        }
        return index;
    }

    private Set<CounterpartyId> debtors(CompanyId companyId) {
        Set<UUID> ids = new LinkedHashSet<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE_SIZE));
        while (request.isPresent()) {
            Page<OpenItemView> page =
                    context.stores().invoices().openItems(companyId.value(), request.get());
            for (OpenItemView view : page.items()) {
                if (view.direction()
                        == io.github.tahsilat.persistence.spi.record.Direction.RECEIVABLE) {
                    ids.add(view.counterpartyId());
                }
            }
            request = request.get().following(page);
        }
        Set<CounterpartyId> debtors = new LinkedHashSet<>();
        ids.forEach(id -> debtors.add(new CounterpartyId(id)));
        return debtors;
    }

    private void addInvoices(
            OpenItemIndex index, CompanyId companyId, StoredCounterparty counterparty) {
        CounterpartyId counterpartyId = counterparty.counterparty().id();
        Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE_SIZE));
        while (request.isPresent()) {
            Page<StoredInvoice> page =
                    invoices.openItemsOf(companyId, counterpartyId, request.get());
            for (StoredInvoice stored : page.items()) {
                Invoice invoice = stored.invoice();
                if (invoice.direction() == Direction.RECEIVABLE
                        && !invoice.status().isFinal()
                        && invoice.outstanding().isPositive()) {
                    index.put(
                            OpenItemCandidate.of(
                                    invoice,
                                    counterparty.counterparty(),
                                    stored.dueDate(),
                                    paymentReference(stored).orElse(null)));
                }
            }
            request = request.get().following(page);
        }
    }

    private static Optional<StructuredReference> paymentReference(StoredInvoice stored) {
        if (stored.externalReference().isEmpty()) {
            return Optional.empty();
        }
        try {
            StructuredReference reference =
                    StructuredReference.parse(stored.externalReference().get());
            return reference.hasValidCheckDigits() ? Optional.of(reference) : Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
