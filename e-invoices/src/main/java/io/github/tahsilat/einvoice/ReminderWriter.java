package io.github.tahsilat.einvoice;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.einvoice.internal.ubl.UblReminderWriter;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.notice.FeeLine;
import io.github.tahsilat.notice.InterestLine;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notice.NoticeLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a dunning {@link Notice} as a UBL 2.1 Reminder document ({@code
 * urn:oasis:names:specification:ubl:schema:xsd:Reminder-2}) that validates against the OASIS UBL
 * 2.1 Reminder schema.
 *
 * <p>The document maps the notice as follows:
 *
 * <ul>
 *   <li>{@code cbc:ID} is {@link Notice#noticeId(String) notice.noticeId}{@code ("ubl-reminder")},
 *       the same on every retry; {@code cbc:IssueDate} is the run's date; {@code
 *       cbc:ReminderSequenceNumeric} is the dunning level; {@code cbc:DocumentCurrencyCode} is the
 *       notice currency.
 *   <li>The supplier is the company: its VKN and MERSIS number as {@code cac:PartyIdentification}
 *       with the UBL-TR schemes {@code VKN} and {@code MERSISNO}, and its legal name. The customer
 *       is the counterparty: its name, a VKN or T.C. Kimlik No as {@code cac:PartyIdentification}
 *       with scheme {@code VKN} or {@code TCKN}, a foreign tax id as {@code
 *       cac:PartyLegalEntity/cbc:CompanyID} with the issuing country as address country.
 *   <li>One {@code cac:PaymentMeans} per bank account of the instructions (UNCL 4461 code 42, the
 *       IBAN and the bank's name), or one with code 1 when there is none; each carries the pay-by
 *       date as {@code cbc:PaymentDueDate} and the payment reference as {@code cbc:PaymentID}.
 *   <li>{@code cac:LegalMonetaryTotal/cbc:PayableAmount} is the notice total.
 *   <li>One {@code cac:ReminderLine} per item, then per fee, then per interest line, numbered from
 *       1. Each has the amount as {@code cbc:DebitLineAmount}, its {@link ReminderLineKind} as
 *       {@code cbc:PaymentPurposeCode} and, except for a per-notice fee, the invoice number as
 *       {@code cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID}. An item's {@code
 *       cac:ReminderPeriod} starts on its due date; an interest line's period runs from the day
 *       before the first day charged to the last day charged.
 * </ul>
 *
 * <p>Fees and interest are lines, not {@code cac:AllowanceCharge} elements, because a
 * document-level allowance or charge can name neither the invoice it belongs to nor a period.
 * Amounts carry {@code currencyID} and exactly the currency's ISO 4217 minor-unit decimals, in
 * every locale. The notice's days past due, template name and the fee levels are not printed; read
 * back with {@link ReminderReader}, the document gives the same lines and amounts.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReminderWriter {

    /** The channel name whose {@link Notice#noticeId(String) notice id} is the document id. */
    public static final String CHANNEL = "ubl-reminder";

    private ReminderWriter() {}

    /** Returns a writer. */
    public static ReminderWriter create() {
        return new ReminderWriter();
    }

    /**
     * Returns {@code notice} as a UTF-8 Reminder document.
     *
     * @param notice the notice
     * @param company the company that sends it
     * @param counterparty the counterparty it is for
     * @throws InvalidInputException if an argument is {@code null}, the company or counterparty is
     *     not the notice's, or a name, bank name or invoice number contains a control character
     *     other than tab or line feed, or an unpaired surrogate, which XML cannot carry
     */
    public byte[] write(Notice notice, Company company, Counterparty counterparty) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(notice, company, counterparty, bytes);
        return bytes.toByteArray();
    }

    /**
     * Writes {@code notice} as a UTF-8 Reminder document to {@code output}. The arguments are
     * checked before anything is written. The stream is flushed, not closed.
     *
     * @param notice the notice
     * @param company the company that sends it
     * @param counterparty the counterparty it is for
     * @param output where the document goes
     * @throws InvalidInputException if {@code output} is {@code null}, or as {@link #write(Notice,
     *     Company, Counterparty)} describes
     * @throws UncheckedIOException if writing to {@code output} fails
     */
    public void write(
            Notice notice, Company company, Counterparty counterparty, OutputStream output) {
        check(notice, company, counterparty);
        if (output == null) {
            throw new InvalidInputException("output", null, "an output stream");
        }
        try {
            UblReminderWriter.write(
                    notice, company, counterparty, notice.noticeId(CHANNEL).toString(), output);
        } catch (XMLStreamException e) {
            IOException cause =
                    e.getCause() instanceof IOException io
                            ? io
                            : new IOException(e.getMessage(), e);
            throw new UncheckedIOException("failed to write the Reminder document", cause);
        }
    }

    private static void check(Notice notice, Company company, Counterparty counterparty) {
        if (notice == null) {
            throw new InvalidInputException("notice", null, "a dunning notice");
        }
        if (company == null) {
            throw new InvalidInputException("company", null, "the notice's company");
        }
        if (counterparty == null) {
            throw new InvalidInputException("counterparty", null, "the notice's counterparty");
        }
        if (!company.id().equals(notice.companyId())) {
            throw new InvalidInputException(
                    "company", company.id(), "company " + notice.companyId());
        }
        if (!counterparty.id().equals(notice.counterpartyId())) {
            throw new InvalidInputException(
                    "counterparty", counterparty.id(), "counterparty " + notice.counterpartyId());
        }
        XmlText.check(company.legalName(), "company.legalName", false);
        for (BankAccount account : notice.instructions().accounts()) {
            XmlText.check(account.bankName(), "bankAccount.bankName", false);
        }
        XmlText.check(counterparty.name(), "counterparty.name", true);
        for (NoticeLine line : notice.lines()) {
            XmlText.check(line.invoiceNumber(), "lines.invoiceNumber", false);
        }
        for (FeeLine fee : notice.fees()) {
            if (fee.invoiceNumber().isPresent()) {
                XmlText.check(fee.invoiceNumber().get(), "fees.invoiceNumber", false);
            }
        }
        for (InterestLine interest : notice.interest()) {
            XmlText.check(interest.invoiceNumber(), "interest.invoiceNumber", false);
        }
    }
}
