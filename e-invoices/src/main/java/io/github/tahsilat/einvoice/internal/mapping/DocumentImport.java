package io.github.tahsilat.einvoice.internal.mapping;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.einvoice.CounterpartyResolver;
import io.github.tahsilat.einvoice.CreditImport;
import io.github.tahsilat.einvoice.DocumentKind;
import io.github.tahsilat.einvoice.EInvoice;
import io.github.tahsilat.einvoice.EInvoiceImportException;
import io.github.tahsilat.einvoice.FindingKind;
import io.github.tahsilat.einvoice.ImportFinding;
import io.github.tahsilat.einvoice.ImportOptions;
import io.github.tahsilat.einvoice.ImportResult;
import io.github.tahsilat.einvoice.InvoiceImport;
import io.github.tahsilat.einvoice.Party;
import io.github.tahsilat.einvoice.PaymentToRecord;
import io.github.tahsilat.einvoice.PrepaidPayment;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.invoice.InvoiceTotals;
import io.github.tahsilat.invoice.PriceBasis;
import io.github.tahsilat.terms.FixedDate;
import io.github.tahsilat.terms.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one e-invoice as an invoice or credit document of one company. Stateless apart from the
 * settings it is created with; thread-safe when the resolver is.
 *
 * @param companyId the company whose books receive the item
 * @param companyTaxIds the company's tax identifiers, at least one
 * @param context the company's invoice settings
 * @param defaultTerms the terms for a document that prints no due date
 * @param resolver the host's counterparty lookup
 */
public record DocumentImport(
        CompanyId companyId,
        List<TaxIdentifier> companyTaxIds,
        InvoiceContext context,
        PaymentTerms defaultTerms,
        CounterpartyResolver resolver) {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentImport.class);

    /** Copies the tax ids. */
    public DocumentImport {
        companyTaxIds = List.copyOf(companyTaxIds);
    }

    /**
     * Imports {@code document}.
     *
     * @throws EInvoiceImportException if the document cannot become an invoice or credit document
     *     of this company; the message names the reason and the fix
     */
    public ImportResult importDocument(EInvoice document, ImportOptions options) {
        CreditDocumentKind creditKind = creditKind(document);
        boolean companyIsSupplier = companyIsSupplier(document, options, creditKind);
        Direction direction = direction(companyIsSupplier, creditKind);
        Party counterparty = companyIsSupplier ? document.customer() : document.supplier();

        List<ImportFinding> findings = new ArrayList<>();
        LineMapping.Result lines;
        InvoiceTotals printed;
        try {
            lines = LineMapping.map(document);
            lines.finding().ifPresent(findings::add);
            printed = PrintedTotals.of(document, context.rounding(), findings);
        } catch (InvalidInputException e) {
            // Core's invoice lines and subtotals check their own invariants, and their message
            // names a printed value that breaks one.
            throw new EInvoiceImportException(
                    "e-invoice " + document.id() + " cannot be imported: " + e.getMessage(), e);
        }
        TotalsCheck.checkPrinted(document, printed, findings);

        CounterpartyId counterpartyId = resolver.resolve(counterparty);
        if (counterpartyId == null) {
            throw new EInvoiceImportException(
                    "the counterparty resolver returned no id for "
                            + counterparty.displayName()
                            + " of e-invoice "
                            + document.id()
                            + "; return the id of a matched or newly registered counterparty");
        }
        List<PaymentToRecord> payments = paymentsToRecord(document);
        ImportResult result;
        try {
            if (creditKind == null) {
                Invoice invoice =
                        buildInvoice(
                                document,
                                direction,
                                counterpartyId,
                                lines.lines(),
                                printed,
                                findings);
                TotalsCheck.compare(document, printed, invoice.computedTotals(), findings);
                result = new InvoiceImport(document, invoice, counterparty, findings, payments);
            } else {
                CreditDocument credit =
                        buildCredit(
                                document,
                                options,
                                creditKind,
                                direction,
                                counterpartyId,
                                lines.lines(),
                                printed,
                                findings);
                TotalsCheck.compare(document, printed, credit.computedTotals(), findings);
                result = new CreditImport(document, credit, counterparty, findings, payments);
            }
        } catch (InvalidInputException e) {
            throw new EInvoiceImportException(
                    "e-invoice " + document.id() + " cannot be imported: " + e.getMessage(), e);
        }
        LOG.debug(
                "Imported e-invoice {} as {} {} with {} findings",
                document.id(),
                direction,
                creditKind == null ? "invoice" : creditKind,
                findings.size());
        return result;
    }

    private static CreditDocumentKind creditKind(EInvoice document) {
        if (document.kind() == DocumentKind.CREDIT_NOTE) {
            return CreditDocumentKind.CREDIT_NOTE;
        }
        return document.isReturnInvoice() ? CreditDocumentKind.RETURN_INVOICE : null;
    }

    /**
     * Returns the direction. An invoice or credit note the company issued is a receivable; a return
     * invoice the company issued returns goods it bought, so it reduces a payable.
     */
    private static Direction direction(boolean companyIsSupplier, CreditDocumentKind creditKind) {
        boolean receivable =
                creditKind == CreditDocumentKind.RETURN_INVOICE
                        ? !companyIsSupplier
                        : companyIsSupplier;
        return receivable ? Direction.RECEIVABLE : Direction.PAYABLE;
    }

    private boolean companyIsSupplier(
            EInvoice document, ImportOptions options, CreditDocumentKind creditKind) {
        boolean supplier = carriesCompanyId(document.supplier());
        boolean customer = carriesCompanyId(document.customer());
        if (options.direction() != null) {
            boolean issuedByUs = options.direction() == Direction.RECEIVABLE;
            boolean asSupplier =
                    creditKind == CreditDocumentKind.RETURN_INVOICE ? !issuedByUs : issuedByUs;
            if (asSupplier ? !supplier : !customer) {
                throw new EInvoiceImportException(
                        "e-invoice "
                                + document.id()
                                + " cannot be imported as "
                                + options.direction()
                                + ", because its "
                                + (asSupplier ? "supplier " : "customer ")
                                + describe(asSupplier ? document.supplier() : document.customer())
                                + " does not carry the company's tax id "
                                + companyIds());
            }
            return asSupplier;
        }
        if (supplier && customer) {
            throw new EInvoiceImportException(
                    "e-invoice "
                            + document.id()
                            + ": both the supplier "
                            + describe(document.supplier())
                            + " and the customer "
                            + describe(document.customer())
                            + " carry the company's tax id "
                            + companyIds()
                            + "; pass the direction in the import options");
        }
        if (!supplier && !customer) {
            throw new EInvoiceImportException(
                    "e-invoice "
                            + document.id()
                            + " is not the company's: neither the supplier "
                            + describe(document.supplier())
                            + " nor the customer "
                            + describe(document.customer())
                            + " carries the company's tax id "
                            + companyIds()
                            + "; import it into the company it belongs to, or add the tax id"
                            + " the company uses on it");
        }
        return supplier;
    }

    private boolean carriesCompanyId(Party party) {
        for (TaxIdentifier id : companyTaxIds) {
            if (party.carries(id)) {
                return true;
            }
        }
        return false;
    }

    private String companyIds() {
        return companyTaxIds.stream().map(TaxIdentifier::value).collect(Collectors.joining(", "));
    }

    private static String describe(Party party) {
        Set<String> ids = new LinkedHashSet<>(party.identifierValues());
        return "\"" + party.displayName() + "\" (ids " + (ids.isEmpty() ? "none" : ids) + ")";
    }

    private Invoice buildInvoice(
            EInvoice document,
            Direction direction,
            CounterpartyId counterpartyId,
            List<InvoiceLine> lines,
            InvoiceTotals printed,
            List<ImportFinding> findings) {
        return Invoice.builder()
                .companyId(companyId)
                .counterpartyId(counterpartyId)
                .number(document.id())
                .direction(direction)
                .issueDate(document.issueDate())
                .currency(document.currency())
                .priceBasis(PriceBasis.VAT_EXCLUSIVE)
                .terms(terms(document, findings))
                .lines(lines)
                .printedTotals(printed)
                .build(context);
    }

    private CreditDocument buildCredit(
            EInvoice document,
            ImportOptions options,
            CreditDocumentKind kind,
            Direction direction,
            CounterpartyId counterpartyId,
            List<InvoiceLine> lines,
            InvoiceTotals printed,
            List<ImportFinding> findings) {
        return CreditDocument.builder()
                .kind(kind)
                .number(document.id())
                .companyId(companyId)
                .counterpartyId(counterpartyId)
                .direction(direction)
                .issueDate(document.issueDate())
                .reference(reference(document, options, kind, findings))
                .currency(document.currency())
                .priceBasis(PriceBasis.VAT_EXCLUSIVE)
                .lines(lines)
                .printedTotals(printed)
                .build(context);
    }

    private static InvoiceReference reference(
            EInvoice document,
            ImportOptions options,
            CreditDocumentKind kind,
            List<ImportFinding> findings) {
        if (document.billingReferences().isEmpty()) {
            if (options.creditReference() != null) {
                return options.creditReference();
            }
            throw new EInvoiceImportException(
                    (kind == CreditDocumentKind.CREDIT_NOTE ? "credit note " : "return invoice ")
                            + document.id()
                            + " names no invoice in"
                            + " cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID; pass the"
                            + " invoice it reduces as the credit reference in the import options");
        }
        if (document.billingReferences().size() > 1) {
            findings.add(
                    new ImportFinding(
                            FindingKind.SEVERAL_REFERENCES,
                            "cac:BillingReference",
                            null,
                            null,
                            "The document names "
                                    + document.billingReferences().size()
                                    + " invoices; the credit refers to the first, "
                                    + document.billingReferences().get(0).id()
                                    + "."));
        }
        return InvoiceReference.toNumber(document.billingReferences().get(0).id());
    }

    private PaymentTerms terms(EInvoice document, List<ImportFinding> findings) {
        List<LocalDate> dates = document.printedDueDates();
        if (dates.isEmpty()) {
            return defaultTerms;
        }
        if (new LinkedHashSet<>(dates).size() > 1) {
            findings.add(
                    new ImportFinding(
                            FindingKind.DUE_DATES_DIFFER,
                            "dueDate",
                            null,
                            null,
                            "The document prints the due dates "
                                    + dates
                                    + "; the invoice is due on the first, "
                                    + dates.get(0)
                                    + "."));
        }
        return new FixedDate(dates.get(0));
    }

    private List<PaymentToRecord> paymentsToRecord(EInvoice document) {
        List<PaymentToRecord> payments = new ArrayList<>();
        for (PrepaidPayment prepaid : document.prepaidPayments()) {
            LocalDate date =
                    prepaid.receivedDate() != null ? prepaid.receivedDate() : prepaid.paidDate();
            payments.add(
                    new PaymentToRecord(
                            rounded(prepaid.paidAmount(), document),
                            date != null ? date : document.issueDate(),
                            date != null));
        }
        if (payments.isEmpty()
                && document.monetaryTotal().prepaidAmount() != null
                && document.monetaryTotal().prepaidAmount().isPositive()) {
            payments.add(
                    new PaymentToRecord(
                            rounded(document.monetaryTotal().prepaidAmount(), document),
                            document.issueDate(),
                            false));
        }
        return payments;
    }

    private MonetaryAmount rounded(MonetaryAmount amount, EInvoice document) {
        BigDecimal value =
                Decimals.round(Decimals.of(amount), document.currency(), context.rounding());
        return Decimals.money(value, document.currency());
    }
}
