package io.github.tahsilat.bankstatement.reconciliation;

import io.github.tahsilat.bankstatement.BankTransactionCode;
import io.github.tahsilat.bankstatement.Charge;
import io.github.tahsilat.bankstatement.CreditorReference;
import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.Statement;
import io.github.tahsilat.bankstatement.StatementHeader;
import io.github.tahsilat.bankstatement.TransactionDetails;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BatchBooking;
import io.github.tahsilat.reconciliation.StructuredReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * Maps the booked entries of a statement to {@link BankLine}s for reconciliation.
 *
 * <p>An entry with one transaction, or none, becomes one line. A batch entry whose transactions
 * each carry an amount becomes one line per transaction, so that each payer's payment is matched on
 * its own. Without amounts it stays one line with a {@link BatchBooking}: the batch's transaction
 * count ({@code Btch/NbOfTxs}) and its transactions' end-to-end ids and bank references.
 * Reconciliation uses them to recognise a batch total whose transactions a notification booked
 * earlier. An entry counts as a batch when it gives more than one transaction, by count or by
 * details. A transaction without its own bank reference takes the entry's with {@code #} and its
 * position from 1 appended, so that the transactions of one entry keep distinct keys. Pending,
 * information and future entries are left out, because they are not booked. Text fields that a
 * {@code BankLine} would reject are dropped rather than failing the whole statement: a counterparty
 * IBAN that fails its check, a creditor reference longer than 35 characters, or remittance text
 * beyond 1,400 characters (cut). Only charges the file marks as included in the entry amount become
 * the line's charges ({@code ChrgInclInd} true in camt; MT940 has no charges field). An entry
 * booked as one line reads the entry's charge records, or its one transaction's when the entry has
 * none. A line per transaction reads only that transaction's records, because the entry's cannot be
 * divided among the transactions. Included credited charges ({@code CdtDbtInd} CRDT) are not fees.
 * They offset the included debited ones, and the line gets the net total as one charge, or none
 * when the credits are at least as large. A debit whose included charges equal its amount becomes a
 * line that books only charges, and one whose included charges exceed its amount is rejected,
 * because the amount cannot include them.
 *
 * <p>A debit whose bank transaction code marks a bank charge or commission ({@code CHRG}, {@code
 * FEES} or {@code COMM} in camt, {@code NCHG} or {@code NCOM} in MT940; {@link BankFeeCodes} lists
 * them all) also books only charges: its line's one charge is its whole amount, and its charge
 * records are not read. The transaction's own code decides when it has one, else the entry's. A
 * credit with such a code, such as a refunded fee, stays a plain credit, because {@link
 * BankLine#isChargesOnly()} holds only for debits.
 *
 * <p>Stateless and thread-safe.
 */
public final class BankLineMapper {

    private BankLineMapper() {}

    /**
     * Maps every booked entry of {@code statement}, in file order.
     *
     * @throws NullPointerException if {@code statement} is {@code null}
     * @throws InvalidInputException if the header names no account, or an entry has neither a
     *     booking nor a value date, or a zero amount, or is a debit without a fee code whose
     *     included charges exceed its amount
     */
    public static List<BankLine> map(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        List<BankLine> lines = new ArrayList<>();
        for (Entry entry : statement.entries()) {
            if (entry.isBooked()) {
                lines.addAll(map(statement.header(), entry));
            }
        }
        return List.copyOf(lines);
    }

    /**
     * Maps one entry of the account that {@code header} names.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws InvalidInputException if the header names no account, or the entry has neither a
     *     booking nor a value date, or a zero amount, or is a debit without a fee code whose
     *     included charges exceed its amount
     */
    public static List<BankLine> map(StatementHeader header, Entry entry) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(entry, "entry");
        List<TransactionDetails> details = entry.details();
        boolean split =
                details.size() > 1 && details.stream().allMatch(detail -> detail.amount() != null);
        if (!split) {
            TransactionDetails only = details.size() == 1 ? details.get(0) : null;
            BankLine.Builder line =
                    line(
                            header,
                            entry,
                            only,
                            entry.amount(),
                            chargesOf(entry, only),
                            reference(entry, only));
            return List.of(line.batch(batchOrNull(entry)).build());
        }
        List<BankLine> lines = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            TransactionDetails detail = details.get(i);
            String reference = detail.accountServicerReference();
            if (reference == null && entry.accountServicerReference() != null) {
                // The entry's reference alone would give every transaction the same key.
                reference = entry.accountServicerReference() + "#" + (i + 1);
            }
            lines.add(
                    line(header, entry, detail, detail.amount(), detail.charges(), reference)
                            .build());
        }
        return List.copyOf(lines);
    }

    /**
     * Returns the batch of an entry booked as one line, or {@code null} when it gives at most one
     * transaction. A count smaller than the transactions listed is left out as inconsistent, and so
     * is a reference longer than {@link BatchBooking#MAX_REFERENCE_LENGTH}.
     */
    private static BatchBooking batchOrNull(Entry entry) {
        Integer count = entry.batchTransactionCount();
        List<TransactionDetails> details = entry.details();
        if ((count == null || count < 2) && details.size() < 2) {
            return null;
        }
        Set<String> endToEndIds = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        for (TransactionDetails detail : details) {
            addReference(endToEndIds, detail.endToEndId());
            addReference(references, detail.accountServicerReference());
        }
        int listed = Math.max(details.size(), Math.max(endToEndIds.size(), references.size()));
        Optional<Integer> transactionCount =
                count != null && count >= listed && count >= 1
                        ? Optional.of(count)
                        : Optional.empty();
        return new BatchBooking(
                transactionCount, List.copyOf(endToEndIds), List.copyOf(references));
    }

    private static void addReference(Set<String> references, String reference) {
        if (reference != null
                && !reference.isBlank()
                && reference.length() <= BatchBooking.MAX_REFERENCE_LENGTH
                && references.size() < BatchBooking.MAX_REFERENCES) {
            references.add(reference);
        }
    }

    private static BankLine.Builder line(
            StatementHeader header,
            Entry entry,
            TransactionDetails detail,
            MonetaryAmount amount,
            List<Charge> charges,
            String accountServicerReference) {
        LocalDate bookingDate =
                entry.bookingDate() != null ? entry.bookingDate() : entry.valueDate();
        BankLine.Builder line =
                BankLine.builder()
                        .accountId(header.accountId())
                        .bookingDate(bookingDate)
                        .valueDate(entry.valueDate())
                        .amount(amount)
                        .reversal(entry.reversal())
                        .accountServicerReference(blankToNull(accountServicerReference));
        // NOTE: a fee debit with neither a fee code nor an included charge record maps to a plain
        // debit, which reconciliation proposes as a reversal. No rule on remittance text or on the
        // bank as the only party marks it yet, for lack of real entries to base one on.
        if (amount.isNegative() && BankFeeCodes.isFee(transactionCode(entry, detail))) {
            // The whole debit is the fee, so its charge records are not read.
            line.charge(amount.negate());
        } else {
            addIncludedCharges(line, amount, charges);
        }
        String remittance = entry.additionalInformation();
        if (detail != null) {
            addDetails(line, detail);
            if (detail.remittanceText() != null) {
                remittance = detail.remittanceText();
            }
        }
        line.remittanceText(cut(remittance));
        return line;
    }

    /**
     * Adds the charges that the entry amount includes, each debited one as a charge of its own. A
     * credited charge ({@code CdtDbtInd} CRDT) added money to the account, so it is no fee. When
     * there is one, it offsets the debited charges, and the line gets their net total as one
     * charge.
     */
    private static void addIncludedCharges(
            BankLine.Builder line, MonetaryAmount amount, List<Charge> charges) {
        List<MonetaryAmount> fees = new ArrayList<>();
        MonetaryAmount credited = amount.multiply(0);
        for (Charge charge : charges) {
            if (!Boolean.TRUE.equals(charge.includedInEntry())
                    || charge.amount().isZero()
                    || !charge.amount().getCurrency().equals(amount.getCurrency())) {
                continue;
            }
            if (charge.amount().isNegative()) {
                fees.add(charge.amount().negate());
            } else {
                credited = credited.add(charge.amount());
            }
        }
        if (credited.isZero()) {
            fees.forEach(line::charge);
            return;
        }
        MonetaryAmount net = credited.negate();
        for (MonetaryAmount fee : fees) {
            net = net.add(fee);
        }
        // NOTE: credited charges above the debited ones stay off the line, because a BankLine
        // holds only positive charges. Its gross amount then differs from the payment by them.
        if (net.isPositive()) {
            line.charge(net);
        }
    }

    /**
     * Returns the charge records of an entry booked as one line: the entry's, else those of its one
     * transaction. When both are given, they are taken to describe the same charges, so they are
     * not added up.
     */
    private static List<Charge> chargesOf(Entry entry, TransactionDetails only) {
        if (!entry.charges().isEmpty() || only == null) {
            return entry.charges();
        }
        return only.charges();
    }

    /** Returns the transaction's own code when it has one, else the entry's. */
    private static BankTransactionCode transactionCode(Entry entry, TransactionDetails detail) {
        if (detail != null && !detail.bankTransactionCode().isEmpty()) {
            return detail.bankTransactionCode();
        }
        return entry.bankTransactionCode();
    }

    private static String reference(Entry entry, TransactionDetails detail) {
        if (detail != null && detail.accountServicerReference() != null) {
            return detail.accountServicerReference();
        }
        return entry.accountServicerReference();
    }

    private static void addDetails(BankLine.Builder line, TransactionDetails detail) {
        line.endToEndId(blankToNull(detail.endToEndId()));
        line.counterpartyName(blankToNull(detail.counterparty().name()));
        line.counterpartyIban(ibanOrNull(detail.counterparty().iban()));
        for (CreditorReference reference : detail.creditorReferences()) {
            StructuredReference parsed = referenceOrNull(reference.value());
            if (parsed != null) {
                line.structuredReference(parsed);
                break;
            }
        }
    }

    private static Iban ibanOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Iban.parse(text);
        } catch (InvalidInputException e) {
            return null; // a mistyped IBAN identifies no counterparty
        }
    }

    private static StructuredReference referenceOrNull(String text) {
        try {
            return StructuredReference.parse(text);
        } catch (InvalidInputException e) {
            return null; // longer than 35 characters or without letters and digits
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= BankLine.MAX_REMITTANCE_LENGTH
                ? text
                : text.substring(0, BankLine.MAX_REMITTANCE_LENGTH);
    }
}
