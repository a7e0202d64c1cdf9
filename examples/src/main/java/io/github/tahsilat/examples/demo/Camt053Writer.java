package io.github.tahsilat.examples.demo;

import io.github.tahsilat.company.BankAccount;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one day's bank statements of the company's accounts as an ISO 20022 camt.053.001.02 file:
 * one {@code Stmt} per account with its opening and closing booked balances, and one booked entry
 * per {@link PlannedEntry}, with the customer's name, IBAN and remittance text. The ISO bank
 * transaction codes are PMNT/RCDT/ESCT for a credit transfer, PMNT/RCHQ/CCHQ for a collected
 * cheque, PMNT/DRFT/STAM for a promissory note settled at maturity, and PMNT/RCDT/RRTN for a
 * returned transfer, which is a debit that repeats the transfer's end-to-end id.
 *
 * <p>Stateless; the caller carries each account's balance from one day to the next.
 */
final class Camt053Writer {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

    /** Created once, because the factory look-up searches the class path on every call. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Camt053Writer() {}

    /**
     * One account's statement of the day.
     *
     * @param account the company's account
     * @param opening the opening booked balance, in the account's currency
     * @param entries the entries, all in the account's currency
     */
    record AccountDay(BankAccount account, MonetaryAmount opening, List<PlannedEntry> entries) {

        /** Copies the list. */
        AccountDay {
            entries = List.copyOf(entries);
        }

        /** Returns the closing booked balance: the opening balance plus every entry's change. */
        MonetaryAmount closing() {
            MonetaryAmount closing = opening;
            for (PlannedEntry entry : entries) {
                closing = closing.add(entry.signedAmount());
            }
            return closing;
        }
    }

    /**
     * Writes the statements of {@code day} to {@code file}, replacing it.
     *
     * @param owner the account owner's name
     * @param sequence the statements' electronic sequence number, increasing by one per day
     * @throws UncheckedIOException if the file cannot be written
     */
    static void write(
            Path file, LocalDate day, String owner, int sequence, List<AccountDay> accounts) {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("BkToCstmrStmt");
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", "DEMO-" + day);
            text(xml, "CreDtTm", day + "T20:00:00");
            xml.writeEndElement();
            for (AccountDay account : accounts) {
                statement(xml, day, owner, sequence, account);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (IOException e) {
            throw new UncheckedIOException("failed to write bank statement " + file, e);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(
                    "failed to write bank statement " + file, new IOException(e));
        }
    }

    private static void statement(
            XMLStreamWriter xml, LocalDate day, String owner, int sequence, AccountDay account)
            throws XMLStreamException {
        CurrencyUnit currency = account.account().currency();
        String code = currency.getCurrencyCode();
        xml.writeStartElement("Stmt");
        text(xml, "Id", code + "-" + day);
        text(xml, "ElctrncSeqNb", Integer.toString(sequence));
        text(xml, "CreDtTm", day + "T20:00:00");
        xml.writeStartElement("FrToDt");
        text(xml, "FrDtTm", day + "T00:00:00");
        text(xml, "ToDtTm", day + "T23:59:59");
        xml.writeEndElement();
        xml.writeStartElement("Acct");
        xml.writeStartElement("Id");
        text(xml, "IBAN", account.account().iban().value());
        xml.writeEndElement();
        text(xml, "Ccy", code);
        xml.writeStartElement("Ownr");
        text(xml, "Nm", owner);
        xml.writeEndElement();
        xml.writeEndElement();
        balance(xml, "OPBD", account.opening(), day);
        balance(xml, "CLBD", account.closing(), day);
        int number = 0;
        for (PlannedEntry entry : account.entries()) {
            number++;
            String reference =
                    String.format(
                            Locale.ROOT,
                            "D%s%s%06d",
                            day.toString().replace("-", ""),
                            code,
                            number);
            entry(xml, day, reference, entry);
        }
        xml.writeEndElement();
    }

    private static void entry(
            XMLStreamWriter xml, LocalDate day, String reference, PlannedEntry entry)
            throws XMLStreamException {
        xml.writeStartElement("Ntry");
        amount(xml, entry.amount());
        text(xml, "CdtDbtInd", entry.kind() == PlannedEntry.EntryKind.RETURN ? "DBIT" : "CRDT");
        text(xml, "Sts", "BOOK");
        dated(xml, "BookgDt", day);
        dated(xml, "ValDt", entry.valueDate());
        text(xml, "AcctSvcrRef", reference);
        xml.writeStartElement("BkTxCd");
        xml.writeStartElement("Domn");
        text(xml, "Cd", "PMNT");
        xml.writeStartElement("Fmly");
        text(xml, "Cd", family(entry.kind()));
        text(xml, "SubFmlyCd", subFamily(entry.kind()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("NtryDtls");
        xml.writeStartElement("TxDtls");
        if (entry.endToEndId() != null) {
            xml.writeStartElement("Refs");
            text(xml, "EndToEndId", entry.endToEndId());
            xml.writeEndElement();
        }
        xml.writeStartElement("RltdPties");
        xml.writeStartElement("Dbtr");
        text(xml, "Nm", entry.customer().name());
        xml.writeEndElement();
        xml.writeStartElement("DbtrAcct");
        xml.writeStartElement("Id");
        text(xml, "IBAN", entry.customer().iban().value());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", entry.remittance());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Returns the ISO bank transaction family code of the entry. */
    static String family(PlannedEntry.EntryKind kind) {
        return switch (kind) {
            case TRANSFER, RETURN -> "RCDT";
            case CHEQUE_COLLECTION -> "RCHQ";
            case NOTE_COLLECTION -> "DRFT";
        };
    }

    private static String subFamily(PlannedEntry.EntryKind kind) {
        return switch (kind) {
            case TRANSFER -> "ESCT";
            case RETURN -> "RRTN";
            case CHEQUE_COLLECTION -> "CCHQ";
            case NOTE_COLLECTION -> "STAM";
        };
    }

    private static void balance(
            XMLStreamWriter xml, String type, MonetaryAmount amount, LocalDate day)
            throws XMLStreamException {
        xml.writeStartElement("Bal");
        xml.writeStartElement("Tp");
        xml.writeStartElement("CdOrPrtry");
        text(xml, "Cd", type);
        xml.writeEndElement();
        xml.writeEndElement();
        amount(xml, amount.abs());
        text(xml, "CdtDbtInd", amount.isNegative() ? "DBIT" : "CRDT");
        dated(xml, "Dt", day);
        xml.writeEndElement();
    }

    private static void amount(XMLStreamWriter xml, MonetaryAmount amount)
            throws XMLStreamException {
        xml.writeStartElement("Amt");
        xml.writeAttribute("Ccy", amount.getCurrency().getCurrencyCode());
        xml.writeCharacters(plain(amount));
        xml.writeEndElement();
    }

    private static void dated(XMLStreamWriter xml, String name, LocalDate date)
            throws XMLStreamException {
        xml.writeStartElement(name);
        text(xml, "Dt", date.toString());
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Returns the amount at its currency's decimals with a dot, whatever the default locale. */
    static String plain(MonetaryAmount amount) {
        return amount.getNumber()
                .numberValue(BigDecimal.class)
                .setScale(amount.getCurrency().getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    /** Returns the accounts of the company keyed by currency, for callers that build a day. */
    static Map<CurrencyUnit, BankAccount> byCurrency(List<BankAccount> accounts) {
        Map<CurrencyUnit, BankAccount> byCurrency = new java.util.LinkedHashMap<>();
        accounts.forEach(account -> byCurrency.putIfAbsent(account.currency(), account));
        return byCurrency;
    }
}
