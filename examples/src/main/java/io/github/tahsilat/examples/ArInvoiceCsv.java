package io.github.tahsilat.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<String> lines = readLines(file);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = header(file, lines.get(0));
        List<ArInvoice> invoices = new ArrayList<>();
        Set<String> invoiceNumbers = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Row row = new Row(file, i + 1, OpenItemsCsv.split(file, i + 1, lines.get(i)), columns);
            ArInvoice invoice = row.toInvoice();
            if (!invoiceNumbers.add(invoice.invoiceNumber())) {
                throw new CommandInputException(
                        row.prefix()
                                + "duplicate invoiceNumber \""
                                + invoice.invoiceNumber()
                                + "\"; expected each invoice number once");
            }
            invoices.add(invoice);
        }
        return List.copyOf(invoices);
    }

    private static List<String> readLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1)); // a byte order mark from a spreadsheet
            }
            return lines;
        } catch (NoSuchFileException e) {
            throw new CommandInputException("ar-csv file not found: " + file, e);
        } catch (CharacterCodingException e) {
            throw new CommandInputException(
                    "failed to read ar-csv file "
                            + file
                            + ": it is not valid UTF-8; save it as UTF-8",
                    e);
        } catch (IOException e) {
            throw new CommandInputException(
                    "failed to read ar-csv file " + file + ": " + CommandInputException.reason(e),
                    e);
        }
    }

    private static Map<String, Integer> header(Path file, String line) {
        List<String> names = OpenItemsCsv.split(file, 1, line);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).strip(), i);
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new CommandInputException(
                        file.getFileName()
                                + " line 1: missing column "
                                + column
                                + " in the header; expected the columns "
                                + String.join(",", COLUMNS));
            }
        }
        return columns;
    }

    /** One data row with its position, for messages. */
    private record Row(
            Path file, int lineNumber, List<String> fields, Map<String, Integer> columns) {

        ArInvoice toInvoice() {
            if (fields.size() != columns.size()) {
                throw invalid(
                        "row with " + fields.size() + " fields",
                        columns.size() + " fields as in the header");
            }
            String customerId = required("customerID");
            String invoiceNumber = required("invoiceNumber");
            LocalDate invoiceDate = date("InvoiceDate");
            LocalDate dueDate = date("DueDate");
            BigDecimal amount = amount(field("InvoiceAmount"));
            boolean disputed = disputed(field("Disputed"));
            LocalDate settledDate = date("SettledDate");
            if (settledDate.isBefore(invoiceDate)) {
                throw invalid(
                        "SettledDate \"" + field("SettledDate") + "\"",
                        "a date on or after the InvoiceDate " + field("InvoiceDate"));
            }
            return new ArInvoice(
                    customerId, invoiceNumber, invoiceDate, dueDate, amount, disputed, settledDate);
        }

        String field(String column) {
            return fields.get(columns.get(column)).strip();
        }

        String required(String column) {
            String value = field(column);
            if (value.isEmpty()) {
                throw new CommandInputException(
                        prefix() + "missing " + column + "; expected a value that is not blank");
            }
            return value;
        }

        LocalDate date(String column) {
            String text = field(column);
            try {
                return LocalDate.parse(text, US_DATE);
            } catch (DateTimeParseException e) {
                throw invalid(column + " \"" + text + "\"", DATE_FORMAT);
            }
        }

        BigDecimal amount(String text) {
            String expected =
                    "a number greater than 0 with a dot for decimals and at most 2 decimals for"
                            + " USD, such as 55.94";
            if (!PLAIN_AMOUNT.matcher(text).matches()) {
                throw invalid("InvoiceAmount \"" + text + "\"", expected);
            }
            BigDecimal amount = new BigDecimal(text).setScale(2);
            if (amount.signum() <= 0) {
                throw invalid("InvoiceAmount \"" + text + "\"", expected);
            }
            return amount;
        }

        boolean disputed(String text) {
            return switch (text) {
                case "Yes" -> true;
                case "No" -> false;
                default -> throw invalid("Disputed \"" + text + "\"", "Yes or No");
            };
        }

        CommandInputException invalid(String problem, String expected) {
            return new CommandInputException(
                    prefix() + "invalid " + problem + "; expected " + expected);
        }

        String prefix() {
            return file.getFileName() + " line " + lineNumber + ": ";
        }
    }
}
