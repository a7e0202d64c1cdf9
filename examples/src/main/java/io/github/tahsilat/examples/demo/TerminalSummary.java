package io.github.tahsilat.examples.demo;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * Prints a replay's result as plain text. Numbers are formatted with {@link Locale#ROOT}, so the
 * output is the same under every default locale. Stateless.
 */
final class TerminalSummary {

    private TerminalSummary() {}

    /** Prints the summary to {@code out}. */
    static void print(DemoResult result, PrintWriter out) {
        DemoResult.Counts counts = result.counts();
        out.printf(
                Locale.ROOT,
                "%s: %d customers (seed %d), %s to %s, replayed in %s s%n%n",
                result.companyName(),
                result.customers(),
                result.seed(),
                result.first(),
                result.last(),
                seconds(result.elapsed()));
        line(out, "Invoices issued", counts.invoices());
        line(out, "Credit notes applied", counts.creditNotes());
        line(out, "Disputes (dunning blocks)", counts.disputes());
        line(out, "Promises to pay", counts.promises());
        line(out, "camt.053 files imported", counts.statementFiles());
        line(
                out,
                "Bank lines auto-applied",
                result.statementLines(DemoResult.StatementDay::matched));
        line(
                out,
                "Bank lines suggested",
                result.statementLines(DemoResult.StatementDay::suggested));
        line(
                out,
                "Bank lines unmatched",
                result.statementLines(DemoResult.StatementDay::unmatched));
        line(
                out,
                "Bank returns reversed",
                result.statementLines(DemoResult.StatementDay::reversed));
        if (result.reimport() != null) {
            DemoResult.Reimport reimport = result.reimport();
            out.printf(
                    Locale.ROOT,
                    "  Statement of %s imported again: %d lines booked, %d already booked%n",
                    reimport.date(),
                    reimport.booked(),
                    reimport.alreadyBooked());
        }
        line(out, "Dunning runs", counts.dunningRuns());
        for (int level = 1; level <= DemoResult.LEVELS; level++) {
            line(out, "Notices at level " + level, result.noticesAtLevel(level));
        }
        out.println();
        String format = "%-4s %16s %16s %16s %14s %14s %12s %14s %16s%n";
        out.printf(
                Locale.ROOT,
                format,
                "",
                "Invoiced",
                "Received",
                "Applied",
                "Discounts",
                "Credit notes",
                "Overpaid",
                "For review",
                "Outstanding");
        for (DemoResult.CurrencyFigures figures : result.currencies()) {
            out.printf(
                    Locale.ROOT,
                    format,
                    figures.currency().getCurrencyCode(),
                    plain(figures.invoiced()),
                    plain(figures.received()),
                    plain(figures.applied()),
                    plain(figures.discounts()),
                    plain(figures.credited()),
                    plain(figures.overpaid()),
                    plain(figures.leftForReview()),
                    plain(figures.outstanding()));
        }
    }

    private static void line(PrintWriter out, String label, int value) {
        out.printf(Locale.ROOT, "  %-28s %8d%n", label, value);
    }

    /** Returns the amount at its currency's decimals with a dot, without the currency code. */
    static String plain(MonetaryAmount amount) {
        return amount.getNumber()
                .numberValue(BigDecimal.class)
                .setScale(amount.getCurrency().getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    /** Returns the duration in seconds with one decimal and a dot. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3)
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
