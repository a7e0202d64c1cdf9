package io.github.tahsilat.einvoice.internal.ubl;

import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CAC;
import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CBC;
import static io.github.tahsilat.einvoice.internal.xml.XmlNames.REMINDER;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.einvoice.ReminderLineKind;
import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.money.MoneyRounding;
import io.github.tahsilat.notice.FeeLine;
import io.github.tahsilat.notice.InterestLine;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notice.NoticeLine;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a dunning notice as a UBL 2.1 Reminder with the JDK's {@link XMLStreamWriter}, which
 * escapes markup characters in text and attributes.
 *
 * <p>The elements follow the order of the OASIS UBL 2.1 Reminder schema. Amounts carry {@code
 * currencyID} and exactly the currency's ISO 4217 minor-unit decimals, printed with {@link
 * BigDecimal#toPlainString()} so that no locale changes them. One instance writes one document and
 * is not thread-safe. The caller has checked every text for characters that XML 1.0 cannot carry.
 */
public final class UblReminderWriter {

    /** UNCL 4461 code 42: payment to a bank account. */
    private static final String PAYMENT_TO_BANK_ACCOUNT = "42";

    /** UNCL 4461 code 1: instrument not defined, for a notice without bank accounts. */
    private static final String INSTRUMENT_NOT_DEFINED = "1";

    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private final Notice notice;
    private final int digits;
    private int depth;
    private int lineNumber;

    private UblReminderWriter(XMLStreamWriter xml, Notice notice) {
        this.xml = xml;
        this.notice = notice;
        this.digits = MoneyRounding.fractionDigits(notice.total());
    }

    /**
     * Writes {@code notice} to {@code output} in UTF-8. The stream is flushed, not closed.
     *
     * @param notice the notice; its items, fees and interest become the lines
     * @param company the notice's company, the supplier
     * @param counterparty the notice's counterparty, the customer
     * @param documentId the document id to print as {@code cbc:ID}
     * @param output where the document goes
     * @throws XMLStreamException if writing to {@code output} fails
     */
    public static void write(
            Notice notice,
            Company company,
            Counterparty counterparty,
            String documentId,
            OutputStream output)
            throws XMLStreamException {
        XMLStreamWriter xml =
                XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(output, "UTF-8");
        try {
            new UblReminderWriter(xml, notice).document(company, counterparty, documentId);
            xml.flush();
        } finally {
            xml.close();
        }
    }

    private void document(Company company, Counterparty counterparty, String documentId)
            throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("", "Reminder", REMINDER);
        xml.writeDefaultNamespace(REMINDER);
        xml.writeNamespace("cac", CAC);
        xml.writeNamespace("cbc", CBC);
        depth++;
        basic("UBLVersionID", "2.1");
        basic("ID", documentId);
        basic("IssueDate", date(notice.asOf()));
        basic("ReminderSequenceNumeric", Integer.toString(notice.level()));
        basic("DocumentCurrencyCode", notice.currency().getCurrencyCode());
        supplier(company);
        customer(counterparty);
        paymentMeans();
        open("LegalMonetaryTotal");
        amount("PayableAmount", notice.total());
        close();
        for (NoticeLine line : notice.lines()) {
            itemLine(line);
        }
        for (FeeLine fee : notice.fees()) {
            feeLine(fee);
        }
        for (InterestLine interest : notice.interest()) {
            interestLine(interest);
        }
        depth--;
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    // ---- Parties ----------------------------------------------------------------------------

    private void supplier(Company company) throws XMLStreamException {
        open("AccountingSupplierParty");
        open("Party");
        if (company.vkn().isPresent()) {
            partyIdentification("VKN", company.vkn().get().value());
        }
        if (company.mersisNumber().isPresent()) {
            partyIdentification("MERSISNO", company.mersisNumber().get().value());
        }
        partyName(company.legalName());
        open("PartyLegalEntity");
        basic("RegistrationName", company.legalName());
        close();
        close();
        close();
    }

    /**
     * Writes the customer. A Turkish tax id goes into {@code cac:PartyIdentification} with the
     * UBL-TR scheme {@code VKN} or {@code TCKN}; a foreign one into {@code
     * cac:PartyLegalEntity/cbc:CompanyID} with the issuing country as the address country.
     */
    private void customer(Counterparty counterparty) throws XMLStreamException {
        open("AccountingCustomerParty");
        open("Party");
        TaxIdentifier taxId = counterparty.taxIdentifier().orElse(null);
        if (taxId instanceof Vkn vkn) {
            partyIdentification("VKN", vkn.value());
        } else if (taxId instanceof Tckn tckn) {
            partyIdentification("TCKN", tckn.value());
        }
        partyName(counterparty.name());
        if (taxId instanceof ForeignTaxId foreign) {
            open("PostalAddress");
            open("Country");
            basic("IdentificationCode", foreign.countryCode());
            close();
            close();
            open("PartyLegalEntity");
            basic("CompanyID", foreign.value());
            close();
        }
        close();
        close();
    }

    private void partyIdentification(String scheme, String value) throws XMLStreamException {
        open("PartyIdentification");
        start(CBC, "ID");
        xml.writeAttribute("schemeID", scheme);
        xml.writeCharacters(value);
        xml.writeEndElement();
        close();
    }

    private void partyName(String name) throws XMLStreamException {
        open("PartyName");
        basic("Name", name);
        close();
    }

    // ---- Payment means ----------------------------------------------------------------------

    /**
     * Writes one payment means per bank account of the instructions, or one without an account when
     * there is none, so that the pay-by date and the payment reference are always printed.
     */
    private void paymentMeans() throws XMLStreamException {
        List<BankAccount> accounts = notice.instructions().accounts();
        if (accounts.isEmpty()) {
            paymentMeans(INSTRUMENT_NOT_DEFINED, null);
        }
        for (BankAccount account : accounts) {
            paymentMeans(PAYMENT_TO_BANK_ACCOUNT, account);
        }
    }

    private void paymentMeans(String code, BankAccount account) throws XMLStreamException {
        open("PaymentMeans");
        basic("PaymentMeansCode", code);
        basic("PaymentDueDate", date(notice.payBy()));
        basic("PaymentID", notice.instructions().paymentReference());
        if (account != null) {
            open("PayeeFinancialAccount");
            basic("ID", account.iban().value());
            open("FinancialInstitutionBranch");
            basic("Name", account.bankName());
            close();
            close();
        }
        close();
    }

    // ---- Lines ------------------------------------------------------------------------------

    private void itemLine(NoticeLine line) throws XMLStreamException {
        startLine(ReminderLineKind.ITEM, line.outstanding());
        period(line.dueDate(), null);
        invoiceReference(line.invoiceNumber());
        close();
    }

    private void feeLine(FeeLine fee) throws XMLStreamException {
        startLine(ReminderLineKind.FEE, fee.amount());
        if (fee.basis() == FeeBasis.PER_ITEM) {
            invoiceReference(fee.invoiceNumber().orElseThrow());
        }
        close();
    }

    private void interestLine(InterestLine interest) throws XMLStreamException {
        startLine(ReminderLineKind.INTEREST, interest.amount());
        period(interest.from(), interest.to());
        invoiceReference(interest.invoiceNumber());
        close();
    }

    private void startLine(ReminderLineKind kind, MonetaryAmount amount) throws XMLStreamException {
        lineNumber++;
        open("ReminderLine");
        basic("ID", Integer.toString(lineNumber));
        amount("DebitLineAmount", amount);
        basic("PaymentPurposeCode", kind.name());
    }

    private void period(LocalDate start, LocalDate end) throws XMLStreamException {
        open("ReminderPeriod");
        basic("StartDate", date(start));
        if (end != null) {
            basic("EndDate", date(end));
        }
        close();
    }

    private void invoiceReference(String invoiceNumber) throws XMLStreamException {
        open("BillingReference");
        open("InvoiceDocumentReference");
        basic("ID", invoiceNumber);
        close();
        close();
    }

    // ---- Elements and values ----------------------------------------------------------------

    private void amount(String name, MonetaryAmount amount) throws XMLStreamException {
        BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
        start(CBC, name);
        xml.writeAttribute("currencyID", amount.getCurrency().getCurrencyCode());
        // The notice types keep every amount at the currency's scale, so nothing is rounded here.
        xml.writeCharacters(value.setScale(digits, RoundingMode.UNNECESSARY).toPlainString());
        xml.writeEndElement();
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    /** Writes a {@code cbc} element with text content. */
    private void basic(String name, String text) throws XMLStreamException {
        start(CBC, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Opens a {@code cac} element on a line of its own. */
    private void open(String name) throws XMLStreamException {
        start(CAC, name);
        depth++;
    }

    /** Closes the innermost {@code cac} element on a line of its own. */
    private void close() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    private void start(String namespace, String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(namespace.equals(CAC) ? "cac" : "cbc", name, namespace);
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
