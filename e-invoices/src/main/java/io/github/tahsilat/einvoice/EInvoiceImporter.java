package io.github.tahsilat.einvoice;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.einvoice.internal.mapping.DocumentImport;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.terms.PaymentTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports e-invoices into one company's books as {@link io.github.tahsilat.invoice.Invoice}s and
 * {@link io.github.tahsilat.invoice.CreditDocument}s.
 *
 * <ul>
 *   <li>The direction follows the company's tax id: a document whose supplier carries it is one the
 *       company issued, a {@link io.github.tahsilat.invoice.Direction#RECEIVABLE}; one whose
 *       customer carries it is a {@link io.github.tahsilat.invoice.Direction#PAYABLE}. A document
 *       where neither party carries it is rejected.
 *   <li>A CreditNote becomes a credit document of kind {@code CREDIT_NOTE} and a UBL-TR return
 *       invoice (such as type code {@code IADE}) one of kind {@code RETURN_INVOICE}. Either reduces
 *       the side of the invoice it names: a return invoice issued to the company by a customer
 *       reduces a receivable.
 *   <li>The printed totals are kept as the item's totals. The library computes its own from the
 *       lines and reports each difference beyond one minor unit per subtotal as an {@link
 *       ImportFinding}, without changing the printed totals.
 *   <li>A printed due date becomes {@link io.github.tahsilat.terms.FixedDate} terms; without one
 *       the importer's default terms apply.
 *   <li>Prepaid amounts are returned as {@link PaymentToRecord}s, and the other party as a {@link
 *       Party} that the {@link CounterpartyResolver} matches or registers.
 * </ul>
 *
 * <p>Immutable, and thread-safe when the resolver is.
 */
public final class EInvoiceImporter {

    private final DocumentImport documentImport;

    private EInvoiceImporter(DocumentImport documentImport) {
        this.documentImport = documentImport;
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Imports {@code document}, taking the direction and any credit reference from it.
     *
     * @throws NullPointerException if {@code document} is {@code null}
     * @throws EInvoiceImportException if neither or both parties carry the company's tax id, a
     *     credit document names no invoice, a VAT rate is negative, the amounts at one VAT rate add
     *     up to less than zero, or an amount cannot be represented. The message names the document
     *     and the fix
     */
    public ImportResult importDocument(EInvoice document) {
        return importDocument(document, ImportOptions.none());
    }

    /**
     * Imports {@code document} with choices the document does not settle.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws EInvoiceImportException if the party that the direction names does not carry the
     *     company's tax id, or as {@link #importDocument(EInvoice)} does
     */
    public ImportResult importDocument(EInvoice document, ImportOptions options) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        return documentImport.importDocument(document, options);
    }

    /** Collects the importer's settings. Not thread-safe. */
    public static final class Builder {
        private CompanyId companyId;
        private final List<TaxIdentifier> companyTaxIds = new ArrayList<>();
        private InvoiceContext context;
        private PaymentTerms defaultTerms;
        private CounterpartyResolver resolver;

        private Builder() {}

        /** Sets the company whose books receive the imported items, required. */
        public Builder companyId(CompanyId companyId) {
            this.companyId = companyId;
            return this;
        }

        /**
         * Adds a tax identifier of the company, such as its VKN or a foreign VAT number; at least
         * one is required.
         */
        public Builder companyTaxId(TaxIdentifier taxId) {
            if (taxId == null) {
                throw new InvalidInputException("companyTaxId", null, "a tax identifier");
            }
            this.companyTaxIds.add(taxId);
            return this;
        }

        /** Sets the company's invoice settings (rounding, VAT rounding, calendar), required. */
        public Builder context(InvoiceContext context) {
            this.context = context;
            return this;
        }

        /** Sets the payment terms for documents that print no due date, required. */
        public Builder defaultTerms(PaymentTerms defaultTerms) {
            this.defaultTerms = defaultTerms;
            return this;
        }

        /** Sets the host's lookup of counterparties, required. */
        public Builder counterparties(CounterpartyResolver resolver) {
            this.resolver = resolver;
            return this;
        }

        /**
         * Returns the importer.
         *
         * @throws InvalidInputException if a required setting is missing
         */
        public EInvoiceImporter build() {
            require("companyId", companyId, "the company's id");
            if (companyTaxIds.isEmpty()) {
                throw new InvalidInputException(
                        "companyTaxId", null, "at least one tax identifier of the company");
            }
            require("context", context, "the company's invoice context");
            require("defaultTerms", defaultTerms, "payment terms for documents without due date");
            require("counterparties", resolver, "a counterparty resolver");
            return new EInvoiceImporter(
                    new DocumentImport(companyId, companyTaxIds, context, defaultTerms, resolver));
        }

        private static void require(String field, Object value, String expected) {
            if (value == null) {
                throw new InvalidInputException(field, null, expected);
            }
        }
    }
}
