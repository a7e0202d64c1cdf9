package io.github.tahsilat.engine;

import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An invoice store that passes every call on, for tests that change one method. */
class ForwardingInvoiceStore implements InvoiceStore {

    final InvoiceStore delegate;

    ForwardingInvoiceStore(InvoiceStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public InvoiceRecord insert(UUID companyId, InvoiceRecord invoice) {
        return delegate.insert(companyId, invoice);
    }

    @Override
    public InvoiceRecord update(UUID companyId, InvoiceRecord invoice) {
        return delegate.update(companyId, invoice);
    }

    @Override
    public Optional<InvoiceRecord> find(UUID companyId, UUID id) {
        return delegate.find(companyId, id);
    }

    @Override
    public Optional<InvoiceRecord> findByNumber(
            UUID companyId, Direction direction, String number) {
        return delegate.findByNumber(companyId, direction, number);
    }

    @Override
    public Optional<InvoiceRecord> findByExternalReference(
            UUID companyId, String externalReference) {
        return delegate.findByExternalReference(companyId, externalReference);
    }

    @Override
    public Optional<InvoiceRecord> findByIdempotencyKey(UUID companyId, String idempotencyKey) {
        return delegate.findByIdempotencyKey(companyId, idempotencyKey);
    }

    @Override
    public Page<InvoiceRecord> openItemsOf(
            UUID companyId, UUID counterpartyId, PageRequest request) {
        return delegate.openItemsOf(companyId, counterpartyId, request);
    }

    @Override
    public Page<OpenItemView> openItems(UUID companyId, PageRequest request) {
        return delegate.openItems(companyId, request);
    }

    @Override
    public Page<OpenItemView> openItemsDueBefore(
            UUID companyId, LocalDate date, PageRequest request) {
        return delegate.openItemsDueBefore(companyId, date, request);
    }

    @Override
    public Page<OpenItemView> itemsOpenOn(UUID companyId, LocalDate date, PageRequest request) {
        return delegate.itemsOpenOn(companyId, date, request);
    }

    @Override
    public List<InvoiceRecord> openReceivablesByNumberKey(
            UUID companyId, Collection<String> numberKeys) {
        return delegate.openReceivablesByNumberKey(companyId, numberKeys);
    }

    @Override
    public List<InvoiceRecord> openReceivablesByReferenceKey(
            UUID companyId, Collection<String> referenceKeys) {
        return delegate.openReceivablesByReferenceKey(companyId, referenceKeys);
    }

    @Override
    public List<InvoiceRecord> openReceivablesByAmount(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            long lowMinor,
            long highMinor,
            int limit) {
        return delegate.openReceivablesByAmount(
                companyId, counterpartyId, currency, lowMinor, highMinor, limit);
    }
}
