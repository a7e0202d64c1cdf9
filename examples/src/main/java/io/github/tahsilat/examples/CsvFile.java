package io.github.tahsilat.examples;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the UTF-8 CSV files of the commands: a header row naming the columns, then one record a
 * line, with errors that name the file and the 1-based physical line, the header being line 1.
 *
 * <p>Fields are separated by commas and may be quoted with {@code "}, a quote inside a quoted field
 * written twice. A quoted field cannot span lines. A byte order mark before the header is dropped,
 * blank lines are skipped, and a file without any line has no records. Not instantiable.
 */
final class CsvFile {

    private CsvFile() {}

    /**
     * Reads every record of {@code file} in file order, converting each row as soon as it is split,
     * so the first invalid line in the file is the one reported.
     *
     * @param kind the name of the file in messages, such as {@code open-items}
     * @param required the columns the header must name, in any order
     * @param convert turns a row into a record; throws {@link CommandInputException} for a bad row
     * @param invoiceNumber the invoice number of a record, which must be unique in the file
     * @throws CommandInputException if the file is missing or unreadable, if the header lacks one
     *     of {@code required}, or if a row is invalid or repeats an invoice number
     */
    static <T> List<T> read(
            Path file,
            String kind,
            List<String> required,
            Function<Row, T> convert,
            Function<T, String> invoiceNumber) {
        List<String> lines = readLines(file, kind);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = header(file, lines.get(0), required);
        List<T> records = new ArrayList<>();
        Set<String> invoiceNumbers = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Row row = new Row(file, i + 1, split(file, i + 1, line), columns);
            T record = convert.apply(row);
            if (!invoiceNumbers.add(invoiceNumber.apply(record))) {
                throw new CommandInputException(
                        row.prefix()
                                + "duplicate invoiceNumber \""
                                + invoiceNumber.apply(record)
                                + "\"; expected each invoice number once");
            }
            records.add(record);
        }
        return List.copyOf(records);
    }

    private static List<String> readLines(Path file, String kind) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1)); // a byte order mark from a spreadsheet
            }
            return lines;
        } catch (NoSuchFileException e) {
            throw new CommandInputException(kind + " file not found: " + file, e);
        } catch (CharacterCodingException e) {
            throw new CommandInputException(
                    "failed to read "
                            + kind
                            + " file "
                            + file
                            + ": it is not valid UTF-8; save it as UTF-8",
                    e);
        } catch (IOException e) {
            throw new CommandInputException(
                    "failed to read "
                            + kind
                            + " file "
                            + file
                            + ": "
                            + CommandInputException.reason(e),
                    e);
        }
    }

    private static Map<String, Integer> header(Path file, String line, List<String> required) {
        List<String> names = split(file, 1, line);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).strip(), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new CommandInputException(
                        file.getFileName()
                                + " line 1: missing column "
                                + column
                                + " in the header; expected the columns "
                                + String.join(",", required));
            }
        }
        return columns;
    }

    /** Splits one line into fields, removing the quotes of quoted fields. */
    private static List<String> split(Path file, int lineNumber, String line) {
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

    /**
     * One data row with its position, for messages: the fields as split, and the header's column
     * positions.
     */
    record Row(Path file, int lineNumber, List<String> fields, Map<String, Integer> columns) {

        /**
         * Checks that the row has as many fields as the header.
         *
         * @throws CommandInputException if the counts differ
         */
        void requireHeaderWidth() {
            if (fields.size() != columns.size()) {
                throw invalid(
                        "row with " + fields.size() + " fields",
                        columns.size() + " fields as in the header");
            }
        }

        /** Returns the field of {@code column} without surrounding white space. */
        String field(String column) {
            return fields.get(columns.get(column)).strip();
        }

        /**
         * Returns the field of {@code column}, which must not be blank.
         *
         * @throws CommandInputException if the field is blank
         */
        String required(String column) {
            String value = field(column);
            if (value.isEmpty()) {
                throw new CommandInputException(
                        prefix() + "missing " + column + "; expected a value that is not blank");
            }
            return value;
        }

        /** Returns the error for this row: what was wrong, then what is allowed. */
        CommandInputException invalid(String problem, String expected) {
            return new CommandInputException(
                    prefix() + "invalid " + problem + "; expected " + expected);
        }

        /** Returns the start of a message about this row: the file name and the line. */
        String prefix() {
            return file.getFileName() + " line " + lineNumber + ": ";
        }
    }
}
