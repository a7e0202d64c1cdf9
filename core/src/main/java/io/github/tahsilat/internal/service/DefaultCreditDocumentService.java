package io.github.tahsilat.internal.service;

import static io.github.tahsilat.internal.service.DefaultCounterpartyService.require;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.Coverage;
import io.github.tahsilat.internal.persistence.CreditDocumentRepository;
import io.github.tahsilat.internal.persistence.InstrumentRepository;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.LedgerRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.internal.persistence.Written;
import io.github.tahsilat.invoice.CreditApplication;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentId;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.ledger.CreditSourceKind;
import io.github.tahsilat.ledger.LedgerEntryKind;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredCreditDocument;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.credit.CreditDocumentService;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The credit document service over the host's stores. Immutable and thread-safe. */
public final class DefaultCreditDocumentService implements CreditDocumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCreditDocumentService.class);

    private final StoreContext context;
    private final CompanyRepository companies;
    private final CounterpartyRepository counterparties;
    private final InvoiceRepository invoices;
    private final CreditDocumentRepository documents;
    private final LedgerRepository ledger;
    private final InstrumentRepository instruments;

    /** Creates the service. */
    public DefaultCreditDocumentService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.counterparties = new CounterpartyRepository(context);
        this.invoices = new InvoiceRepository(context);
        this.documents = new CreditDocumentRepository(context);
        this.ledger = new LedgerRepository(context);
        this.instruments = new InstrumentRepository(context);
    }

    @Override
    public StoredCreditDocument record(CreditDocument document, Optional<String> idempotencyKey) {
        require("document", document);
        require("idempotencyKey", idempotencyKey);
        if (!document.applied().isZero()) {
            throw new InvalidInputException(
                    "document.applied", document.applied(), "a new document with nothing applied");
        }
        if (!document.amount().isPositive()) {
            throw new InvalidInputException(
                    "document.amount", document.amount(), "a credit amount greater than zero");
        }
        Written<StoredCreditDocument> written =
                context.write(
                        () -> {
                            companies.require(document.companyId());
                            if (counterparties
                                    .find(document.companyId(), document.counterpartyId())
                                    .isEmpty()) {
                                throw new NotFoundException(
                                        "counterparty",
                                        document.counterpartyId().toString(),
                                        "company " + document.companyId(),
                                        "register the counterparty before its documents");
                            }
                            Written<StoredCreditDocument> result =
                                    documents.insert(document, idempotencyKey);
                            if (result.created()) {
                                MinorAmount amount =
                                        MinorAmount.of(document.amount(), RoundingMode.UNNECESSARY);
                                ledger.append(
                                        document.companyId(),
                                        document.counterpartyId(),
                                        LedgerEntryKind.CREDIT_DOCUMENT,
                                        document.issueDate(),
                                        amount,
                                        LedgerRepository.raising(document.direction(), amount)
                                                .negate(),
                                        document.id().value(),
                                        Optional.empty(),
                                        document.number(),
                                        Optional.empty());
                                context.appendEvent(
                                        document.companyId(),
                                        EventTypes.CREDIT_DOCUMENT_RECORDED,
                                        document.id().value(),
                                        Map.of(
                                                "creditDocumentId", document.id().toString(),
                                                "kind", document.kind().name(),
                                                "number", document.number(),
                                                "counterpartyId",
                                                        document.counterpartyId().toString(),
                                                "currency", document.currency().getCurrencyCode(),
                                                "amount", Payloads.amount(document.amount())));
                                appendCreditCreated(document);
                            }
                            return result;
                        });
        LOG.debug(
                "Company {} credit document {} recorded, new: {}",
                document.companyId(),
                written.value().document().id(),
                written.created());
        return written.value();
    }

    @Override
    public CreditApplication apply(
            CompanyId companyId, CreditDocumentId documentId, InvoiceId invoiceId) {
        require("companyId", companyId);
        require("creditDocumentId", documentId);
        require("invoiceId", invoiceId);
        CreditApplication application =
                context.write(
                        () -> {
                            LocalDate today = companies.today(companyId);
                            StoredCreditDocument credit = documents.require(companyId, documentId);
                            StoredInvoice invoice = invoices.require(companyId, invoiceId);
                            // What uncleared cheques and notes cover stays theirs until they
                            // clear or bounce, so the credit reaches only the rest.
                            CreditApplication result =
                                    invoice.invoice()
                                            .applyCredit(
                                                    credit.document(),
                                                    uncovered(companyId, invoice.invoice())
                                                            .toMonetaryAmount());
                            if (result.applied().isZero()) {
                                return result;
                            }
                            invoices.update(invoice, result.invoice(), today);
                            documents.update(credit, result.credit());
                            ledger.append(
                                    companyId,
                                    invoice.invoice().counterpartyId(),
                                    LedgerEntryKind.ALLOCATION,
                                    today,
                                    MinorAmount.of(result.applied(), RoundingMode.UNNECESSARY),
                                    MinorAmount.zero(result.applied().getCurrency()),
                                    documentId.value(),
                                    Optional.of(invoiceId.value()),
                                    "credit applied",
                                    Optional.empty());
                            context.appendEvent(
                                    companyId,
                                    EventTypes.CREDIT_APPLIED,
                                    documentId.value(),
                                    Map.of(
                                            "creditDocumentId", documentId.toString(),
                                            "invoiceId", invoiceId.toString(),
                                            "currency",
                                                    result.applied()
                                                            .getCurrency()
                                                            .getCurrencyCode(),
                                            "amount", Payloads.amount(result.applied()),
                                            "remainingCredit", Payloads.amount(result.remaining()),
                                            "outstanding",
                                                    Payloads.amount(
                                                            result.invoice().outstanding())));
                            appendIfPaid(invoice.invoice(), result.invoice(), documentId);
                            return result;
                        });
        LOG.debug(
                "Company {} credit document {} applied {} to invoice {}",
                companyId,
                documentId,
                application.applied(),
                invoiceId);
        return application;
    }

    /** Returns the invoice's outstanding amount less what uncleared instruments cover. */
    private MinorAmount uncovered(CompanyId companyId, Invoice invoice) {
        MinorAmount open = MinorAmount.of(invoice.outstanding(), RoundingMode.UNNECESSARY);
        Map<Integer, Coverage> covered =
                instruments
                        .coverage(companyId, invoice.counterpartyId(), invoice.currency())
                        .getOrDefault(invoice.id(), Map.of());
        for (Coverage part : covered.values()) {
            open = open.minus(part.principal());
        }
        return open.isNegative() ? MinorAmount.zero(open.currency()) : open;
    }

    /** Appends {@code CreditCreated} for the whole amount of a new credit document. */
    private void appendCreditCreated(CreditDocument document) {
        context.appendEvent(
                document.companyId(),
                EventTypes.CREDIT_CREATED,
                document.id().value(),
                Map.of(
                        "source", CreditSourceKind.CREDIT_DOCUMENT.name(),
                        "sourceId", document.id().toString(),
                        "creditDocumentId", document.id().toString(),
                        "counterpartyId", document.counterpartyId().toString(),
                        "currency", document.currency().getCurrencyCode(),
                        "amount", Payloads.amount(document.amount())));
    }

    /** Appends {@code InvoicePaid} when the credit brought the invoice to {@code PAID}. */
    private void appendIfPaid(Invoice before, Invoice after, CreditDocumentId documentId) {
        if (after.status() == InvoiceStatus.PAID && before.status() != InvoiceStatus.PAID) {
            context.appendEvent(
                    after.companyId(),
                    EventTypes.INVOICE_PAID,
                    after.id().value(),
                    Map.of(
                            "invoiceId", after.id().toString(),
                            "number", after.number(),
                            "creditDocumentId", documentId.toString()));
        }
    }

    @Override
    public Optional<StoredCreditDocument> find(CompanyId companyId, CreditDocumentId id) {
        require("companyId", companyId);
        require("creditDocumentId", id);
        return documents.find(companyId, id);
    }

    @Override
    public List<StoredCreditDocument> withRemainingCredit(
            CompanyId companyId, CounterpartyId counterpartyId) {
        require("companyId", companyId);
        require("counterpartyId", counterpartyId);
        return documents.withRemainingCredit(companyId, counterpartyId);
    }
}
