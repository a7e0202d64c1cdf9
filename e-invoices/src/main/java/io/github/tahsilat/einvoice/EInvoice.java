package io.github.tahsilat.einvoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A UBL 2.1 Invoice or CreditNote as printed, read by {@link EInvoiceReader}. It keeps what
 * receivables collection needs and skips the rest (signatures, attachments, delivery, item
 * classifications). Amounts keep the precision and sign of the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind Invoice or CreditNote
 * @param profile the specification the document follows
 * @param customizationId the {@code cbc:CustomizationID}, or {@code null}
 * @param profileId the {@code cbc:ProfileID}, or {@code null}
 * @param id the document number ({@code cbc:ID})
 * @param uuid the {@code cbc:UUID}, in UBL-TR the ETTN, or {@code null}
 * @param issueDate the issue date
 * @param dueDate the {@code cbc:DueDate} of an Invoice, or {@code null}; see {@link
 *     #printedDueDate()} for the other places a due date may be printed
 * @param typeCode the {@code cbc:InvoiceTypeCode} or {@code cbc:CreditNoteTypeCode} as printed,
 *     such as {@code 380} or {@code SATIS}, or {@code null}
 * @param currency the document currency
 * @param notes the {@code cbc:Note} texts that are not blank
 * @param supplier the {@code cac:AccountingSupplierParty}
 * @param customer the {@code cac:AccountingCustomerParty}
 * @param lines the lines, at least one
 * @param taxTotals the document's {@code cac:TaxTotal} elements
 * @param withholdings the subtotals of the document's UBL-TR {@code cac:WithholdingTaxTotal}
 * @param allowanceCharges the document-level allowances and charges
 * @param monetaryTotal the legal monetary total
 * @param paymentMeans the payment means, possibly empty
 * @param paymentTerms the payment terms, possibly empty
 * @param billingReferences the invoices this document refers to, possibly empty
 * @param prepaidPayments the prepaid payments, possibly empty
 */
public record EInvoice(
        DocumentKind kind,
        Profile profile,
        String customizationId,
        String profileId,
        String id,
        String uuid,
        LocalDate issueDate,
        LocalDate dueDate,
        String typeCode,
        CurrencyUnit currency,
        List<String> notes,
        Party supplier,
        Party customer,
        List<EInvoiceLine> lines,
        List<TaxTotal> taxTotals,
        List<WithholdingTax> withholdings,
        List<AllowanceCharge> allowanceCharges,
        MonetaryTotal monetaryTotal,
        List<PaymentMeans> paymentMeans,
        List<PaymentTermsNote> paymentTerms,
        List<BillingReference> billingReferences,
        List<PrepaidPayment> prepaidPayments) {

    /**
     * Checks the required components and copies the lists.
     *
     * @throws NullPointerException if a component other than those documented as nullable is {@code
     *     null}
     * @throws IllegalArgumentException if there are no lines
     */
    public EInvoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(monetaryTotal, "monetaryTotal");
        notes = List.copyOf(notes);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an e-invoice needs at least one line");
        }
        taxTotals = List.copyOf(taxTotals);
        withholdings = List.copyOf(withholdings);
        allowanceCharges = List.copyOf(allowanceCharges);
        paymentMeans = List.copyOf(paymentMeans);
        paymentTerms = List.copyOf(paymentTerms);
        billingReferences = List.copyOf(billingReferences);
        prepaidPayments = List.copyOf(prepaidPayments);
    }

    /** Returns the UBL-TR invoice type, empty for other codes or a missing one. */
    public Optional<UblTrInvoiceType> ublTrType() {
        return UblTrInvoiceType.of(typeCode);
    }

    /**
     * Returns {@code true} for an Invoice whose type code is a UBL-TR return type such as {@code
     * IADE}: a return invoice issued by the buyer of the invoice it names.
     */
    public boolean isReturnInvoice() {
        return kind == DocumentKind.INVOICE
                && ublTrType().map(UblTrInvoiceType::isReturn).orElse(false);
    }

    /**
     * Returns the printed due date: the {@code cbc:DueDate}, else the first {@code
     * cac:PaymentMeans/cbc:PaymentDueDate}, else the first {@code
     * cac:PaymentTerms/cbc:PaymentDueDate}; empty when none is printed.
     */
    public Optional<LocalDate> printedDueDate() {
        if (dueDate != null) {
            return Optional.of(dueDate);
        }
        for (PaymentMeans means : paymentMeans) {
            if (means.paymentDueDate() != null) {
                return Optional.of(means.paymentDueDate());
            }
        }
        for (PaymentTermsNote terms : paymentTerms) {
            if (terms.paymentDueDate() != null) {
                return Optional.of(terms.paymentDueDate());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every due date printed on the document, in the order of {@link #printedDueDate()}.
     */
    public List<LocalDate> printedDueDates() {
        List<LocalDate> dates = new ArrayList<>();
        if (dueDate != null) {
            dates.add(dueDate);
        }
        paymentMeans.stream()
                .map(PaymentMeans::paymentDueDate)
                .filter(Objects::nonNull)
                .forEach(dates::add);
        paymentTerms.stream()
                .map(PaymentTermsNote::paymentDueDate)
                .filter(Objects::nonNull)
                .forEach(dates::add);
        return List.copyOf(dates);
    }

    /**
     * Returns the document-level tax subtotals in the document currency, from every tax total, in
     * document order.
     */
    public List<TaxSubtotal> taxSubtotals() {
        List<TaxSubtotal> subtotals = new ArrayList<>();
        for (TaxTotal total : taxTotals) {
            for (TaxSubtotal subtotal : total.subtotals()) {
                if (subtotal.taxableAmount().getCurrency().equals(currency)) {
                    subtotals.add(subtotal);
                }
            }
        }
        return List.copyOf(subtotals);
    }
}
