package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.DuplicateNumberException;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.OpenItem;
import io.github.tahsilat.service.StoredInvoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;

/** Reads and writes invoices through the host's invoice store. Thread-safe. */
public final class InvoiceRepository {

    /** Open items read per page by {@link #openItemsNotIn}. */
    private static final int OPEN_ITEM_PAGE = 500;

    private final StoreContext context;

    /** Creates the repository. */
    public InvoiceRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * Inserts an invoice at version 1, or returns the stored one when {@code idempotencyKey} was
     * used before with the same content.
     *
     * @param today the company's current date, the closing day of an invoice inserted closed
     * @throws IdempotencyKeyReusedException if the key was used with other content
     * @throws DuplicateNumberException if the number is taken in the invoice's direction
     * @throws AlreadyExistsException if the id or external reference is taken
     */
    public Written<StoredInvoice> insert(
            Invoice invoice,
            Optional<String> externalReference,
            Optional<String> idempotencyKey,
            LocalDate today) {
        InvoiceMapper.Bookkeeping bookkeeping =
                new InvoiceMapper.Bookkeeping(
                        closedOn(invoice, Optional.empty(), today),
                        0,
                        externalReference,
                        idempotencyKey);
        InvoiceRecord record = InvoiceMapper.toRecord(invoice, 0, bookkeeping, context.stamp());
        var store = context.stores().invoices();
        var companyId = invoice.companyId().value();
        if (idempotencyKey.isPresent()) {
            Optional<InvoiceRecord> earlier =
                    store.findByIdempotencyKey(companyId, idempotencyKey.get());
            if (earlier.isPresent()) {
                return new Written<>(repeated(earlier.get(), record), false);
            }
        }
        if (store.findByNumber(companyId, record.direction(), record.number()).isPresent()) {
            throw duplicateNumber(invoice, null);
        }
        InvoiceRecord stored;
        try {
            stored = store.insert(companyId, record);
        } catch (IdempotencyConflictException e) {
            throw new IdempotencyKeyReusedException(e.idempotencyKey(), e.storedId().toString(), e);
        } catch (DuplicateKeyException e) {
            if (e.keyName().equals("number")) {
                throw duplicateNumber(invoice, e);
            }
            throw new AlreadyExistsException("invoice", e.keyName(), e.keyValue(), e);
        }
        boolean created = stored.id().equals(record.id());
        return new Written<>(InvoiceMapper.toStored(stored), created);
    }

    private static StoredInvoice repeated(InvoiceRecord earlier, InvoiceRecord request) {
        if (!earlier.sameContentAs(request)) {
            throw new IdempotencyKeyReusedException(
                    request.idempotencyKey().orElseThrow(), earlier.id().toString(), null);
        }
        return InvoiceMapper.toStored(earlier);
    }

    private static DuplicateNumberException duplicateNumber(Invoice invoice, Throwable cause) {
        return new DuplicateNumberException(
                invoice.direction().name().toLowerCase(Locale.ROOT) + " invoice",
                invoice.number(),
                invoice.companyId().toString(),
                cause);
    }

    /**
     * Writes {@code next} over {@code current} at the version {@code current} was read at.
     *
     * @param today the company's current date, the closing day if {@code next} is no longer open
     */
    public StoredInvoice update(StoredInvoice current, Invoice next, LocalDate today) {
        InvoiceMapper.Bookkeeping bookkeeping =
                new InvoiceMapper.Bookkeeping(
                        closedOn(next, current.closedOn(), today),
                        current.lastDunningLevel(),
                        current.externalReference(),
                        current.idempotencyKey());
        InvoiceRecord record =
                InvoiceMapper.toRecord(next, current.version(), bookkeeping, context.stamp());
        return InvoiceMapper.toStored(
                context.stores().invoices().update(next.companyId().value(), record));
    }

    private static Optional<LocalDate> closedOn(
            Invoice invoice, Optional<LocalDate> closedBefore, LocalDate today) {
        boolean open =
                switch (invoice.status()) {
                    case OPEN, PARTIALLY_PAID -> true;
                    case PAID, CANCELLED, WRITTEN_OFF -> false;
                };
        if (open) {
            return Optional.empty();
        }
        LocalDate closing = today.isBefore(invoice.issueDate()) ? invoice.issueDate() : today;
        return Optional.of(closedBefore.orElse(closing));
    }

    /** Returns the invoice, or empty if the company has none with this id. */
    public Optional<StoredInvoice> find(CompanyId companyId, InvoiceId id) {
        return context.stores()
                .invoices()
                .find(companyId.value(), id.value())
                .map(InvoiceMapper::toStored);
    }

    /**
     * Returns the invoice.
     *
     * @throws NotFoundException if the company has no invoice with this id
     */
    public StoredInvoice require(CompanyId companyId, InvoiceId id) {
        return find(companyId, id)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "invoice",
                                        id.toString(),
                                        "company " + companyId,
                                        "check the invoice id and the company id"));
    }

    /** Returns the invoice with {@code number} in {@code direction}, or empty. */
    public Optional<StoredInvoice> findByNumber(
            CompanyId companyId, Direction direction, String number) {
        return context.stores()
                .invoices()
                .findByNumber(
                        companyId.value(),
                        io.github.tahsilat.persistence.spi.record.Direction.valueOf(
                                direction.name()),
                        number)
                .map(InvoiceMapper::toStored);
    }

    /** Returns a page of a counterparty's open invoices in due-date order. */
    public Page<StoredInvoice> openItemsOf(
            CompanyId companyId, CounterpartyId counterpartyId, PageRequest request) {
        Page<InvoiceRecord> page =
                context.stores()
                        .invoices()
                        .openItemsOf(companyId.value(), counterpartyId.value(), request);
        return new Page<>(page.items().stream().map(InvoiceMapper::toStored).toList(), page.next());
    }

    /**
     * Returns the ids of the company's open invoices in a currency other than {@code currency}, in
     * the store's order. This reads every open item of the company, page by page.
     */
    public List<InvoiceId> openItemsNotIn(CompanyId companyId, CurrencyUnit currency) {
        List<InvoiceId> ids = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(OPEN_ITEM_PAGE));
        while (request.isPresent()) {
            Page<OpenItemView> page =
                    context.stores().invoices().openItems(companyId.value(), request.get());
            for (OpenItemView view : page.items()) {
                if (!view.currency().equals(currency.getCurrencyCode())) {
                    ids.add(new InvoiceId(view.itemId()));
                }
            }
            request = request.get().following(page);
        }
        return ids;
    }

    /** Returns a page of the open items due strictly before {@code date}, in due-date order. */
    public Page<OpenItem> openItemsDueBefore(
            CompanyId companyId, LocalDate date, PageRequest request) {
        var page = context.stores().invoices().openItemsDueBefore(companyId.value(), date, request);
        return new Page<>(page.items().stream().map(InvoiceMapper::openItem).toList(), page.next());
    }
}
