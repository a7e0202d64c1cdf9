package io.github.tahsilat.bankstatement.internal.mt940;

import io.github.tahsilat.bankstatement.Balance;
import io.github.tahsilat.bankstatement.BankTransactionCode;
import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.EntryStatus;
import io.github.tahsilat.bankstatement.Finding;
import io.github.tahsilat.bankstatement.FindingType;
import io.github.tahsilat.bankstatement.StatementHeader;
import io.github.tahsilat.bankstatement.StatementKind;
import io.github.tahsilat.bankstatement.StatementSummary;
import io.github.tahsilat.bankstatement.StatementVisitor;
import io.github.tahsilat.bankstatement.TransactionDetails;
import io.github.tahsilat.bankstatement.internal.BalanceValidator;
import io.github.tahsilat.bankstatement.internal.ValueException;
import io.github.tahsilat.bankstatement.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Turns MT940 fields into statements and hands each entry to the visitor once its {@code :86:}
 * lines are read. A statement ends at the next {@code :60F:}, or at the end of the input, so that
 * the {@code :64:} and {@code :65:} balances after {@code :62F:} belong to it. Not thread-safe.
 */
final class Mt940Assembler {
    private final StatementVisitor visitor;
    private String messageReference;
    private String messageAccount;
    private String messageSequence;
    private OpenStatement current;
    private StatementLine pendingLine;
    private final List<String> pendingInformation = new ArrayList<>();

    Mt940Assembler(StatementVisitor visitor) {
        this.visitor = visitor;
    }

    void accept(Mt940Field field) {
        switch (field.tag()) {
            case "20" -> {
                flushEntry();
                messageReference = Values.clean(field.joined());
            }
            case "25" -> messageAccount = Values.clean(field.joined());
            case "28", "28C" -> messageSequence = Values.clean(field.joined());
            case "60F" -> {
                flushEntry();
                close();
                open(BalanceLine.parse(field, Balance.OPENING_BOOKED));
            }
            case "60M" -> continuePage(BalanceLine.parse(field, Balance.INTERIM_BOOKED));
            case "61" -> {
                flushEntry();
                require(field);
                pendingLine = StatementLine.parse(field);
            }
            case "86" -> {
                if (pendingLine != null) {
                    pendingInformation.add(field.joined());
                }
                // NOTE: a :86: after the closing balance describes the whole statement; the
                // model has no place for it, so it is skipped.
            }
            case "62F" -> closingBalance(field, Balance.CLOSING_BOOKED);
            case "62M" -> {
                closingBalance(field, Balance.INTERIM_BOOKED);
                current.pageClosing = current.balances.get(current.balances.size() - 1);
            }
            case "64" -> closingBalance(field, "CLAV");
            case "65" -> closingBalance(field, "FWAV");
            default -> {
                // Fields the model does not carry (:13D:, :21:, :34F:, :90C:, :90D:, headers
                // such as :940:) are skipped.
            }
        }
    }

    void finish() {
        flushEntry();
        close();
    }

    private void closingBalance(Mt940Field field, String type) {
        flushEntry();
        require(field);
        current.balances.add(BalanceLine.parse(field, type));
    }

    private void continuePage(Balance opening) {
        flushEntry();
        boolean continues =
                current != null
                        && current.pageClosing != null
                        && Objects.equals(current.account, messageAccount);
        if (!continues) {
            close();
            open(opening);
            return;
        }
        if (!opening.amount().isEqualTo(current.pageClosing.amount())) {
            current.findings.add(
                    new Finding(
                            FindingType.PAGE_BALANCE_MISMATCH,
                            "page closing balance "
                                    + current.pageClosing.amount()
                                    + " differs from the next page's opening balance "
                                    + opening.amount()));
        }
        current.balances.add(opening);
        current.pageClosing = null;
    }

    private void open(Balance opening) {
        AccountField account = AccountField.parse(messageAccount);
        CurrencyUnit currency = opening.amount().getCurrency();
        StatementHeader header =
                new StatementHeader(
                        StatementKind.MT940,
                        "MT940",
                        null,
                        messageReference,
                        statementNumber(messageSequence),
                        null,
                        null,
                        account.iban(),
                        account.otherId(),
                        account.currency() != null ? account.currency() : currency,
                        null,
                        account.bic(),
                        null,
                        null);
        current = new OpenStatement(header, messageAccount, currency);
        current.balances.add(opening);
        visitor.startStatement(header);
    }

    private void close() {
        if (current == null) {
            return;
        }
        List<Finding> findings = new ArrayList<>(current.validator.check(current.balances));
        findings.addAll(current.findings);
        visitor.endStatement(
                new StatementSummary(
                        current.header, current.balances, current.entryCount, findings));
        current = null;
    }

    private void require(Mt940Field field) {
        if (current == null) {
            throw new ValueException(
                    "field :" + field.tag() + ": before any opening balance",
                    "an opening balance :60F: or :60M: first");
        }
    }

    private void flushEntry() {
        if (pendingLine == null) {
            return;
        }
        StatementLine line = pendingLine;
        String informationText = Values.clean(String.join(" ", pendingInformation));
        pendingLine = null;
        pendingInformation.clear();

        Information information = InformationParser.parse(informationText);
        MonetaryAmount amount = Values.money(line.amount(), current.currency, line.isDebit());
        TransactionDetails details =
                new TransactionDetails(
                        amount,
                        information.endToEndId(),
                        information.instructionId(),
                        information.paymentInformationId(),
                        line.servicerReference(),
                        information.mandateId(),
                        information.counterparty(),
                        information.creditorReferences(),
                        information.remittance() == null
                                ? List.of()
                                : List.of(information.remittance()),
                        BankTransactionCode.NONE,
                        List.of(),
                        information.returnReason(),
                        line.supplementaryDetails());
        Entry entry =
                new Entry(
                        line.ownerReference(),
                        line.servicerReference(),
                        line.entryDate(),
                        line.valueDate(),
                        amount,
                        EntryStatus.BOOKED,
                        line.isReversal(),
                        new BankTransactionCode(null, null, null, line.transactionType(), "SWIFT"),
                        List.of(),
                        null,
                        List.of(details),
                        informationText);

        current.validator.add(entry);
        current.entryCount++;
        visitor.entry(current.header, entry);
    }

    /** Returns the statement number of {@code :28C:} (the part before the page number). */
    private static String statementNumber(String sequence) {
        if (sequence == null) {
            return null;
        }
        int slash = sequence.indexOf('/');
        return slash < 0 ? sequence : sequence.substring(0, slash);
    }

    /** The statement being assembled. */
    private static final class OpenStatement {
        private final StatementHeader header;
        private final String account;
        private final CurrencyUnit currency;
        private final List<Balance> balances = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final BalanceValidator validator = new BalanceValidator(StatementKind.MT940);
        private Balance pageClosing;
        private int entryCount;

        OpenStatement(StatementHeader header, String account, CurrencyUnit currency) {
            this.header = header;
            this.account = account;
            this.currency = currency;
        }
    }
}
