package io.github.tahsilat.einvoice.internal.ubl;

import static io.github.tahsilat.einvoice.internal.ubl.Elements.date;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.quoted;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.required;
import static io.github.tahsilat.einvoice.internal.ubl.Elements.text;
import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CAC;

import io.github.tahsilat.einvoice.EInvoiceFormatException;
import io.github.tahsilat.einvoice.PaymentMeans;
import io.github.tahsilat.einvoice.internal.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/** Reads the components that every UBL document of the model shares: currency, parties, payment. */
final class Components {

    private Components() {}

    /**
     * Returns the currency whose ISO 4217 code is the element's text.
     *
     * @throws EInvoiceFormatException if the text is not a known currency code
     */
    static CurrencyUnit currency(XmlElement element) {
        return currency(element.path(), element.text());
    }

    /**
     * Returns the currency whose ISO 4217 code is {@code code}, printed at {@code path}.
     *
     * @throws EInvoiceFormatException if {@code code} is not a known currency code
     */
    static CurrencyUnit currency(String path, String code) {
        if (code.isEmpty() || !Monetary.isCurrencyAvailable(code)) {
            throw new EInvoiceFormatException(
                    path,
                    quoted(code),
                    "an ISO 4217 currency code in capital letters, such as TRY or EUR");
        }
        return Monetary.getCurrency(code);
    }

    /**
     * Returns the {@code cac:Party} inside the child {@code role} of {@code root}, such as {@code
     * AccountingSupplierParty}.
     *
     * @throws EInvoiceFormatException if either element is missing
     */
    static XmlElement party(XmlElement root, String role, String expected) {
        XmlElement wrapper = required(root, CAC, role, expected);
        return required(wrapper, CAC, "Party", expected + "'s party");
    }

    /** Returns the payee account ids, or the payer account ids, of all payment means. */
    static List<String> accounts(List<PaymentMeans> means, boolean payee) {
        List<String> ids = new ArrayList<>();
        for (PaymentMeans each : means) {
            ids.addAll(payee ? each.payeeAccountIds() : each.payerAccountIds());
        }
        return ids;
    }

    /**
     * Reads one {@code cac:PaymentMeans}.
     *
     * @throws EInvoiceFormatException if its due date is not a date
     */
    static PaymentMeans paymentMeans(XmlElement means) {
        List<String> payee = new ArrayList<>();
        for (XmlElement account : means.children(CAC, "PayeeFinancialAccount")) {
            String id = text(account, "ID");
            if (id != null) {
                payee.add(id);
            }
        }
        List<String> payer = new ArrayList<>();
        for (XmlElement mandate : means.children(CAC, "PaymentMandate")) {
            for (XmlElement account : mandate.children(CAC, "PayerFinancialAccount")) {
                String id = text(account, "ID");
                if (id != null) {
                    payer.add(id);
                }
            }
        }
        return new PaymentMeans(
                text(means, "PaymentMeansCode"),
                date(means, "PaymentDueDate"),
                text(means, "PaymentID"),
                payee,
                payer);
    }
}
