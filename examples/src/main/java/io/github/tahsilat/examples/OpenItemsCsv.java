package io.github.tahsilat.examples;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxId;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.reconciliation.OpenItemCandidate;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/**
 * Reads open items from a UTF-8 CSV file with a header row naming the columns {@code invoiceNumber,
 * counterpartyId, name, iban, taxId, currency, dueDate, outstanding} in any order.
 *
 * <p>Fields are separated by commas and may be quoted with {@code "}, a quote inside a quoted field
 * written twice. A quoted field cannot span lines. {@code iban} and {@code taxId} may be empty.
 * {@code dueDate} is {@code YYYY-MM-DD} and {@code outstanding} a plain number with a dot, greater
 * than zero, with at most the currency's decimals. A {@code counterpartyId} that is not a UUID is
 * turned into a name-based UUID, so rows with equal text share a counterparty. Blank lines are
 * skipped, and a file without any line has no open items.
 */
final class OpenItemsCsv {

    /** The columns every file must name in its header row. */
    static final List<String> COLUMNS =
            List.of(
                    "invoiceNumber",
                    "counterpartyId",
                    "name",
                    "iban",
                    "taxId",
                    "currency",
                    "dueDate",
                    "outstanding");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private OpenItemsCsv() {}

    /**
     * Reads every row of {@code file}.
     *
     * @throws CommandInputException if the file is missing or unreadable, or if the header or a row
     *     is invalid; the message names the file and the row's 1-based physical line
     */
    static List<OpenItemCandidate> read(Path file) {
        return CsvFile.read(
                file,
                "open-items",
                COLUMNS,
                OpenItemsCsv::toCandidate,
                OpenItemCandidate::invoiceNumber);
    }

    private static String quoted(String value) {
        return '"' + value + '"';
    }

    private static OpenItemCandidate toCandidate(CsvFile.Row row) {
        row.requireHeaderWidth();
        String invoiceNumber = row.required("invoiceNumber");
        CounterpartyId counterpartyId = counterpartyId(row.required("counterpartyId"));
        String name = row.required("name");
        List<Iban> ibans = iban(row, row.field("iban"));
        List<TaxId> taxIds = taxId(row, row.field("taxId"));
        CurrencyUnit currency = currency(row, row.field("currency"));
        LocalDate dueDate = dueDate(row, row.field("dueDate"));
        BigDecimal outstanding = outstanding(row, row.field("outstanding"), currency);
        try {
            return new OpenItemCandidate(
                    new InvoiceId(invoiceId(invoiceNumber)),
                    invoiceNumber,
                    counterpartyId,
                    name,
                    ibans,
                    List.copyOf(taxIds),
                    Money.of(outstanding, currency),
                    dueDate,
                    Optional.empty());
        } catch (InvalidInputException e) {
            throw new CommandInputException(row.prefix() + e.getMessage(), e);
        }
    }

    private static List<Iban> iban(CsvFile.Row row, String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(Iban.parse(text));
        } catch (InvalidInputException e) {
            throw new CommandInputException(row.prefix() + e.getMessage(), e);
        }
    }

    private static List<TaxId> taxId(CsvFile.Row row, String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(TaxId.parse(text));
        } catch (InvalidInputException e) {
            throw new CommandInputException(row.prefix() + e.getMessage(), e);
        }
    }

    private static CurrencyUnit currency(CsvFile.Row row, String text) {
        String expected = "an ISO 4217 code in upper case such as EUR or TRY";
        if (!CURRENCY_CODE.matcher(text).matches()) {
            throw row.invalid("currency " + quoted(text), expected);
        }
        try {
            return Monetary.getCurrency(text);
        } catch (UnknownCurrencyException e) {
            throw row.invalid("currency " + quoted(text), expected);
        }
    }

    private static LocalDate dueDate(CsvFile.Row row, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.invalid("dueDate " + quoted(text), "YYYY-MM-DD");
        }
    }

    private static BigDecimal outstanding(CsvFile.Row row, String text, CurrencyUnit currency) {
        int decimals = Math.max(0, currency.getDefaultFractionDigits());
        String expected =
                "a number greater than 0 with a dot for decimals and at most "
                        + decimals
                        + " decimals for "
                        + currency.getCurrencyCode()
                        + ", such as "
                        + BigDecimal.valueOf(125, decimals).toPlainString();
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            throw row.invalid("outstanding " + quoted(text), expected);
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > decimals) {
            throw row.invalid("outstanding " + quoted(text), expected);
        }
        return amount.setScale(decimals);
    }

    private static CounterpartyId counterpartyId(String text) {
        try {
            return new CounterpartyId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return new CounterpartyId(uuid("counterparty:" + text));
        }
    }

    private static UUID invoiceId(String invoiceNumber) {
        return uuid("invoice:" + invoiceNumber);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
