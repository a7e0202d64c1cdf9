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
        line(out, "  kept", counts.promisesKept());
        line(out, "  broken", counts.promisesBroken());
        DemoResult.PaymentPlans plans = result.paymentPlans();
        line(out, "Payment plans agreed", plans.agreed());
        line(out, "  items covered", plans.items());
        line(out, "  completed", plans.completed());
        line(out, "  broken", plans.broken());
        line(out, "  active at the end", plans.active());
        line(out, "  items left out of dunning", plans.excludedItems());
        line(out, "  exclusions in all runs", plans.exclusions());
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
        DemoResult.Instruments instruments = result.instruments();
        line(out, "Cheques and notes received", instruments.received());
        line(out, "  of which promissory notes", instruments.notes());
        line(out, "  given to the bank", instruments.handedToBank());
        line(out, "  cleared at maturity", instruments.cleared());
        line(out, "  bounced (karşılıksız)", instruments.bounced());
        line(out, "  endorsed to the supplier", instruments.endorsed());
        instruments.months().stream()
                .max(
                        java.util.Comparator.comparing(
                                (DemoResult.PortfolioMonth month) -> holding(month),
                                MonetaryAmount::compareTo))
                .ifPresent(
                        month ->
                                out.printf(
                                        Locale.ROOT,
                                        "  %-28s %8s %s at the end of %s%n",
                                        "Largest month-end holding",
                                        plain(holding(month)),
                                        month.inPortfolio().getCurrency().getCurrencyCode(),
                                        month.month()));
        out.printf(
                Locale.ROOT,
                "  %-28s %8s %s%n",
                "Bounce fees charged",
                plain(instruments.feesCharged()),
                instruments.feesCharged().getCurrency().getCurrencyCode());
        for (int level = 1; level <= DemoResult.LEVELS; level++) {
            line(out, "Notices at level " + level, result.noticesAtLevel(level));
        }
        out.println();
        String format = "%-4s %15s %10s %11s %15s %15s %14s %11s %12s %10s %12s %14s%n";
        out.printf(
                Locale.ROOT,
                format,
                "",
                "Invoiced",
                "Fees",
                "Interest",
                "Received",
                "Applied",
                "Cheques+notes",
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
                    plain(figures.fees()),
                    plain(figures.interest()),
                    plain(figures.received()),
                    plain(figures.applied()),
                    plain(figures.instruments()),
                    plain(figures.discounts()),
                    plain(figures.credited()),
                    plain(figures.overpaid()),
                    plain(figures.leftForReview()),
                    plain(figures.outstanding()));
        }
        out.println();
        printPlanMoney(plans, out);
    }

    /** Prints the payment plans' money, one row per currency with a plan. */
    private static void printPlanMoney(DemoResult.PaymentPlans plans, PrintWriter out) {
        String format = "%-13s %6s %15s %12s %15s %15s%n";
        out.printf(
                Locale.ROOT,
                format,
                "Payment plans",
                "Agreed",
                "Restructured",
                "Interest",
                "Paid",
                "Open on active");
        for (DemoResult.PlanMoney money : plans.currencies()) {
            if (money.agreed() == 0) {
                continue;
            }
            out.printf(
                    Locale.ROOT,
                    format,
                    money.currency().getCurrencyCode(),
                    money.agreed(),
                    plain(money.restructured()),
                    plain(money.interest()),
                    plain(money.paid()),
                    plain(money.outstandingActive()));
        }
    }

    /** Returns the face value of the instruments held at the month end, wherever they are. */
    private static MonetaryAmount holding(DemoResult.PortfolioMonth month) {
        return month.inPortfolio().add(month.atBank()).add(month.endorsed());
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
