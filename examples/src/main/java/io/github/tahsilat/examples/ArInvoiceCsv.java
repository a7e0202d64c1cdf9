package io.github.tahsilat.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an accounts-receivable file in the IBM sample layout: UTF-8 CSV with a header row and the
 * columns {@code countryCode, customerID, PaperlessDate, invoiceNumber, InvoiceDate, DueDate,
 * InvoiceAmount, Disputed, SettledDate, PaperlessBill, DaysToSettle, DaysLate}.
 *
 * <p>Only the columns in {@link #COLUMNS} are read, in any order, and the header must name each of
 * them. Dates are month/day/year ({@code 1/26/2013}), amounts are US dollars written with a dot and
 * at most two decimals, and {@code Disputed} is {@code Yes} or {@code No}. Blank lines are skipped,
 * and a file without any line has no invoices. Fields follow the rules of {@link OpenItemsCsv}.
 */
public final class ArInvoiceCsv {

    /** The columns the header must name; the other columns of the layout are ignored. */
    public static final List<String> COLUMNS =
            List.of(
                    "customerID",
                    "invoiceNumber",
                    "InvoiceDate",
                    "DueDate",
                    "InvoiceAmount",
                    "Disputed",
                    "SettledDate");

    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]{1,2})?");
    private static final String DATE_FORMAT = "month/day/year such as 1/26/2013";

    private ArInvoiceCsv() {}

    /**
     * Reads every row of {@code file}, in file order.
     *
     * @throws RuntimeException a {@code CommandInputException} if the file is missing or
     *     unreadable, or if the header or a row is invalid; the message names the file and the
     *     row's 1-based physical line, the header being line 1
     */
    public static List<ArInvoice> read(Path file) {
        return CsvFile.read(
                file, "ar-csv", COLUMNS, ArInvoiceCsv::toInvoice, ArInvoice::invoiceNumber);
    }

    private static ArInvoice toInvoice(CsvFile.Row row) {
        row.requireHeaderWidth();
        String customerId = row.required("customerID");
        String invoiceNumber = row.required("invoiceNumber");
        LocalDate invoiceDate = date(row, "InvoiceDate");
        LocalDate dueDate = date(row, "DueDate");
        BigDecimal amount = amount(row, row.field("InvoiceAmount"));
        boolean disputed = disputed(row, row.field("Disputed"));
        LocalDate settledDate = date(row, "SettledDate");
        if (settledDate.isBefore(invoiceDate)) {
            throw row.invalid(
                    "SettledDate \"" + row.field("SettledDate") + "\"",
                    "a date on or after the InvoiceDate " + row.field("InvoiceDate"));
        }
        return new ArInvoice(
                customerId, invoiceNumber, invoiceDate, dueDate, amount, disputed, settledDate);
    }

    private static LocalDate date(CsvFile.Row row, String column) {
        String text = row.field(column);
        try {
            return LocalDate.parse(text, US_DATE);
        } catch (DateTimeParseException e) {
            throw row.invalid(column + " \"" + text + "\"", DATE_FORMAT);
        }
    }

    private static BigDecimal amount(CsvFile.Row row, String text) {
        String expected =
                "a number greater than 0 with a dot for decimals and at most 2 decimals for"
                        + " USD, such as 55.94";
        if (!PLAIN_AMOUNT.matcher(text).matches()) {
            throw row.invalid("InvoiceAmount \"" + text + "\"", expected);
        }
        BigDecimal amount = new BigDecimal(text).setScale(2);
        if (amount.signum() <= 0) {
            throw row.invalid("InvoiceAmount \"" + text + "\"", expected);
        }
        return amount;
    }

    private static boolean disputed(CsvFile.Row row, String text) {
        return switch (text) {
            case "Yes" -> true;
            case "No" -> false;
            default -> throw row.invalid("Disputed \"" + text + "\"", "Yes or No");
        };
    }
}
