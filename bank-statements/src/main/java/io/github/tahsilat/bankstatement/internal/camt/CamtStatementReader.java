package io.github.tahsilat.bankstatement.internal.camt;

import io.github.tahsilat.bankstatement.Balance;
import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.Finding;
import io.github.tahsilat.bankstatement.FindingType;
import io.github.tahsilat.bankstatement.StatementHeader;
import io.github.tahsilat.bankstatement.StatementKind;
import io.github.tahsilat.bankstatement.StatementSummary;
import io.github.tahsilat.bankstatement.StatementVisitor;
import io.github.tahsilat.bankstatement.internal.BalanceValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the statements of one camt message. Each direct child of a statement is read into an {@link
 * XmlNode}; entries are mapped and handed to the visitor one by one. Not thread-safe.
 */
final class CamtStatementReader {
    private final CamtMapper mapper;
    private final StatementKind kind;
    private final String messageVersion;
    private final String statementElement;
    private final StatementVisitor visitor;
    private String messageId;

    CamtStatementReader(
            String sourceName,
            StatementKind kind,
            String messageVersion,
            String statementElement,
            StatementVisitor visitor) {
        this.mapper = new CamtMapper(sourceName);
        this.kind = kind;
        this.messageVersion = messageVersion;
        this.statementElement = statementElement;
        this.visitor = visitor;
    }

    boolean isStatementElement(String localName) {
        return statementElement.equals(localName);
    }

    void groupHeader(XmlNode groupHeader) {
        messageId = groupHeader.text("MsgId");
    }

    /** Reads one statement; the cursor is on its start tag and ends on its end tag. */
    void read(XMLStreamReader xml) throws XMLStreamException {
        HeaderBuilder header = new HeaderBuilder(kind, messageVersion, messageId);
        List<Balance> balances = new ArrayList<>();
        BalanceValidator validator = new BalanceValidator(kind);
        EntryTotals totals = new EntryTotals();
        XmlNode summary = null;
        StatementHeader started = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            XmlNode node = CamtReader.readNode(xml);
            if (node.name().equals("Ntry")) {
                if (started == null) {
                    started = start(header);
                }
                Entry entry = mapper.entry(node);
                validator.add(entry);
                totals.add(entry);
                visitor.entry(started, entry);
            } else if (node.name().equals("Bal")) {
                balances.add(mapper.balance(node));
            } else if (node.name().equals("TxsSummry")) {
                summary = node;
            } else {
                header.accept(node);
            }
        }
        if (started == null) {
            started = start(header);
        }
        List<Finding> findings = new ArrayList<>(validator.check(balances));
        if (summary != null) {
            findings.addAll(totals.compare(summary, mapper));
        }
        visitor.endStatement(new StatementSummary(started, balances, totals.count, findings));
    }

    private StatementHeader start(HeaderBuilder header) {
        StatementHeader built = header.build(mapper);
        visitor.startStatement(built);
        return built;
    }

    /** Counts and sums the entries to compare with the transaction summary. */
    private static final class EntryTotals {
        private int count;
        private int creditCount;
        private int debitCount;
        private BigDecimal creditSum = BigDecimal.ZERO;
        private BigDecimal debitSum = BigDecimal.ZERO;

        void add(Entry entry) {
            count++;
            BigDecimal amount = entry.amount().getNumber().numberValueExact(BigDecimal.class);
            if (amount.signum() < 0) {
                debitCount++;
                debitSum = debitSum.add(amount.negate());
            } else {
                creditCount++;
                creditSum = creditSum.add(amount);
            }
        }

        List<Finding> compare(XmlNode summary, CamtMapper mapper) {
            List<Finding> findings = new ArrayList<>();
            compareCount(findings, "entries", summary.text("TtlNtries/NbOfNtries"), count);
            compareCount(
                    findings,
                    "credit entries",
                    summary.text("TtlCdtNtries/NbOfNtries"),
                    creditCount);
            compareCount(
                    findings, "debit entries", summary.text("TtlDbtNtries/NbOfNtries"), debitCount);
            compareSum(
                    findings,
                    "credit",
                    mapper.optionalDecimal(summary, "TtlCdtNtries/Sum"),
                    creditSum);
            compareSum(
                    findings,
                    "debit",
                    mapper.optionalDecimal(summary, "TtlDbtNtries/Sum"),
                    debitSum);
            return findings;
        }

        private static void compareCount(
                List<Finding> findings, String what, String stated, int actual) {
            if (stated != null && !stated.equals(Integer.toString(actual))) {
                findings.add(
                        new Finding(
                                FindingType.SUMMARY_MISMATCH,
                                "the transaction summary states "
                                        + stated
                                        + " "
                                        + what
                                        + " but the statement has "
                                        + actual));
            }
        }

        private static void compareSum(
                List<Finding> findings, String what, BigDecimal stated, BigDecimal actual) {
            if (stated != null && stated.compareTo(actual) != 0) {
                findings.add(
                        new Finding(
                                FindingType.SUMMARY_MISMATCH,
                                "the transaction summary states a "
                                        + what
                                        + " sum of "
                                        + stated.toPlainString()
                                        + " but the "
                                        + what
                                        + " entries add up to "
                                        + actual.toPlainString()));
            }
        }
    }

    /** Collects the header elements that precede the entries. */
    private static final class HeaderBuilder {
        private final StatementKind kind;
        private final String messageVersion;
        private final String messageId;
        private final List<XmlNode> nodes = new ArrayList<>();

        HeaderBuilder(StatementKind kind, String messageVersion, String messageId) {
            this.kind = kind;
            this.messageVersion = messageVersion;
            this.messageId = messageId;
        }

        void accept(XmlNode node) {
            nodes.add(node);
        }

        StatementHeader build(CamtMapper mapper) {
            return mapper.header(kind, messageVersion, messageId, nodes);
        }
    }
}
