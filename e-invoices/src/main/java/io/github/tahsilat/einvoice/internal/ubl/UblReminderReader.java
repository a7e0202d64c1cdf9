package io.github.tahsilat.einvoice.internal.ubl;

import static io.github.tahsilat.einvoice.internal.ubl.Elements.date;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.decimal;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.quoted;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.required;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.requiredText;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.text;
import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CAC;
import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CBC;

import io.github.tahsilat.einvoice.EInvoiceFormatException;
import io.github.tahsilat.einvoice.Party;
import io.github.tahsilat.einvoice.PaymentMeans;
import io.github.tahsilat.einvoice.Reminder;
import io.github.tahsilat.einvoice.ReminderLine;
import io.github.tahsilat.einvoice.ReminderLineKind;
import io.github.tahsilat.einvoice.internal.xml.XmlElement;
import io.github.tahsilat.einvoice.internal.xml.XmlNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Turns the element tree of a UBL 2.1 Reminder into a {@link Reminder}. Elements it does not read
 * are skipped. One instance reads one document and is not thread-safe.
 */
public final class UblReminderReader {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+]?[0-9]{1,9}");

    private final XmlElement root;
    private CurrencyUnit currency;

    private UblReminderReader(XmlElement root) {
        this.root = root;
    }

    /**
     * Reads the document whose element is {@code root}.
     *
     * @throws EInvoiceFormatException if the root is not a UBL Reminder, or an element the model
     *     needs is missing or malformed
     */
    public static Reminder read(XmlElement root) {
        if (!root.is(XmlNames.REMINDER, "Reminder")) {
            String found =
                    root.namespace().isEmpty()
                            ? root.localName() + " without a namespace"
                            : root.localName() + " in namespace " + root.namespace();
            throw new EInvoiceFormatException(
                    root.path(), found, "a UBL 2.1 Reminder in namespace " + XmlNames.REMINDER);
        }
        return new UblReminderReader(root).read();
    }

    private Reminder read() {
        String id = requiredText(root, "ID", "the document id");
        XmlElement issueDate = required(root, CBC, "IssueDate", "the issue date, YYYY-MM-DD");
        currency = documentCurrency();
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
        XmlElement total = required(root, CAC, "LegalMonetaryTotal", "the document totals");
        return new Reminder(
                id,
                date(issueDate),
                sequenceNumber(),
                currency,
                supplier,
                customer,
                paymentMeans,
                amount(required(total, CBC, "PayableAmount", "the amount due, such as 118.00")),
                lines());
    }

    /**
     * Returns the {@code cbc:DocumentCurrencyCode}, which the schema leaves optional, else the
     * currency of the payable amount.
     */
    private CurrencyUnit documentCurrency() {
        XmlElement code = root.child(CBC, "DocumentCurrencyCode");
        if (code != null) {
            return Components.currency(code);
        }
        XmlElement total = root.child(CAC, "LegalMonetaryTotal");
        XmlElement payable = total == null ? null : total.child(CBC, "PayableAmount");
        String payableCurrency = payable == null ? null : payable.attribute("currencyID");
        if (payableCurrency == null || payableCurrency.isBlank()) {
            throw Elements.missing(
                    root,
                    "cbc:DocumentCurrencyCode",
                    "the document currency, or a currencyID on the payable amount");
        }
        return Components.currency(payable.path() + "/@currencyID", payableCurrency.strip());
    }

    private Integer sequenceNumber() {
        XmlElement element = root.child(CBC, "ReminderSequenceNumeric");
        if (element == null || element.text().isEmpty()) {
            return null;
        }
        String text = element.text();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new EInvoiceFormatException(
                    element.path(), quoted(text), "a whole number such as 2, the dunning level");
        }
        return Integer.valueOf(text.startsWith("+") ? text.substring(1) : text);
    }

    // ---- Lines ------------------------------------------------------------------------------

    private List<ReminderLine> lines() {
        List<XmlElement> elements = root.children(CAC, "ReminderLine");
        if (elements.isEmpty()) {
            throw Elements.missing(root, "cac:ReminderLine", "at least one line");
        }
        List<ReminderLine> lines = new ArrayList<>();
        for (XmlElement element : elements) {
            lines.add(line(element));
        }
        return lines;
    }

    private ReminderLine line(XmlElement line) {
        XmlElement period = line.child(CAC, "ReminderPeriod");
        return new ReminderLine(
                requiredText(line, "ID", "the line id"),
                ReminderLineKind.ofCode(text(line, "PaymentPurposeCode")),
                invoiceNumber(line),
                date(period, "StartDate"),
                date(period, "EndDate"),
                lineAmount(line));
    }

    /** Returns the first invoice number among the line's billing references, or {@code null}. */
    private static String invoiceNumber(XmlElement line) {
        for (XmlElement reference : line.children(CAC, "BillingReference")) {
            XmlElement document = reference.child(CAC, "InvoiceDocumentReference");
            if (document != null) {
                return requiredText(document, "ID", "the number of the invoice reminded of");
            }
        }
        return null;
    }

    /**
     * Returns the debit amount, else the credit amount negated, else the {@code cbc:Amount}.
     *
     * @throws EInvoiceFormatException if the line has none of them, or one is malformed
     */
    private MonetaryAmount lineAmount(XmlElement line) {
        XmlElement debit = line.child(CBC, "DebitLineAmount");
        if (debit != null) {
            return amount(debit);
        }
        XmlElement credit = line.child(CBC, "CreditLineAmount");
        if (credit != null) {
            return amount(credit).negate();
        }
        XmlElement amount = line.child(CBC, "Amount");
        if (amount != null) {
            return amount(amount);
        }
        throw Elements.missing(
                line, "cbc:DebitLineAmount", "the amount the line asks for, such as 118.00");
    }

    /**
     * Reads an amount whose {@code currencyID} must be the document currency; an amount without one
     * is taken to be in the document currency.
     */
    private MonetaryAmount amount(XmlElement element) {
        BigDecimal value = decimal(element);
        String code = element.attribute("currencyID");
        if (code != null && !code.isBlank() && !code.strip().equals(currency.getCurrencyCode())) {
            throw new EInvoiceFormatException(
                    element.path() + "/@currencyID",
                    code,
                    "the document currency " + currency.getCurrencyCode());
        }
        return Money.of(value, currency);
    }
}
