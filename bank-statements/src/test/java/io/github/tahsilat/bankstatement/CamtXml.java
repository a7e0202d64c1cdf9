package io.github.tahsilat.bankstatement;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds small camt documents for tests. */
final class CamtXml {
    private CamtXml() {}

    /** Returns a camt.053 document of the given version with one statement. */
    static String statement(String version, String balances, String entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001."
                + version
                + "\">\n"
                + "<BkToCstmrStmt>\n"
                + "<GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2024-03-31T23:30:00+03:00</CreDtTm></GrpHdr>\n"
                + "<Stmt>\n"
                + "<Id>STMT-1</Id>\n"
                + "<CreDtTm>2024-03-31T23:30:00+03:00</CreDtTm>\n"
                + "<Acct><Id><IBAN>TR330006100519786457841326</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
                + balances
                + entries
                + "</Stmt>\n"
                + "</BkToCstmrStmt>\n"
                + "</Document>\n";
    }

    /** Returns a balance element; a negative amount is written as a debit balance. */
    static String balance(String type, BigDecimal amount, String date) {
        return "<Bal><Tp><CdOrPrtry><Cd>"
                + type
                + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">"
                + amount.abs().toPlainString()
                + "</Amt><CdtDbtInd>"
                + (amount.signum() < 0 ? "DBIT" : "CRDT")
                + "</CdtDbtInd><Dt><Dt>"
                + date
                + "</Dt></Dt></Bal>\n";
    }

    /** Returns a booked entry; a negative amount is written as a debit. */
    static String entry(BigDecimal amount) {
        return entry(amount, "<Sts>BOOK</Sts>", "<BookgDt><Dt>2024-03-31</Dt></BookgDt>", "");
    }

    /** Returns an entry with the given status, booking date and extra elements. */
    static String entry(BigDecimal amount, String status, String bookingDate, String extra) {
        return "<Ntry><Amt Ccy=\"EUR\">"
                + amount.abs().toPlainString()
                + "</Amt><CdtDbtInd>"
                + (amount.signum() < 0 ? "DBIT" : "CRDT")
                + "</CdtDbtInd>"
                + status
                + bookingDate
                + extra
                + "</Ntry>\n";
    }

    static List<Statement> read(String xml) {
        return StatementReaders.builtIn()
                .readAll(
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }
}
