package io.github.tahsilat.examples;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The required {@code --ar-csv} option of the commands that read an accounts-receivable file, mixed
 * into the command with {@code @Mixin}. Not thread-safe; picocli fills one instance per command
 * line.
 */
final class ArCsvOption {

    @Option(
            names = "--ar-csv",
            required = true,
            paramLabel = "FILE",
            description =
                    "The accounts-receivable file: UTF-8 CSV with a header row naming at least"
                            + " customerID, invoiceNumber, InvoiceDate, DueDate, InvoiceAmount,"
                            + " Disputed and SettledDate; dates as month/day/year, amounts in USD"
                            + " with a dot.")
    Path file;

    /**
     * Reads the invoices of the file, in file order.
     *
     * @throws CommandInputException as {@link ArInvoiceCsv#read} does
     */
    List<ArInvoice> read() {
        return ArInvoiceCsv.read(file);
    }
}
