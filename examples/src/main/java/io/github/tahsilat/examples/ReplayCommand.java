package io.github.tahsilat.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Replays an accounts-receivable file day by day through the library and prints the figures. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Replays an accounts-receivable CSV file in the IBM sample layout day by day through"
                    + " the library, from the first InvoiceDate to the last SettledDate: each day"
                    + " it issues that day's invoices, records that day's settlements in full and"
                    + " runs dunning.",
            "Dunning levels are reached at 1, 15 and 30 calendar days past due, without grace"
                    + " period, fee, interest, minimum amount or minimum gap. Disputed invoices are"
                    + " never dunned. A customer gets at most one notice a day.",
            "Exit codes: 0 done, 1 the file is missing or invalid, 2 the command line is invalid."
        })
final class ReplayCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayCommand.class);

    @Mixin ArCsvOption arCsv;

    @Mixin ReportOptions report;

    @Override
    public Integer call() {
        List<ArInvoice> invoices = arCsv.read();
        LOG.debug("Read {} invoices from {}", invoices.size(), arCsv.file);
        ArReplay.Result result = ArReplay.replay(invoices);

        report.print(() -> ArJson.write(result), out -> writeText(result, out));
        return 0;
    }

    private static void writeText(ArReplay.Result result, PrintWriter out) {
        row(out, "invoices", Integer.toString(result.invoices()));
        row(out, "customers", Integer.toString(result.customers()));
        row(out, "paid", Integer.toString(result.paid()));
        row(out, "paid late", Integer.toString(result.paidLate()));
        row(
                out,
                "collected",
                result.collected().getCurrency().getCurrencyCode()
                        + " "
                        + ReconcileReport.plain(result.collected()));
        row(out, "notices", Integer.toString(result.notices()));
        for (Map.Entry<Integer, Integer> level : result.levels().entrySet()) {
            row(out, "reached level " + level.getKey(), Integer.toString(level.getValue()));
        }
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "%-16s %s%n", label, value);
    }
}
