package io.github.tahsilat.examples;

import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.ItemApplication;
import io.github.tahsilat.reconciliation.MatchReason;
import io.github.tahsilat.reconciliation.MatchResult;
import io.github.tahsilat.reconciliation.Proposal;
import io.github.tahsilat.reconciliation.ReversalProposal;
import io.github.tahsilat.reconciliation.UnmatchedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * The outcome of every bank line of one statement file, in the file's order, ready to print.
 *
 * <p>Lines with an {@code AUTO} proposal are matched, lines with a {@code SUGGESTION} proposal are
 * suggested, and every other line is unmatched with score 0: a line without a proposal, a debit or
 * reversal (the command proposes payments only), and a line that repeats an earlier line's bank
 * reference.
 *
 * @param matched the lines with an automatic proposal, in entry order
 * @param suggested the lines with a proposal a person should confirm, in entry order
 * @param unmatched the other lines, in entry order
 */
record ReconcileReport(List<Row> matched, List<Row> suggested, List<Row> unmatched) {

    /** The outcome of one line. */
    enum Outcome {
        MATCHED,
        SUGGESTED,
        UNMATCHED
    }

    /**
     * One bank line and its outcome.
     *
     * @param entry the 1-based position of the line among the file's booked entries and split batch
     *     transactions
     * @param line the bank line
     * @param outcome the line's outcome
     * @param invoices the invoices and amounts proposed, empty when unmatched
     * @param score the proposal's score from 0 to 100, 0 when unmatched
     * @param rules the names of the rules that fired, without repeats, in the order of the
     *     proposal's explanation
     */
    record Row(
            int entry,
            BankLine line,
            Outcome outcome,
            List<Application> invoices,
            int score,
            List<String> rules) {}

    /** The part of a line proposed for one invoice. */
    record Application(String invoiceNumber, MonetaryAmount applied) {}

    /** Copies the lists. */
    ReconcileReport {
        matched = List.copyOf(matched);
        suggested = List.copyOf(suggested);
        unmatched = List.copyOf(unmatched);
    }

    /**
     * Sorts every line of {@code result} into matched, suggested and unmatched.
     *
     * @param lines the lines given to the matcher, in file order
     * @param result the matcher's result for exactly those lines
     */
    static ReconcileReport of(List<BankLine> lines, MatchResult result) {
        Map<BankEntryKey, Integer> entries = new HashMap<>();
        List<BankEntryKey> keys = BankEntryKey.forStatement(lines);
        for (int i = 0; i < keys.size(); i++) {
            entries.put(keys.get(i), i + 1);
        }
        List<Row> matched = new ArrayList<>();
        List<Row> suggested = new ArrayList<>();
        List<Row> unmatched = new ArrayList<>();
        for (Proposal proposal : result.proposals()) {
            Row row = proposalRow(entries.get(proposal.key()), proposal);
            (proposal.isAuto() ? matched : suggested).add(row);
        }
        for (UnmatchedLine line : result.unmatched()) {
            unmatched.add(unmatchedRow(entries.get(line.key()), line.line(), line.notes()));
        }
        for (ReversalProposal reversal : result.reversals()) {
            unmatched.add(
                    unmatchedRow(
                            entries.get(reversal.key()), reversal.line(), reversal.explanation()));
        }
        for (BankEntryKey key : result.alreadyBooked()) {
            int entry = entries.get(key);
            unmatched.add(unmatchedRow(entry, lines.get(entry - 1), List.of()));
        }
        Comparator<Row> byEntry = Comparator.comparingInt(Row::entry);
        matched.sort(byEntry);
        suggested.sort(byEntry);
        unmatched.sort(byEntry);
        return new ReconcileReport(matched, suggested, unmatched);
    }

    /** Returns every row in entry order. */
    List<Row> all() {
        List<Row> rows = new ArrayList<>(matched);
        rows.addAll(suggested);
        rows.addAll(unmatched);
        rows.sort(Comparator.comparingInt(Row::entry));
        return rows;
    }

    /**
     * Formats an amount as a plain number at its currency's decimals, with a dot in every locale,
     * such as {@code -1250.50} or {@code 1000} for JPY.
     */
    static String plain(MonetaryAmount amount) {
        BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
        int decimals = amount.getCurrency().getDefaultFractionDigits();
        if (decimals >= 0) {
            // Lines and applications are already at the currency's scale, so nothing is rounded.
            number = number.setScale(decimals, RoundingMode.UNNECESSARY);
        }
        return number.toPlainString();
    }

    private static Row proposalRow(int entry, Proposal proposal) {
        List<Application> invoices = new ArrayList<>();
        for (ItemApplication application : proposal.applications()) {
            invoices.add(new Application(application.invoiceNumber(), application.applied()));
        }
        return new Row(
                entry,
                proposal.line(),
                proposal.isAuto() ? Outcome.MATCHED : Outcome.SUGGESTED,
                invoices,
                proposal.score(),
                proposal.firedRules());
    }

    private static Row unmatchedRow(int entry, BankLine line, List<MatchReason> reasons) {
        List<String> rules = reasons.stream().map(MatchReason::rule).distinct().toList();
        return new Row(entry, line, Outcome.UNMATCHED, List.of(), 0, rules);
    }
}
