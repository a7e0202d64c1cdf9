package io.github.tahsilat.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;

/**
 * Writes the replay's report as one HTML page with the charts embedded as data URIs, so that it
 * opens offline and makes no request. Every text that comes from input, such as the company's and
 * the customers' names, is escaped. The markup is also well-formed XML, so the tests parse it.
 * Stateless.
 */
final class HtmlReport {

    /** The report's file name in the output folder. */
    static final String FILE_NAME = "index.html";

    private static final String STYLE =
            "body{font-family:sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}"
                    + "table{border-collapse:collapse;margin:1em 0}"
                    + "th,td{padding:3px 10px;border-bottom:1px solid #ddd;text-align:right}"
                    + "th:first-child,td:first-child{text-align:left}"
                    + "img{max-width:100%;height:auto}";

    private HtmlReport() {}

    /**
     * Writes the page to {@code folder/index.html}, replacing it, and returns its path.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    static Path write(DemoResult result, Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            Files.createDirectories(folder);
            Files.writeString(file, render(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to write report " + file, e);
        }
        return file;
    }

    /** Returns the page. */
    static String render(DemoResult result) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<title>Tahsilat demo: ")
                .append(escape(result.companyName()))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");

        html.append("<h1>Receivables of ").append(escape(result.companyName())).append("</h1>\n");
        html.append("<p>")
                .append(result.customers())
                .append(" generated customers (seed ")
                .append(result.seed())
                .append("), replayed day by day from ")
                .append(result.first())
                .append(" to ")
                .append(result.last())
                .append(" through the Tahsilat library on its in-memory store, in ")
                .append(TerminalSummary.seconds(result.elapsed()))
                .append(" s. Amounts are never converted between currencies.</p>\n");
        counts(html, result);
        money(html, result);

        html.append("<h2>Aging at month ends</h2>\n")
                .append(
                        "<p>Open receivables by days past due, from the library's aging report.</p>\n");
        for (CurrencyUnit currency : ChartImages.currencies(result)) {
            image(html, ChartImages.aging(result, currency), "Aging at month ends in " + currency);
        }

        html.append("<h2>Collections against the forecast</h2>\n")
                .append("<p>The forecast of a month is what was open on its first day and ")
                .append("falls due within the month, by due date alone. Collections are the ")
                .append("money applied to invoices during the month, late payments ")
                .append("included.</p>\n");
        for (CurrencyUnit currency : ChartImages.currencies(result)) {
            image(
                    html,
                    ChartImages.collections(result, currency),
                    "Collections against the forecast in " + currency);
        }

        html.append("<h2>Cheques and promissory notes</h2>\n")
                .append("<p>Face value held at each month end, in the portfolio, at the bank ")
                .append("for collection or endorsed to the supplier, as the library's ")
                .append("instrument service stores it. Then the instruments that cleared or ")
                .append("bounced in each month. Bounce fees charged: ")
                .append(escape(money(result.instruments().feesCharged())))
                .append(".</p>\n");
        image(
                html,
                ChartImages.portfolio(result),
                "Cheques and promissory notes held at month ends");
        image(
                html,
                ChartImages.maturities(result),
                "Cheques and promissory notes cleared and bounced per month");

        paymentPlans(html, result);

        html.append("<h2>Bank lines per month</h2>\n")
                .append("<p>The outcome of the library's reconciliation for each day's ")
                .append("camt.053 lines, summed per month: auto-applied as payments, suggested ")
                .append("for review, unmatched, or booked as the reversal of a returned ")
                .append("transfer.</p>\n");
        image(html, ChartImages.statementLines(result), "Bank lines per month by outcome");

        html.append("<h2>Dunning notices by level</h2>\n");
        image(html, ChartImages.notices(result), "Dunning notices delivered per month by level");
        balances(html, result.largestBalances());

        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void counts(StringBuilder html, DemoResult result) {
        DemoResult.Counts counts = result.counts();
        html.append("<h2>What happened</h2>\n<table>\n");
        row(html, "Invoices issued", counts.invoices());
        row(html, "Credit notes applied", counts.creditNotes());
        row(html, "Disputes (dunning blocks)", counts.disputes());
        row(html, "Promises to pay", counts.promises());
        row(html, "Promises kept", counts.promisesKept());
        row(html, "Promises broken", counts.promisesBroken());
        DemoResult.PaymentPlans plans = result.paymentPlans();
        row(html, "Payment plans agreed", plans.agreed());
        row(html, "Invoices covered by payment plans", plans.items());
        row(html, "Payment plans completed", plans.completed());
        row(html, "Payment plans broken", plans.broken());
        row(html, "Payment plans active at the end", plans.active());
        row(
                html,
                "Invoices that dunning left out because of an active plan",
                plans.excludedItems());
        row(html, "Such exclusions summed over all dunning runs", plans.exclusions());
        row(html, "camt.053 files written and imported", counts.statementFiles());
        row(
                html,
                "Bank lines auto-applied by the reconciliation",
                result.statementLines(DemoResult.StatementDay::matched));
        row(
                html,
                "Bank lines suggested for review",
                result.statementLines(DemoResult.StatementDay::suggested));
        row(
                html,
                "Bank lines unmatched",
                result.statementLines(DemoResult.StatementDay::unmatched));
        row(
                html,
                "Bank returns booked as reversals",
                result.statementLines(DemoResult.StatementDay::reversed));
        if (result.reimport() != null) {
            row(
                    html,
                    "Lines booked again when the statement of "
                            + result.reimport().date()
                            + " was imported a second time",
                    result.reimport().booked());
        }
        row(html, "Dunning runs", counts.dunningRuns());
        DemoResult.Instruments instruments = result.instruments();
        row(html, "Post-dated cheques and promissory notes received", instruments.received());
        row(html, "of which promissory notes", instruments.notes());
        row(html, "Given to the bank for collection", instruments.handedToBank());
        row(html, "Cleared at maturity", instruments.cleared());
        row(html, "Bounced (karşılıksız)", instruments.bounced());
        row(html, "Endorsed to the supplier", instruments.endorsed());
        for (int level = 1; level <= DemoResult.LEVELS; level++) {
            row(html, "Notices at level " + level, result.noticesAtLevel(level));
        }
        html.append("</table>\n");
    }

    private static void money(StringBuilder html, DemoResult result) {
        html.append("<h2>Money per currency</h2>\n<table>\n<tr><th>Currency</th>");
        for (String heading :
                List.of(
                        "Invoiced",
                        "Fees",
                        "Plan interest",
                        "Received",
                        "Applied",
                        "Cheques and notes",
                        "Discounts",
                        "Credit notes",
                        "Overpaid",
                        "Left for review",
                        "Outstanding")) {
            html.append("<th>").append(heading).append("</th>");
        }
        html.append("</tr>\n");
        for (DemoResult.CurrencyFigures figures : result.currencies()) {
            html.append("<tr><td>").append(figures.currency().getCurrencyCode()).append("</td>");
            for (javax.money.MonetaryAmount amount :
                    List.of(
                            figures.invoiced(),
                            figures.fees(),
                            figures.interest(),
                            figures.received(),
                            figures.applied(),
                            figures.instruments(),
                            figures.discounts(),
                            figures.credited(),
                            figures.overpaid(),
                            figures.leftForReview(),
                            figures.outstanding())) {
                html.append("<td>").append(TerminalSummary.plain(amount)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<p>Invoiced, fees and plan interest, less what payments and ")
                .append("cleared instruments applied, discounts and credit notes, is what ")
                .append("remains outstanding. Received is applied plus overpaid, net of returned ")
                .append("transfers.</p>\n");
    }

    private static void paymentPlans(StringBuilder html, DemoResult result) {
        DemoResult.PaymentPlans plans = result.paymentPlans();
        html.append("<h2>Payment plans</h2>\n")
                .append("<p>Customers in arrears agree to pay their overdue invoices in 3, 4 or 6 ")
                .append("monthly installments through the library's payment plan service, some ")
                .append("with a down payment and some with interest. While a plan is active, ")
                .append("dunning leaves its invoices out. An installment still unpaid 5 days ")
                .append("after its due date breaks the plan, and dunning resumes. A plan whose ")
                .append("invoices are all paid is completed.</p>\n<table>\n<tr><th>Currency</th>");
        for (String heading :
                List.of(
                        "Plans agreed",
                        "Restructured",
                        "Interest",
                        "Paid",
                        "Open on active plans")) {
            html.append("<th>").append(heading).append("</th>");
        }
        html.append("</tr>\n");
        for (DemoResult.PlanMoney money : plans.currencies()) {
            html.append("<tr><td>")
                    .append(money.currency().getCurrencyCode())
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%d", money.agreed()))
                    .append("</td>");
            for (javax.money.MonetaryAmount amount :
                    List.of(
                            money.restructured(),
                            money.interest(),
                            money.paid(),
                            money.outstandingActive())) {
                html.append("<td>").append(TerminalSummary.plain(amount)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        image(html, ChartImages.paymentPlans(result), "Payment plans agreed, completed and broken");
    }

    private static void balances(StringBuilder html, List<DemoResult.OpenBalance> balances) {
        html.append("<h2>Largest open balances at the end</h2>\n<table>\n")
                .append("<tr><th>Customer</th><th>Outstanding</th></tr>\n");
        for (DemoResult.OpenBalance balance : balances) {
            html.append("<tr><td>")
                    .append(escape(balance.name()))
                    .append("</td><td>")
                    .append(balance.amount().getCurrency().getCurrencyCode())
                    .append(' ')
                    .append(TerminalSummary.plain(balance.amount()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String money(javax.money.MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " " + TerminalSummary.plain(amount);
    }

    private static void row(StringBuilder html, String label, int value) {
        html.append("<tr><td>")
                .append(escape(label))
                .append("</td><td>")
                .append(String.format(Locale.ROOT, "%d", value))
                .append("</td></tr>\n");
    }

    private static void image(StringBuilder html, String dataUri, String description) {
        html.append("<p><img src=\"")
                .append(dataUri)
                .append("\" alt=\"")
                .append(escape(description))
                .append("\"/></p>\n");
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
