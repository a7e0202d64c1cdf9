package io.github.tahsilat.internal.service;

import static io.github.tahsilat.internal.service.DefaultCounterpartyService.require;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.LedgerRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.internal.persistence.Written;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.ledger.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.OpenItem;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.invoice.InvoiceService;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The invoice service over the host's stores. Immutable and thread-safe. */
public final class DefaultInvoiceService implements InvoiceService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultInvoiceService.class);

    private final StoreContext context;
    private final CompanyRepository companies;
    private final CounterpartyRepository counterparties;
    private final InvoiceRepository invoices;
    private final LedgerRepository ledger;

    /** Creates the service. */
    public DefaultInvoiceService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.counterparties = new CounterpartyRepository(context);
        this.invoices = new InvoiceRepository(context);
        this.ledger = new LedgerRepository(context);
    }

    @Override
    public StoredInvoice issue(InvoiceRequest request) {
        require("request", request);
        Invoice invoice = request.invoice();
        boolean fresh =
                invoice.settledAmount().isZero()
                        && invoice.creditedAmount().isZero()
                        && !invoice.status().isFinal()
                        && invoice.dispute().isEmpty();
        if (!fresh) {
            throw new InvalidInputException(
                    "invoice",
                    invoice,
                    "a new invoice with nothing applied, not cancelled and without a dispute;"
                            + " store one with a history through importInvoice");
        }
        return store(request, EventTypes.INVOICE_ISSUED);
    }

    @Override
    public StoredInvoice importInvoice(InvoiceRequest request) {
        require("request", request);
        return store(request, EventTypes.INVOICE_IMPORTED);
    }

    private StoredInvoice store(InvoiceRequest request, String eventType) {
        Invoice invoice = request.invoice();
        Written<StoredInvoice> written =
                context.write(
                        () -> {
                            LocalDate today = companies.today(invoice.companyId());
                            requireCounterparty(invoice);
                            Written<StoredInvoice> result =
                                    invoices.insert(
                                            invoice,
                                            request.externalReference(),
                                            request.idempotencyKey(),
                                            today);
                            if (result.created()) {
                                append(result.value(), eventType, issuePayload(invoice));
                                book(invoice);
                            }
                            return result;
                        });
        if (written.created()) {
            LOG.debug("Company {} invoice {} stored", invoice.companyId(), invoice.id());
        } else {
            LOG.debug(
                    "Company {} invoice {} returned for a repeated idempotency key",
                    invoice.companyId(),
                    written.value().invoice().id());
        }
        return written.value();
    }

    /**
     * Appends the invoice's ledger entries: its receivable, and for an imported invoice whatever
     * was already cleared before the import, so the balance shows its outstanding amount.
     */
    private void book(Invoice invoice) {
        MinorAmount receivable = MinorAmount.of(invoice.receivable(), RoundingMode.UNNECESSARY);
        MinorAmount outstanding = MinorAmount.of(invoice.outstanding(), RoundingMode.UNNECESSARY);
        ledger.append(
                invoice.companyId(),
                invoice.counterpartyId(),
                LedgerEntryKind.INVOICE,
                invoice.issueDate(),
                receivable,
                LedgerRepository.raising(invoice.direction(), receivable),
                invoice.id().value(),
                Optional.of(invoice.id().value()),
                invoice.number(),
                Optional.empty());
        MinorAmount cleared = receivable.minus(outstanding);
        if (cleared.isPositive()) {
            ledger.append(
                    invoice.companyId(),
                    invoice.counterpartyId(),
                    LedgerEntryKind.INVOICE,
                    invoice.issueDate(),
                    cleared.negate(),
                    LedgerRepository.raising(invoice.direction(), cleared).negate(),
                    invoice.id().value(),
                    Optional.of(invoice.id().value()),
                    "cleared before import",
                    Optional.empty());
        }
    }

    private void bookCancellation(Invoice invoice, LocalDate today) {
        MinorAmount receivable = MinorAmount.of(invoice.receivable(), RoundingMode.UNNECESSARY);
        ledger.append(
                invoice.companyId(),
                invoice.counterpartyId(),
                LedgerEntryKind.INVOICE,
                today,
                receivable.negate(),
                LedgerRepository.raising(invoice.direction(), receivable).negate(),
                invoice.id().value(),
                Optional.of(invoice.id().value()),
                "cancelled",
                Optional.empty());
    }

    private void requireCounterparty(Invoice invoice) {
        if (counterparties.find(invoice.companyId(), invoice.counterpartyId()).isEmpty()) {
            throw new NotFoundException(
                    "counterparty",
                    invoice.counterpartyId().toString(),
                    "company " + invoice.companyId(),
                    "register the counterparty before its invoices");
        }
    }

    private static Map<String, String> issuePayload(Invoice invoice) {
        return Map.of(
                "number", invoice.number(),
                "direction", invoice.direction().name(),
                "counterpartyId", invoice.counterpartyId().toString(),
                "currency", invoice.currency().getCurrencyCode(),
                "receivable", Payloads.amount(invoice.receivable()),
                "outstanding", Payloads.amount(invoice.outstanding()),
                "status", invoice.status().name());
    }

    @Override
    public StoredInvoice cancel(CompanyId companyId, InvoiceId id) {
        return change(
                companyId,
                id,
                EventTypes.INVOICE_CANCELLED,
                (invoice, today) -> invoice.cancel(),
                Map.of());
    }

    @Override
    public StoredInvoice openDispute(CompanyId companyId, InvoiceId id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", reason, "a reason that is not blank");
        }
        return change(
                companyId,
                id,
                EventTypes.DISPUTE_OPENED,
                (invoice, today) -> invoice.openDispute(reason, today),
                Map.of());
    }

    @Override
    public StoredInvoice resolveDispute(CompanyId companyId, InvoiceId id) {
        return change(
                companyId,
                id,
                EventTypes.DISPUTE_RESOLVED,
                (invoice, today) -> invoice.resolveDispute(today),
                Map.of());
    }

    private StoredInvoice change(
            CompanyId companyId,
            InvoiceId id,
            String eventType,
            BiFunction<Invoice, LocalDate, Invoice> change,
            Map<String, String> payload) {
        require("companyId", companyId);
        require("invoiceId", id);
        StoredInvoice stored =
                context.write(
                        () -> {
                            LocalDate today = companies.today(companyId);
                            StoredInvoice current = invoices.require(companyId, id);
                            Invoice next = change.apply(current.invoice(), today);
                            StoredInvoice updated = invoices.update(current, next, today);
                            if (next.status() == InvoiceStatus.CANCELLED
                                    && current.invoice().status() != InvoiceStatus.CANCELLED) {
                                bookCancellation(next, today);
                            }
                            Map<String, String> data = new TreeMap<>(payload);
                            data.put("date", today.toString());
                            data.put("status", next.status().name());
                            append(updated, eventType, data);
                            return updated;
                        });
        LOG.debug("Company {} invoice {} {}", companyId, id, eventType);
        return stored;
    }

    private void append(StoredInvoice stored, String type, Map<String, String> extra) {
        Invoice invoice = stored.invoice();
        Map<String, String> payload = new TreeMap<>(extra);
        payload.put("invoiceId", invoice.id().toString());
        payload.put("version", Long.toString(stored.version()));
        context.appendEvent(invoice.companyId(), type, invoice.id().value(), payload);
    }

    @Override
    public Optional<StoredInvoice> find(CompanyId companyId, InvoiceId id) {
        require("companyId", companyId);
        require("invoiceId", id);
        return invoices.find(companyId, id);
    }

    @Override
    public Optional<StoredInvoice> findByNumber(
            CompanyId companyId, Direction direction, String number) {
        require("companyId", companyId);
        require("direction", direction);
        require("number", number);
        return invoices.findByNumber(companyId, direction, number);
    }

    @Override
    public Page<StoredInvoice> openItemsOf(
            CompanyId companyId, CounterpartyId counterpartyId, PageRequest request) {
        require("companyId", companyId);
        require("counterpartyId", counterpartyId);
        require("request", request);
        return invoices.openItemsOf(companyId, counterpartyId, request);
    }

    @Override
    public Page<OpenItem> openItemsDueBefore(
            CompanyId companyId, LocalDate date, PageRequest request) {
        require("companyId", companyId);
        require("date", date);
        require("request", request);
        return invoices.openItemsDueBefore(companyId, date, request);
    }
}
