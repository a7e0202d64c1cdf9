package io.github.tahsilat.examples;

import io.github.tahsilat.examples.ReconcileReport.Application;
import io.github.tahsilat.examples.ReconcileReport.Row;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a {@link ReconcileReport} for people: one block per bank line, then the totals. */
final class TextReport {

    private TextReport() {}

    /** Writes every line of {@code report} in entry order to {@code out}. */
    static void write(ReconcileReport report, PrintWriter out) {
        for (Row row : report.all()) {
            String currency = row.line().amount().getCurrency().getCurrencyCode();
            out.printf(
                    Locale.ROOT,
                    "entry %d  %s  %s %s  %s  score %d%n",
                    row.entry(),
                    row.line().bookingDate(),
                    currency,
                    ReconcileReport.plain(row.line().amount()),
                    row.outcome(),
                    row.score());
            List<String> invoices = new ArrayList<>();
            for (Application application : row.invoices()) {
                invoices.add(
                        application.invoiceNumber()
                                + " "
                                + application.applied().getCurrency().getCurrencyCode()
                                + " "
                                + ReconcileReport.plain(application.applied()));
            }
            out.println("  invoices: " + (invoices.isEmpty() ? "-" : String.join(", ", invoices)));
            out.println(
                    "  rules:    "
                            + (row.rules().isEmpty() ? "-" : String.join(", ", row.rules())));
        }
        out.printf(
                Locale.ROOT,
                "%d matched, %d suggested, %d unmatched%n",
                report.matched().size(),
                report.suggested().size(),
                report.unmatched().size());
    }
}
