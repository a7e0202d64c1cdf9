package io.github.tahsilat.einvoice.internal.ubl;

import static io.github.tahsilat.einvoice.internal.ubl.Elements.date;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.decimal;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.quoted;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.required;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.requiredText;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.text;
import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CAC;
import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CBC;

import io.github.tahsilat.einvoice.AllowanceCharge;
import io.github.tahsilat.einvoice.BillingReference;
import io.github.tahsilat.einvoice.DocumentKind;
import io.github.tahsilat.einvoice.EInvoice;
import io.github.tahsilat.einvoice.EInvoiceFormatException;
import io.github.tahsilat.einvoice.EInvoiceLine;
import io.github.tahsilat.einvoice.MonetaryTotal;
import io.github.tahsilat.einvoice.Party;
import io.github.tahsilat.einvoice.PaymentMeans;
import io.github.tahsilat.einvoice.PaymentTermsNote;
import io.github.tahsilat.einvoice.PrepaidPayment;
import io.github.tahsilat.einvoice.Profile;
import io.github.tahsilat.einvoice.TaxCategory;
import io.github.tahsilat.einvoice.TaxSubtotal;
import io.github.tahsilat.einvoice.TaxTotal;
import io.github.tahsilat.einvoice.WithholdingTax;
import io.github.tahsilat.einvoice.internal.xml.XmlElement;
import io.github.tahsilat.einvoice.internal.xml.XmlNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Turns the element tree of a UBL 2.1 Invoice or CreditNote into an {@link EInvoice}. Elements it
 * does not read are skipped. One instance reads one document; not thread-safe.
 */
public final class UblDocumentReader {

    private final XmlElement root;
    private final DocumentKind kind;
    private CurrencyUnit currency;
    private CurrencyUnit taxCurrency;

    private UblDocumentReader(XmlElement root, DocumentKind kind) {
        this.root = root;
        this.kind = kind;
    }

    /**
     * Reads the document whose element is {@code root}.
     *
     * @throws EInvoiceFormatException if the root is not a UBL Invoice or CreditNote, or an element
     *     the model needs is missing or malformed
     */
    public static EInvoice read(XmlElement root) {
        return new UblDocumentReader(root, kindOf(root)).read();
    }

    private static DocumentKind kindOf(XmlElement root) {
        if (root.is(XmlNames.INVOICE, "Invoice")) {
            return DocumentKind.INVOICE;
        }
        if (root.is(XmlNames.CREDIT_NOTE, "CreditNote")) {
            return DocumentKind.CREDIT_NOTE;
        }
        String found =
                root.namespace().isEmpty()
                        ? root.localName() + " without a namespace"
                        : root.localName() + " in namespace " + root.namespace();
        String hint =
                root.localName().equals("Invoice") || root.localName().equals("CreditNote")
                        ? "; the namespace must be the UBL 2.1 one"
                        : "; a UBL " + root.localName() + " is not an Invoice or CreditNote";
        throw new EInvoiceFormatException(
                root.path(), found, "a UBL 2.1 Invoice or CreditNote document" + hint);
    }

    private EInvoice read() {
        String id = requiredText(root, "ID", "the document number");
        currency =
                Components.currency(
                        required(root, CBC, "DocumentCurrencyCode", "an ISO 4217 code"));
        XmlElement taxCurrencyCode = root.child(CBC, "TaxCurrencyCode");
        taxCurrency = taxCurrencyCode == null ? currency : Components.currency(taxCurrencyCode);
        XmlElement issueDate = required(root, CBC, "IssueDate", "the issue date, YYYY-MM-DD");
        String customizationId = text(root, "CustomizationID");
        String profileId = text(root, "ProfileID");
        String typeCode =
                text(root, kind == DocumentKind.INVOICE ? "InvoiceTypeCode" : "CreditNoteTypeCode");

        List<PaymentMeans> paymentMeans = new ArrayList<>();
        for (XmlElement means : root.children(CAC, "PaymentMeans")) {
            paymentMeans.add(Components.paymentMeans(means));
        }
        Party supplier =
                PartyReader.read(
                        Components.party(root, "AccountingSupplierParty", "the supplier"),
                        Components.accounts(paymentMeans, true));
        Party customer =
                PartyReader.read(
                        Components.party(root, "AccountingCustomerParty", "the customer"),
                        Components.accounts(paymentMeans, false));

        return new EInvoice(
                kind,
                Profile.of(profileId, customizationId),
                customizationId,
                profileId,
                id,
                text(root, "UUID"),
                date(issueDate),
                kind == DocumentKind.INVOICE ? date(root, "DueDate") : null,
                typeCode,
                currency,
                notes(),
                supplier,
                customer,
                lines(),
                taxTotals(root),
                withholdings(root),
                allowanceCharges(root),
                monetaryTotal(),
                paymentMeans,
                paymentTerms(),
                billingReferences(),
                prepaidPayments());
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (XmlElement note : root.children(CBC, "Note")) {
            if (!note.text().isEmpty()) {
                notes.add(note.text());
            }
        }
        return notes;
    }

    // ---- Lines ------------------------------------------------------------------------------

    private List<EInvoiceLine> lines() {
        String lineName = kind == DocumentKind.INVOICE ? "InvoiceLine" : "CreditNoteLine";
        List<XmlElement> elements = root.children(CAC, lineName);
        if (elements.isEmpty()) {
            throw Elements.missing(root, "cac:" + lineName, "at least one line");
        }
        List<EInvoiceLine> lines = new ArrayList<>();
        for (XmlElement element : elements) {
            lines.add(line(element));
        }
        return lines;
    }

    private EInvoiceLine line(XmlElement line) {
        String quantityName =
                kind == DocumentKind.INVOICE ? "InvoicedQuantity" : "CreditedQuantity";
        XmlElement quantity = required(line, CBC, quantityName, "the quantity, such as 1");
        XmlElement item = line.child(CAC, "Item");
        XmlElement price = line.child(CAC, "Price");
        TaxTotal taxTotal = null;
        List<TaxTotal> lineTaxTotals = taxTotals(line);
        if (!lineTaxTotals.isEmpty()) {
            taxTotal = lineTaxTotals.get(0);
        }
        return new EInvoiceLine(
                requiredText(line, "ID", "the line id"),
                decimal(quantity),
                quantity.attribute("unitCode"),
                amount(required(line, CBC, "LineExtensionAmount", "the line amount")),
                price == null ? null : optionalAmount(price, "PriceAmount"),
                decimal(price, "BaseQuantity"),
                text(item, "Name"),
                text(item, "Description"),
                lineVatCategory(item, lineTaxTotals),
                taxTotal,
                withholdings(line),
                allowanceCharges(line));
    }

    private TaxCategory lineVatCategory(XmlElement item, List<TaxTotal> lineTaxTotals) {
        if (item != null) {
            List<XmlElement> classified = item.children(CAC, "ClassifiedTaxCategory");
            for (XmlElement category : classified) {
                TaxCategory read = taxCategory(category, null);
                if (read.isVat()) {
                    return read;
                }
            }
            if (!classified.isEmpty()) {
                return taxCategory(classified.get(0), null);
            }
        }
        for (TaxTotal total : lineTaxTotals) {
            for (TaxSubtotal subtotal : total.subtotals()) {
                if (subtotal.category().isVat()) {
                    return subtotal.category();
                }
            }
        }
        return null;
    }

    // ---- Taxes ------------------------------------------------------------------------------

    private List<TaxTotal> taxTotals(XmlElement parent) {
        List<TaxTotal> totals = new ArrayList<>();
        for (XmlElement total : parent.children(CAC, "TaxTotal")) {
            List<TaxSubtotal> subtotals = new ArrayList<>();
            for (XmlElement subtotal : total.children(CAC, "TaxSubtotal")) {
                subtotals.add(taxSubtotal(subtotal));
            }
            XmlElement amount = required(total, CBC, "TaxAmount", "the total tax amount");
            totals.add(new TaxTotal(amountIn(amount, true), subtotals));
        }
        return totals;
    }

    private TaxSubtotal taxSubtotal(XmlElement subtotal) {
        XmlElement category = required(subtotal, CAC, "TaxCategory", "the tax category");
        return new TaxSubtotal(
                amount(required(subtotal, CBC, "TaxableAmount", "the taxable amount")),
                amount(required(subtotal, CBC, "TaxAmount", "the tax amount")),
                taxCategory(category, decimal(subtotal, "Percent")));
    }

    /**
     * Reads a tax category. UBL-TR prints the percent on the subtotal, not the category; {@code
     * subtotalPercent} is used when the category has none.
     */
    private static TaxCategory taxCategory(XmlElement category, BigDecimal subtotalPercent) {
        BigDecimal percent = decimal(category, "Percent");
        XmlElement scheme = category.child(CAC, "TaxScheme");
        return new TaxCategory(
                text(category, "ID"),
                percent != null ? percent : subtotalPercent,
                text(scheme, "ID"),
                text(scheme, "Name"),
                text(scheme, "TaxTypeCode"),
                text(category, "TaxExemptionReasonCode"),
                text(category, "TaxExemptionReason"));
    }

    private List<WithholdingTax> withholdings(XmlElement parent) {
        List<WithholdingTax> withholdings = new ArrayList<>();
        for (XmlElement total : parent.children(CAC, "WithholdingTaxTotal")) {
            for (XmlElement subtotal : total.children(CAC, "TaxSubtotal")) {
                XmlElement category = subtotal.child(CAC, "TaxCategory");
                XmlElement scheme = category == null ? null : category.child(CAC, "TaxScheme");
                BigDecimal percent = decimal(subtotal, "Percent");
                if (percent == null) {
                    percent = decimal(category, "Percent");
                }
                withholdings.add(
                        new WithholdingTax(
                                text(scheme, "TaxTypeCode"),
                                text(scheme, "Name"),
                                percent,
                                amount(
                                        required(
                                                subtotal,
                                                CBC,
                                                "TaxableAmount",
                                                "the VAT the withholding is taken from")),
                                amount(
                                        required(
                                                subtotal,
                                                CBC,
                                                "TaxAmount",
                                                "the withheld amount"))));
            }
        }
        return withholdings;
    }

    private List<AllowanceCharge> allowanceCharges(XmlElement parent) {
        List<AllowanceCharge> result = new ArrayList<>();
        for (XmlElement element : parent.children(CAC, "AllowanceCharge")) {
            XmlElement indicator =
                    required(
                            element,
                            CBC,
                            "ChargeIndicator",
                            "true for a charge, false for a" + " discount");
            String flag = indicator.text().toLowerCase(Locale.ROOT);
            if (!flag.equals("true") && !flag.equals("false")) {
                throw new EInvoiceFormatException(
                        indicator.path(), quoted(indicator.text()), "true or false");
            }
            XmlElement category = element.child(CAC, "TaxCategory");
            result.add(
                    new AllowanceCharge(
                            flag.equals("true"),
                            amount(required(element, CBC, "Amount", "the amount")),
                            optionalAmount(element, "BaseAmount"),
                            decimal(element, "MultiplierFactorNumeric"),
                            text(element, "AllowanceChargeReasonCode"),
                            text(element, "AllowanceChargeReason"),
                            category == null ? null : taxCategory(category, null)));
        }
        return result;
    }

    // ---- Totals and payment ----------------------------------------------------------------

    private MonetaryTotal monetaryTotal() {
        XmlElement total = required(root, CAC, "LegalMonetaryTotal", "the document totals");
        return new MonetaryTotal(
                amount(required(total, CBC, "LineExtensionAmount", "the sum of the line amounts")),
                amount(required(total, CBC, "TaxExclusiveAmount", "the total without tax")),
                amount(required(total, CBC, "TaxInclusiveAmount", "the total with tax")),
                optionalAmount(total, "AllowanceTotalAmount"),
                optionalAmount(total, "ChargeTotalAmount"),
                optionalAmount(total, "PrepaidAmount"),
                optionalAmount(total, "PayableRoundingAmount"),
                amount(required(total, CBC, "PayableAmount", "the amount due, such as 118.00")));
    }

    private List<PaymentTermsNote> paymentTerms() {
        List<PaymentTermsNote> terms = new ArrayList<>();
        for (XmlElement element : root.children(CAC, "PaymentTerms")) {
            terms.add(
                    new PaymentTermsNote(
                            text(element, "Note"),
                            date(element, "PaymentDueDate"),
                            optionalAmount(element, "Amount")));
        }
        return terms;
    }

    private List<BillingReference> billingReferences() {
        List<BillingReference> references = new ArrayList<>();
        for (XmlElement element : root.children(CAC, "BillingReference")) {
            XmlElement document = element.child(CAC, "InvoiceDocumentReference");
            if (document == null) {
                continue;
            }
            references.add(
                    new BillingReference(
                            requiredText(document, "ID", "the referenced invoice's number"),
                            date(document, "IssueDate"),
                            text(document, "DocumentTypeCode")));
        }
        return references;
    }

    private List<PrepaidPayment> prepaidPayments() {
        List<PrepaidPayment> payments = new ArrayList<>();
        for (XmlElement element : root.children(CAC, "PrepaidPayment")) {
            payments.add(
                    new PrepaidPayment(
                            text(element, "ID"),
                            amount(required(element, CBC, "PaidAmount", "the amount paid")),
                            date(element, "ReceivedDate"),
                            date(element, "PaidDate")));
        }
        return payments;
    }

    // ---- Amounts ----------------------------------------------------------------------------

    private MonetaryAmount optionalAmount(XmlElement parent, String name) {
        XmlElement child = parent.child(CBC, name);
        return child == null || child.text().isEmpty() ? null : amount(child);
    }

    private MonetaryAmount amount(XmlElement element) {
        return amountIn(element, false);
    }

    /**
     * Reads an amount with its {@code currencyID}, which must be the document currency, or the tax
     * currency where {@code taxCurrencyAllowed}. An amount without {@code currencyID} is taken to
     * be in the document currency.
     */
    private MonetaryAmount amountIn(XmlElement element, boolean taxCurrencyAllowed) {
        BigDecimal value = decimal(element);
        String code = element.attribute("currencyID");
        if (code == null || code.isBlank() || code.strip().equals(currency.getCurrencyCode())) {
            return Money.of(value, currency);
        }
        if (taxCurrencyAllowed && code.strip().equals(taxCurrency.getCurrencyCode())) {
            return Money.of(value, taxCurrency);
        }
        throw new EInvoiceFormatException(
                element.path() + "/@currencyID",
                code,
                "the document currency " + currency.getCurrencyCode());
    }
}
