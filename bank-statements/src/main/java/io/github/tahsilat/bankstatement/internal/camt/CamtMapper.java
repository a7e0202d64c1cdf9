package io.github.tahsilat.bankstatement.internal.camt;

import io.github.tahsilat.bankstatement.Balance;
import io.github.tahsilat.bankstatement.BankTransactionCode;
import io.github.tahsilat.bankstatement.Charge;
import io.github.tahsilat.bankstatement.Counterparty;
import io.github.tahsilat.bankstatement.CreditDebit;
import io.github.tahsilat.bankstatement.CreditorReference;
import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.EntryStatus;
import io.github.tahsilat.bankstatement.StatementFormatException;
import io.github.tahsilat.bankstatement.StatementHeader;
import io.github.tahsilat.bankstatement.StatementKind;
import io.github.tahsilat.bankstatement.TransactionDetails;
import io.github.tahsilat.bankstatement.internal.ValueException;
import io.github.tahsilat.bankstatement.internal.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/** Maps the elements of a camt statement, version 02 to 08, to the model. Thread-safe. */
final class CamtMapper {
    private final String sourceName;

    CamtMapper(String sourceName) {
        this.sourceName = sourceName;
    }

    StatementHeader header(
            StatementKind kind, String messageVersion, String messageId, List<XmlNode> nodes) {
        String statementId = null;
        String sequenceNumber = null;
        String created = null;
        XmlNode account = null;
        XmlNode period = null;
        XmlNode createdNode = null;
        for (XmlNode node : nodes) {
            switch (node.name()) {
                case "Id" -> statementId = node.text();
                case "ElctrncSeqNb" -> sequenceNumber = node.text();
                case "CreDtTm" -> {
                    created = node.text();
                    createdNode = node;
                }
                case "Acct" -> account = node;
                case "FrToDt" -> period = node;
                default -> {
                    // Elements the model does not carry (LglSeqNb, RptgSrc, AddtlStmtInf) are
                    // skipped.
                }
            }
        }
        LocalDateTime creation = null;
        ZoneOffset offset = null;
        if (created != null) {
            String text = created;
            creation = value(createdNode, () -> Values.localDateTime(text));
            offset = value(createdNode, () -> Values.offset(text));
        }
        return new StatementHeader(
                kind,
                messageVersion,
                messageId,
                statementId,
                sequenceNumber,
                creation,
                offset,
                account == null ? null : account.text("Id/IBAN"),
                account == null ? null : account.text("Id/Othr/Id"),
                account == null ? null : optionalCurrency(account, "Ccy"),
                account == null ? null : Values.clean(account.text("Ownr/Nm")),
                account == null ? null : bic(account.find("Svcr/FinInstnId")),
                periodPart(period, "FrDtTm"),
                periodPart(period, "ToDtTm"));
    }

    Balance balance(XmlNode node) {
        XmlNode typeNode = node.find("Tp/CdOrPrtry");
        String type = typeNode == null ? null : first(typeNode.text("Cd"), typeNode.text("Prtry"));
        if (type == null) {
            throw missing(node, "Tp/CdOrPrtry/Cd", "a balance type code such as OPBD or CLBD");
        }
        CreditDebit direction = creditDebit(node, required(node, "CdtDbtInd"));
        MonetaryAmount amount = amount(required(node, "Amt"), direction == CreditDebit.DEBIT);
        return new Balance(type, amount, date(required(node, "Dt")));
    }

    Entry entry(XmlNode node) {
        CreditDebit direction = creditDebit(node, required(node, "CdtDbtInd"));
        MonetaryAmount amount = amount(required(node, "Amt"), direction == CreditDebit.DEBIT);
        boolean reversal = isTrue(node.text("RvslInd"));
        List<TransactionDetails> details = new ArrayList<>();
        Integer batchCount = null;
        for (XmlNode entryDetails : node.children("NtryDtls")) {
            String count = entryDetails.text("Btch/NbOfTxs");
            if (count != null && batchCount == null) {
                batchCount = integer(entryDetails.find("Btch/NbOfTxs"));
            }
            for (XmlNode transaction : entryDetails.children("TxDtls")) {
                details.add(details(transaction, direction, reversal));
            }
        }
        return new Entry(
                Values.reference(node.text("NtryRef")),
                Values.reference(node.text("AcctSvcrRef")),
                optionalDate(node, "BookgDt"),
                optionalDate(node, "ValDt"),
                amount,
                status(node),
                reversal,
                transactionCode(node.child("BkTxCd")),
                charges(node),
                batchCount,
                details,
                Values.clean(node.text("AddtlNtryInf")));
    }

    private TransactionDetails details(XmlNode node, CreditDebit entryDirection, boolean reversal) {
        XmlNode ownDirection = node.child("CdtDbtInd");
        CreditDebit direction =
                ownDirection == null ? entryDirection : creditDebit(node, ownDirection);
        XmlNode amountNode = node.child("Amt");
        if (amountNode == null) {
            amountNode = node.find("AmtDtls/TxAmt/Amt");
        }
        if (amountNode == null) {
            amountNode = node.find("AmtDtls/InstdAmt/Amt");
        }
        MonetaryAmount amount =
                amountNode == null ? null : amount(amountNode, direction == CreditDebit.DEBIT);
        List<CreditorReference> references = new ArrayList<>();
        List<String> unstructured = new ArrayList<>();
        XmlNode remittance = node.child("RmtInf");
        if (remittance != null) {
            for (XmlNode line : remittance.children("Ustrd")) {
                String cleaned = Values.clean(line.rawText());
                if (cleaned != null) {
                    unstructured.add(cleaned);
                }
            }
            for (XmlNode structured : remittance.children("Strd")) {
                for (XmlNode reference : structured.children("CdtrRefInf")) {
                    creditorReference(reference, references);
                }
            }
        }
        XmlNode refs = node.child("Refs");
        return new TransactionDetails(
                amount,
                refs == null ? null : Values.reference(refs.text("EndToEndId")),
                refs == null ? null : Values.reference(refs.text("InstrId")),
                refs == null ? null : Values.reference(refs.text("PmtInfId")),
                refs == null ? null : Values.reference(refs.text("AcctSvcrRef")),
                refs == null ? null : Values.reference(refs.text("MndtId")),
                counterparty(node, debtorSide(direction, reversal)),
                references,
                unstructured,
                transactionCode(node.child("BkTxCd")),
                charges(node),
                first(node.text("RtrInf/Rsn/Cd"), node.text("RtrInf/Rsn/Prtry")),
                Values.clean(node.text("AddtlTxInf")));
    }

    /**
     * Returns whether the debtor is the counterparty: for a credit, or for the reversal of a
     * credit, which is booked as a debit but still names the original debtor.
     */
    private static boolean debtorSide(CreditDebit direction, boolean reversal) {
        return (direction == CreditDebit.CREDIT) != reversal;
    }

    private static Counterparty counterparty(XmlNode node, boolean debtorSide) {
        Counterparty preferred = party(node, debtorSide ? "Dbtr" : "Cdtr");
        return preferred.isEmpty() ? party(node, debtorSide ? "Cdtr" : "Dbtr") : preferred;
    }

    /** Reads a party; version 08 wraps the party in {@code Pty}, earlier versions do not. */
    private static Counterparty party(XmlNode transaction, String role) {
        XmlNode parties = transaction.child("RltdPties");
        XmlNode party = parties == null ? null : parties.child(role);
        if (party != null && party.child("Pty") != null) {
            party = party.child("Pty");
        }
        XmlNode account = parties == null ? null : parties.find(role + "Acct/Id");
        XmlNode agent = transaction.find("RltdAgts/" + role + "Agt/FinInstnId");
        return new Counterparty(
                party == null ? null : Values.clean(party.text("Nm")),
                account == null ? null : account.text("IBAN"),
                account == null ? null : account.text("Othr/Id"),
                bic(agent));
    }

    private void creditorReference(XmlNode node, List<CreditorReference> references) {
        String value = node.text("Ref");
        if (value == null) {
            return;
        }
        String proprietary = node.text("Tp/CdOrPrtry/Prtry");
        String issuer = node.text("Tp/Issr");
        String code = node.text("Tp/CdOrPrtry/Cd");
        references.add(CreditorReference.of(value, first(proprietary, issuer, code)));
    }

    private List<Charge> charges(XmlNode node) {
        List<Charge> charges = new ArrayList<>();
        for (XmlNode block : node.children("Chrgs")) {
            List<XmlNode> records = block.children("Rcrd");
            if (records.isEmpty() && block.child("Amt") != null) {
                records = List.of(block);
            }
            for (XmlNode chargeRecord : records) {
                charges.add(charge(chargeRecord));
            }
        }
        return charges;
    }

    private Charge charge(XmlNode node) {
        XmlNode directionNode = node.child("CdtDbtInd");
        boolean credit =
                directionNode != null && creditDebit(node, directionNode) == CreditDebit.CREDIT;
        MonetaryAmount amount = amount(required(node, "Amt"), !credit);
        String type = first(node.text("Tp/Cd"), node.text("Tp/Prtry/Id"), node.text("Tp/Prtry"));
        String included = node.text("ChrgInclInd");
        return new Charge(amount, type, included == null ? null : isTrue(included));
    }

    private EntryStatus status(XmlNode node) {
        XmlNode statusNode = required(node, "Sts");
        String code = first(statusNode.text("Cd"), statusNode.text("Prtry"), statusNode.text());
        EntryStatus status = EntryStatus.fromCode(code);
        if (status == null) {
            throw new StatementFormatException(
                    sourceName,
                    statusNode.line(),
                    statusNode.column(),
                    Values.describe("entry status", code),
                    "BOOK, PDNG, INFO or FUTR");
        }
        return status;
    }

    private static BankTransactionCode transactionCode(XmlNode node) {
        if (node == null) {
            return BankTransactionCode.NONE;
        }
        return new BankTransactionCode(
                node.text("Domn/Cd"),
                node.text("Domn/Fmly/Cd"),
                node.text("Domn/Fmly/SubFmlyCd"),
                node.text("Prtry/Cd"),
                node.text("Prtry/Issr"));
    }

    private static String bic(XmlNode financialInstitution) {
        if (financialInstitution == null) {
            return null;
        }
        return first(financialInstitution.text("BIC"), financialInstitution.text("BICFI"));
    }

    private LocalDateTime periodPart(XmlNode period, String name) {
        XmlNode node = period == null ? null : period.child(name);
        if (node == null || node.text() == null) {
            return null;
        }
        return value(node, () -> Values.localDateTime(node.text()));
    }

    private LocalDate optionalDate(XmlNode parent, String name) {
        XmlNode node = parent.child(name);
        return node == null ? null : date(node);
    }

    /** Reads a {@code DateAndDateTimeChoice}: a {@code Dt} or a {@code DtTm} child. */
    private LocalDate date(XmlNode choice) {
        XmlNode value = choice.child("Dt");
        if (value == null) {
            value = choice.child("DtTm");
        }
        if (value == null || value.text() == null) {
            throw missing(choice, "Dt or DtTm", "a date or a date-time");
        }
        String text = value.text();
        return value(value, () -> Values.datePart(text));
    }

    private MonetaryAmount amount(XmlNode node, boolean negative) {
        String currencyCode = node.attribute("Ccy");
        if (currencyCode == null) {
            throw new StatementFormatException(
                    sourceName,
                    node.line(),
                    node.column(),
                    "missing attribute Ccy on <" + node.name() + ">",
                    "the currency as an ISO 4217 code in attribute Ccy");
        }
        return value(
                node,
                () -> {
                    CurrencyUnit currency = Values.currency(currencyCode);
                    return Values.money(Values.decimal(node.text(), "amount"), currency, negative);
                });
    }

    private CurrencyUnit optionalCurrency(XmlNode parent, String name) {
        XmlNode node = parent.child(name);
        return node == null ? null : value(node, () -> Values.currency(node.text()));
    }

    BigDecimal optionalDecimal(XmlNode parent, String path) {
        XmlNode node = parent.find(path);
        return node == null ? null : value(node, () -> Values.decimal(node.text(), "sum"));
    }

    private Integer integer(XmlNode node) {
        String text = node.text();
        if (text == null || !text.matches("\\d{1,9}")) {
            throw new StatementFormatException(
                    sourceName,
                    node.line(),
                    node.column(),
                    Values.describe("number", text) + " in <" + node.name() + ">",
                    "a whole number");
        }
        return Integer.valueOf(text);
    }

    private CreditDebit creditDebit(XmlNode parent, XmlNode node) {
        CreditDebit direction = CreditDebit.fromIsoCode(node.text());
        if (direction == null) {
            throw new StatementFormatException(
                    sourceName,
                    node.line(),
                    node.column(),
                    Values.describe("credit/debit indicator", node.text())
                            + " in <"
                            + parent.name()
                            + ">",
                    "CRDT or DBIT");
        }
        return direction;
    }

    private XmlNode required(XmlNode parent, String name) {
        XmlNode child = parent.child(name);
        if (child == null) {
            throw missing(parent, name, "<" + name + "> as the camt schema requires");
        }
        return child;
    }

    private StatementFormatException missing(XmlNode parent, String name, String expected) {
        return new StatementFormatException(
                sourceName,
                parent.line(),
                parent.column(),
                "missing <" + name + "> in <" + parent.name() + ">",
                expected);
    }

    private <T> T value(XmlNode node, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ValueException e) {
            throw new StatementFormatException(
                    sourceName,
                    node.line(),
                    node.column(),
                    e.getMessage() + " in <" + node.name() + ">",
                    e.expected(),
                    e);
        }
    }

    private static boolean isTrue(String text) {
        return "true".equals(text) || "1".equals(text);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
