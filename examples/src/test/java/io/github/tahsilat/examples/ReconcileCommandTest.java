package io.github.tahsilat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReconcileCommandTest {

    private static final String HEADER =
            "invoiceNumber,counterpartyId,name,iban,taxId,currency,dueDate,outstanding\n";

    /** A PostFinance camt.053 with 32 booked lines; entries 28 to 30 quote an IBAN. */
    private static final String POSTFINANCE = "postfinance-ch-camt053v04-example.xml";

    /**
     * One MT940 credit of EUR 1.57 with remittance text "Factuurnr 123456", written for these tests
     * so that the error cases need no sample folder.
     */
    private static final String SMALL_MT940 =
            ":20:STATEMENT1\r\n"
                    + ":25:NL32INGB0000012345\r\n"
                    + ":28C:1/1\r\n"
                    + ":60F:C140220EUR0,00\r\n"
                    + ":61:1402200220C1,57NTRFNONREF//REF1\r\n"
                    + ":86:Factuurnr 123456\r\n"
                    + ":62F:C140220EUR1,57\r\n"
                    + "-\r\n";

    @TempDir Path dir;

    private final CommandRun cli = new CommandRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private Path write(String name, String content) throws IOException {
        return CommandRun.write(dir, name, content);
    }

    private Path smallStatement() throws IOException {
        return write("statement.sta", SMALL_MT940);
    }

    private int reconcile(Path statement, Path openItems, String... more) {
        return cli.run(
                List.of(
                        "reconcile",
                        "--statement",
                        statement.toString(),
                        "--open-items",
                        openItems.toString()),
                more);
    }

    @Nested
    class SampleStatements {

        @Test
        void camt053MatchesInvoiceAndSuggestsByIban() throws IOException {
            Path statement = SampleFiles.file("camt053", POSTFINANCE);
            Path openItems =
                    write(
                            "open-items.csv",
                            HEADER
                                    + "132,pia,Rutschmann Pia,CH4409000000495962779,,CHF,"
                                    + "2016-04-30,15.00\n"
                                    + "PMT-7,maria,Bernasconi Maria,CH37 0900 0000 2500 9458 0,,"
                                    + "CHF,2016-04-30,56.56\n");

            int exitCode = reconcile(statement, openItems, "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .startsWith(
                            "{\"matched\":[{\"entry\":28,\"bookingDate\":\"2016-04-10\","
                                    + "\"amount\":\"15.00\",\"currency\":\"CHF\","
                                    + "\"invoices\":[{\"invoiceNumber\":\"132\","
                                    + "\"applied\":\"15.00\"}],\"score\":100,"
                                    + "\"rules\":[\"invoice-number\",\"exact-amount\","
                                    + "\"counterparty\"]}],"
                                    + "\"suggested\":[{\"entry\":30,"
                                    + "\"bookingDate\":\"2016-04-10\",\"amount\":\"56.56\","
                                    + "\"currency\":\"CHF\",\"invoices\":[{\"invoiceNumber\":"
                                    + "\"PMT-7\",\"applied\":\"56.56\"}],\"score\":50,"
                                    + "\"rules\":[\"exact-amount\",\"counterparty\"]}],"
                                    + "\"unmatched\":[{\"entry\":1,");
            assertThat(out.toString()).endsWith("]}" + System.lineSeparator());
            assertThat(out.toString().lines()).hasSize(1);
        }

        @Test
        void camt053UnmatchedLinesKeepEntryOrder() throws IOException {
            Path statement = SampleFiles.file("camt053", POSTFINANCE);
            Path openItems =
                    write(
                            "open-items.csv",
                            HEADER
                                    + "132,pia,Rutschmann Pia,CH4409000000495962779,,CHF,"
                                    + "2016-04-30,15.00\n");

            reconcile(statement, openItems, "--format", "json");

            assertThat(out.toString())
                    .contains(
                            "{\"entry\":27,\"bookingDate\":\"2016-04-06\",\"amount\":\"50.00\","
                                    + "\"currency\":\"CHF\",\"invoices\":[],\"score\":0,"
                                    + "\"rules\":[]},{\"entry\":29,");
            assertThat(out.toString())
                    .endsWith(
                            "{\"entry\":32,\"bookingDate\":\"2016-04-10\","
                                    + "\"amount\":\"-15.53\",\"currency\":\"CHF\","
                                    + "\"invoices\":[],\"score\":0,\"rules\":[]}]}"
                                    + System.lineSeparator());
        }

        @Test
        void mt940MatchesInvoiceNumberAndIban() throws IOException {
            Path statement = SampleFiles.file("mt940", "ing-nl-mt940-structured.940");
            Path openItems =
                    write(
                            "open-items.csv",
                            HEADER
                                    + "123456,janssen,J.Janssen,NL32INGB0000012345,,EUR,"
                                    + "2014-02-28,1.57\n");

            int exitCode = reconcile(statement, openItems, "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .startsWith(
                            "{\"matched\":[{\"entry\":3,\"bookingDate\":\"2014-02-20\","
                                    + "\"amount\":\"1.57\",\"currency\":\"EUR\","
                                    + "\"invoices\":[{\"invoiceNumber\":\"123456\","
                                    + "\"applied\":\"1.57\"}],\"score\":100,"
                                    + "\"rules\":[\"invoice-number\",\"exact-amount\","
                                    + "\"counterparty\"]}],\"suggested\":[],\"unmatched\":[");
        }

        @Test
        void headerOnlyFileLeavesEveryLineUnmatched() throws IOException {
            Path statement = SampleFiles.file("camt053", POSTFINANCE);
            Path openItems = write("open-items.csv", HEADER);

            int exitCode = reconcile(statement, openItems, "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .startsWith(
                            "{\"matched\":[],\"suggested\":[],\"unmatched\":[{\"entry\":1,"
                                    + "\"bookingDate\":\"2016-04-30\",\"amount\":\"-24.00\","
                                    + "\"currency\":\"CHF\",\"invoices\":[],\"score\":0,"
                                    + "\"rules\":[\"charges\"]},{\"entry\":2,");
            assertThat(out.toString()).contains("{\"entry\":32,");
            assertThat(out.toString()).doesNotContain("{\"entry\":33,");
        }

        @Test
        void turkishLocalePrintsDotsInAmounts() throws IOException {
            Path statement = SampleFiles.file("camt053", POSTFINANCE);
            Path openItems = write("open-items.csv", HEADER);
            Locale before = Locale.getDefault();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            try {
                reconcile(statement, openItems, "--format", "json");
                reconcile(statement, openItems);
            } finally {
                Locale.setDefault(before);
            }

            assertThat(out.toString()).contains("\"amount\":\"-328.75\"");
            assertThat(out.toString()).contains("entry 2  2016-04-30  CHF -328.75  UNMATCHED");
            assertThat(out.toString()).doesNotContain("328,75");
        }

        @Test
        void textShowsOneBlockPerLine() throws IOException {
            Path statement = SampleFiles.file("camt053", POSTFINANCE);
            Path openItems =
                    write(
                            "open-items.csv",
                            HEADER
                                    + "132,pia,Rutschmann Pia,CH4409000000495962779,,CHF,"
                                    + "2016-04-30,15.00\n");

            int exitCode = reconcile(statement, openItems);

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .contains(
                            "entry 28  2016-04-10  CHF 15.00  MATCHED  score 100\n"
                                            .replace("\n", System.lineSeparator())
                                    + "  invoices: 132 CHF 15.00"
                                    + System.lineSeparator()
                                    + "  rules:    invoice-number, exact-amount, counterparty");
            assertThat(out.toString())
                    .contains(
                            "entry 1  2016-04-30  CHF -24.00  UNMATCHED  score 0"
                                    + System.lineSeparator()
                                    + "  invoices: -");
            assertThat(out.toString())
                    .endsWith("1 matched, 0 suggested, 31 unmatched" + System.lineSeparator());
        }
    }

    @Nested
    class Json {

        @Test
        void invoiceNumberIsEscaped() throws IOException {
            Path openItems =
                    write(
                            "open-items.csv",
                            HEADER
                                    + "\"12\"\"3\\4\t5\u00016\",c1,J.Janssen,,,EUR,2014-02-28,"
                                    + "1.57\n");

            int exitCode = reconcile(smallStatement(), openItems, "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .isEqualTo(
                            "{\"matched\":[{\"entry\":1,\"bookingDate\":\"2014-02-20\","
                                    + "\"amount\":\"1.57\",\"currency\":\"EUR\","
                                    + "\"invoices\":[{\"invoiceNumber\":"
                                    + "\"12\\\"3\\\\4\\t5\\u00016\",\"applied\":\"1.57\"}],"
                                    + "\"score\":90,\"rules\":[\"invoice-number\","
                                    + "\"exact-amount\"]}],\"suggested\":[],\"unmatched\":[]}"
                                    + System.lineSeparator());
        }

        @Test
        void emptyFileGivesEmptyArrays() throws IOException {
            Path openItems = write("open-items.csv", "");

            int exitCode = reconcile(smallStatement(), openItems, "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .isEqualTo(
                            "{\"matched\":[],\"suggested\":[],\"unmatched\":[{\"entry\":1,"
                                    + "\"bookingDate\":\"2014-02-20\",\"amount\":\"1.57\","
                                    + "\"currency\":\"EUR\",\"invoices\":[],\"score\":0,"
                                    + "\"rules\":[]}]}"
                                    + System.lineSeparator());
        }

        static Stream<Arguments> escapes() {
            // A CSV table would trim the control characters, so the cases are built in code.
            return Stream.of(
                    Arguments.of("plain", "\"plain\""),
                    Arguments.of("a\"b", "\"a\\\"b\""),
                    Arguments.of("a\\b", "\"a\\\\b\""),
                    Arguments.of("line\nbreak", "\"line\\nbreak\""),
                    Arguments.of("cr\rtab\t", "\"cr\\rtab\\t\""),
                    Arguments.of("back\bfeed\f", "\"back\\bfeed\\f\""),
                    Arguments.of("bell\u0007", "\"bell\\u0007\""),
                    Arguments.of("unit\u001f", "\"unit\\u001f\""),
                    Arguments.of("nul\u0000", "\"nul\\u0000\""),
                    Arguments.of("İstanbul ı", "\"İstanbul ı\""));
        }

        @ParameterizedTest
        @MethodSource("escapes")
        void stringEscapesQuotesBackslashesAndControls(String text, String expected) {
            assertThat(JsonReport.string(text)).isEqualTo(expected);
        }
    }

    @Nested
    class Errors {

        @Test
        void missingStatementExitsOne() throws IOException {
            Path openItems = write("open-items.csv", HEADER);

            int exitCode = reconcile(dir.resolve("missing.xml"), openItems);

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .startsWith("error: statement file not found: " + dir.resolve("missing.xml"));
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void missingOpenItemsExitsOne() throws IOException {
            int exitCode = reconcile(smallStatement(), dir.resolve("missing.csv"));

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .startsWith("error: open-items file not found: " + dir.resolve("missing.csv"));
        }

        @Test
        void badDueDateNamesLine() throws IOException {
            Path openItems =
                    write(
                            "open-items.csv",
                            HEADER
                                    + "A-1,c1,Name,,,EUR,2025-06-30,1.00\n"
                                    + "A-2,c1,Name,,,EUR,2025/06/30,1.00\n");

            int exitCode = reconcile(smallStatement(), openItems);

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .isEqualTo(
                            "error: open-items.csv line 3: invalid dueDate \"2025/06/30\";"
                                    + " expected YYYY-MM-DD"
                                    + System.lineSeparator()
                                    + "(run again with --verbose for the stack trace)"
                                    + System.lineSeparator());
            assertThat(out.toString()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "A-2,c1,Name,,,EURO,2025-06-30,1.00|open-items.csv line 3: invalid currency"
                            + " \"EURO\"; expected an ISO 4217 code in upper case such as EUR or"
                            + " TRY",
                    "A-2,c1,Name,,,XYZ,2025-06-30,1.00|open-items.csv line 3: invalid currency"
                            + " \"XYZ\"; expected an ISO 4217 code in upper case such as EUR or"
                            + " TRY",
                    "A-2,c1,Name,,,EUR,2025-06-31,1.00|open-items.csv line 3: invalid dueDate"
                            + " \"2025-06-31\"; expected YYYY-MM-DD",
                    "A-2,c1,Name,,,EUR,2025-06-30,\"1,50\"|open-items.csv line 3: invalid"
                            + " outstanding \"1,50\"; expected a number greater than 0 with a dot"
                            + " for decimals and at most 2 decimals for EUR, such as 1.25",
                    "A-2,c1,Name,,,EUR,2025-06-30,1.001|open-items.csv line 3: invalid"
                            + " outstanding \"1.001\"; expected a number greater than 0 with a dot"
                            + " for decimals and at most 2 decimals for EUR, such as 1.25",
                    "A-2,c1,Name,,,JPY,2025-06-30,0|open-items.csv line 3: invalid outstanding"
                            + " \"0\"; expected a number greater than 0 with a dot for decimals"
                            + " and at most 0 decimals for JPY, such as 125",
                    "A-2,c1,Name,,,EUR,2025-06-30|open-items.csv line 3: invalid row with 7"
                            + " fields; expected 8 fields as in the header",
                    ",c1,Name,,,EUR,2025-06-30,1.00|open-items.csv line 3: missing invoiceNumber;"
                            + " expected a value that is not blank",
                    "A-1,c1,Name,,,EUR,2025-06-30,2.00|open-items.csv line 3: duplicate"
                            + " invoiceNumber \"A-1\"; expected each invoice number once",
                    "\"A-2,c1,Name,,,EUR,2025-06-30,1.00|open-items.csv line 3: unterminated"
                            + " quoted field; expected a closing \" on the same line",
                    "A-2,c1,Name,NL00INGB0000012345,,EUR,2025-06-30,1.00|open-items.csv line 3:"
                            + " invalid iban"
                })
        void badRowNamesLineAndValue(String row, String message) throws IOException {
            Path openItems =
                    write(
                            "open-items.csv",
                            HEADER + "A-1,c1,Name,,,EUR,2025-06-30,1.00\n" + row + "\n");

            int exitCode = reconcile(smallStatement(), openItems);

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString()).startsWith("error: " + message);
        }

        @Test
        void missingColumnNamesHeader() throws IOException {
            Path openItems =
                    write(
                            "open-items.csv",
                            "invoiceNumber,counterpartyId,name,iban,currency,dueDate,outstanding\n");

            int exitCode = reconcile(smallStatement(), openItems);

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .startsWith("error: open-items.csv line 1: missing column taxId in the header");
        }

        @Test
        void malformedStatementNamesPosition() throws IOException {
            Path statement =
                    write(
                            "broken.xml",
                            "<?xml version=\"1.0\"?>\n"
                                    + "<Document"
                                    + " xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
                                    + "<BkToCstmrStmt><GrpHdr><MsgId>x</MsgId></GrpHdr>\n"
                                    + "<Stmt><Ntry><Amt Ccy=\"EUR\">1.00</Amt></Ntry></Stmt>\n"
                                    + "</BkToCstmrStmt></Document>\n");
            Path openItems = write("open-items.csv", HEADER);

            int exitCode = reconcile(statement, openItems);

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .startsWith("error: invalid bank statement broken.xml at line 4, column");
        }

        @Test
        void unknownStatementFormatExitsOne() throws IOException {
            Path statement = write("payments.txt", "date;amount\n2025-06-30;1.00\n");
            Path openItems = write("open-items.csv", HEADER);

            int exitCode = reconcile(statement, openItems);

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .startsWith(
                            "error: invalid bank statement payments.txt: no reader recognizes the"
                                    + " input");
        }

        @Test
        void unknownFormatExitsTwo() throws IOException {
            Path openItems = write("open-items.csv", HEADER);

            int exitCode = reconcile(smallStatement(), openItems, "--format", "yaml");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString())
                    .startsWith(
                            "Invalid value for option '--format': expected one of [json, text]"
                                    + " (case-sensitive) but was 'yaml'");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void missingOptionExitsTwo() {
            int exitCode = cli.run("reconcile", "--format", "json");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).startsWith("Missing required options");
        }

        @Test
        void verbosePrintsStackTrace() throws IOException {
            int exitCode = reconcile(smallStatement(), dir.resolve("missing.csv"), "--verbose");

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .contains("CommandInputException: open-items file not found")
                    .contains("\tat io.github.tahsilat.examples.OpenItemsCsv")
                    .doesNotContain("run again with --verbose");
        }

        @Test
        void withoutVerboseNoStackTrace() throws IOException {
            reconcile(smallStatement(), dir.resolve("missing.csv"));

            assertThat(err.toString()).doesNotContain("\tat ");
        }
    }

    @Nested
    class Help {

        @Test
        void helpListsDefaultsInOrder() {
            int exitCode = cli.run("reconcile", "--help");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .containsSubsequence(
                            "1. structured-reference",
                            "2. invoice-number",
                            "3. counterparty",
                            "4. exact-amount",
                            "5. amount-within-tolerance",
                            "6. partial-payment",
                            "7. combination",
                            "Auto-apply threshold: 80",
                            "Tolerance: 0 in every currency");
        }
    }
}
