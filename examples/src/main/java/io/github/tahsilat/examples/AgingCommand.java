package io.github.tahsilat.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.money.MonetaryAmount;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Ages an accounts-receivable file as of a date through the library's aging report. */
@Command(
        name = "aging",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the aging of an accounts-receivable CSV file in the IBM sample layout as of a"
                    + " date. An invoice is outstanding when InvoiceDate <= date < SettledDate."
                    + " Buckets by days past due: current (0 or less, so due that day is"
                    + " current), 1-30, 31-60, 61-90 and 91+.",
            "Exit codes: 0 done, 1 the file is missing or invalid, 2 the command line is invalid."
        })
final class AgingCommand implements Callable<Integer> {

    @Mixin ArCsvOption arCsv;

    @Option(
            names = "--as-of",
            required = true,
            paramLabel = "YYYY-MM-DD",
            converter = IsoDate.class,
            description = "The date of the aging, such as 2013-06-30.")
    LocalDate asOf;

    @Mixin ReportOptions report;

    @Override
    public Integer call() {
        List<ArInvoice> invoices = arCsv.read();
        ArAging.Result result = ArAging.asOf(invoices, asOf);

        report.print(() -> ArJson.write(result), out -> writeText(result, out));
        return 0;
    }

    private static void writeText(ArAging.Result result, PrintWriter out) {
        String currency = result.total().getCurrency().getCurrencyCode();
        out.printf(
                Locale.ROOT,
                "Aging as of %s in %s, %d open invoices%n",
                result.asOf(),
                currency,
                result.openInvoices());
        for (int i = 0; i < result.amounts().size(); i++) {
            amountRow(out, ArJson.BUCKET_KEYS.get(i), result.amounts().get(i));
        }
        amountRow(out, "total", result.total());
    }

    private static void amountRow(PrintWriter out, String label, MonetaryAmount amount) {
        out.printf(Locale.ROOT, "%-8s %12s%n", label, ReconcileReport.plain(amount));
    }

    /** Converts {@code YYYY-MM-DD} to a date, rejecting any other form with the expected one. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "invalid date '" + value + "'; expected YYYY-MM-DD, such as 2013-06-30");
            }
        }
    }
}
