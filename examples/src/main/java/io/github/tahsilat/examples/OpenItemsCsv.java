package io.github.tahsilat.examples;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxId;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.reconciliation.OpenItemCandidate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        List<String> lines = readLines(file);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = header(file, lines.get(0));
        List<OpenItemCandidate> items = new ArrayList<>();
        Set<String> invoiceNumbers = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Row row = new Row(file, i + 1, split(file, i + 1, line), columns);
            OpenItemCandidate item = row.toCandidate();
            if (!invoiceNumbers.add(item.invoiceNumber())) {
                throw new CommandInputException(
                        row.prefix()
                                + "duplicate invoiceNumber "
                                + quoted(item.invoiceNumber())
                                + "; expected each invoice number once");
            }
            items.add(item);
        }
        return List.copyOf(items);
    }

    private static List<String> readLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1)); // a byte order mark from a spreadsheet
            }
            return lines;
        } catch (NoSuchFileException e) {
            throw new CommandInputException("open-items file not found: " + file, e);
        } catch (CharacterCodingException e) {
            throw new CommandInputException(
                    "failed to read open-items file "
                            + file
                            + ": it is not valid UTF-8; save it as UTF-8",
                    e);
        } catch (IOException e) {
            throw new CommandInputException(
                    "failed to read open-items file "
                            + file
                            + ": "
                            + CommandInputException.reason(e),
                    e);
        }
    }

    private static Map<String, Integer> header(Path file, String line) {
        List<String> names = split(file, 1, line);
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

    /** Splits one line into fields, removing the quotes of quoted fields. */
    static List<String> split(Path file, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CommandInputException(
                    file.getFileName()
                            + " line "
                            + lineNumber
                            + ": unterminated quoted field; expected a closing \" on the same"
                            + " line");
        }
        fields.add(field.toString());
        return fields;
    }

    private static String quoted(String value) {
        return '"' + value + '"';
    }

    /** One data row with its position, for messages. */
    private record Row(
            Path file, int lineNumber, List<String> fields, Map<String, Integer> columns) {

        OpenItemCandidate toCandidate() {
            if (fields.size() != columns.size()) {
                throw invalid(
                        "row with " + fields.size() + " fields",
                        columns.size() + " fields as in the header");
            }
            String invoiceNumber = required("invoiceNumber");
            CounterpartyId counterpartyId = counterpartyId(required("counterpartyId"));
            String name = required("name");
            List<Iban> ibans = iban(field("iban"));
            List<TaxId> taxIds = taxId(field("taxId"));
            CurrencyUnit currency = currency(field("currency"));
            LocalDate dueDate = dueDate(field("dueDate"));
            BigDecimal outstanding = outstanding(field("outstanding"), currency);
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
                throw new CommandInputException(prefix() + e.getMessage(), e);
            }
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

        List<Iban> iban(String text) {
            if (text.isEmpty()) {
                return List.of();
            }
            try {
                return List.of(Iban.parse(text));
            } catch (InvalidInputException e) {
                throw new CommandInputException(prefix() + e.getMessage(), e);
            }
        }

        List<TaxId> taxId(String text) {
            if (text.isEmpty()) {
                return List.of();
            }
            try {
                return List.of(TaxId.parse(text));
            } catch (InvalidInputException e) {
                throw new CommandInputException(prefix() + e.getMessage(), e);
            }
        }

        CurrencyUnit currency(String text) {
            String expected = "an ISO 4217 code in upper case such as EUR or TRY";
            if (!CURRENCY_CODE.matcher(text).matches()) {
                throw invalid("currency " + quoted(text), expected);
            }
            try {
                return Monetary.getCurrency(text);
            } catch (UnknownCurrencyException e) {
                throw invalid("currency " + quoted(text), expected);
            }
        }

        LocalDate dueDate(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid("dueDate " + quoted(text), "YYYY-MM-DD");
            }
        }

        BigDecimal outstanding(String text, CurrencyUnit currency) {
            int decimals = Math.max(0, currency.getDefaultFractionDigits());
            String expected =
                    "a number greater than 0 with a dot for decimals and at most "
                            + decimals
                            + " decimals for "
                            + currency.getCurrencyCode()
                            + ", such as "
                            + BigDecimal.valueOf(125, decimals).toPlainString();
            if (!PLAIN_NUMBER.matcher(text).matches()) {
                throw invalid("outstanding " + quoted(text), expected);
            }
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > decimals) {
                throw invalid("outstanding " + quoted(text), expected);
            }
            return amount.setScale(decimals);
        }

        CommandInputException invalid(String problem, String expected) {
            return new CommandInputException(
                    prefix() + "invalid " + problem + "; expected " + expected);
        }

        String prefix() {
            return file.getFileName() + " line " + lineNumber + ": ";
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
}
