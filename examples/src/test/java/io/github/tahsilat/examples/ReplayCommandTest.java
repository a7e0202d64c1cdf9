package io.github.tahsilat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplayCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir Path dir;

    private final CommandRun cli = new CommandRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int replay(Path file, String... more) {
        return cli.run(List.of("replay", "--ar-csv", file.toString()), more);
    }

    private Path write(String content) throws IOException {
        return CommandRun.write(dir, "ar.csv", content);
    }

    @Nested
    class SampleData {

        /**
         * Expected figures from a short Python script, run once, that reads the CSV with the
         * standard csv module and walks the days with datetime.date and decimal.Decimal: on each
         * day an undisputed invoice with InvoiceDate <= day < SettledDate reaches level k when its
         * days past due reach 1, 15 or 30, and a customer counts one notice on a day when any of
         * its invoices reaches a level above the highest it reached before. It shares no code with
         * the library.
         */
        @Test
        void replayMatchesIndependentFigures() {
            int exitCode = replay(ArFiles.sample(), "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .isEqualTo(
                            "{\"invoices\":2466,\"customers\":100,\"paid\":2466,"
                                    + "\"paidLate\":877,\"collected\":\"147703.18\","
                                    + "\"notices\":492,\"levels\":{\"1\":446,\"2\":48,\"3\":1}}"
                                    + NL);
            assertThat(err.toString()).isEmpty();
        }
    }

    @Nested
    class Synthetic {

        @Test
        void jsonCountsNoticesAndLevels() throws IOException {
            int exitCode = replay(write(ArFiles.SYNTHETIC), "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .isEqualTo(
                            "{\"invoices\":6,\"customers\":4,\"paid\":6,\"paidLate\":5,"
                                    + "\"collected\":\"1477.51\",\"notices\":8,"
                                    + "\"levels\":{\"1\":4,\"2\":3,\"3\":2}}"
                                    + NL);
        }

        @Test
        void levelThreeCountsUnderEveryLevel() throws IOException {
            // A alone: levels 1, 2 and 3 on January 2, 16 and 31, each on its own notice.
            Path file =
                    write(
                            ArFiles.HEADER
                                    + "391,C1,,A,12/2/2019,1/1/2020,100.00,No,2/15/2020,"
                                    + "Paper,75,45\n");

            replay(file, "--format", "json");

            assertThat(out.toString())
                    .contains("\"notices\":3,\"levels\":{\"1\":1,\"2\":1,\"3\":1}}");
        }

        @Test
        void listedItemsDoNotCountAgain() throws IOException {
            // On January 31 A reaches level 3 while B, 11 days past due, already had level 1.
            Path file =
                    write(
                            ArFiles.HEADER
                                    + "391,C1,,A,12/2/2019,1/1/2020,100.00,No,2/15/2020,"
                                    + "Paper,75,45\n"
                                    + "391,C1,,B,12/21/2019,1/20/2020,20.50,No,2/3/2020,"
                                    + "Paper,44,14\n");

            replay(file, "--format", "json");

            assertThat(out.toString())
                    .contains("\"notices\":4,\"levels\":{\"1\":2,\"2\":1,\"3\":1}}");
        }

        @Test
        void sameDayLevelsMakeOneNotice() throws IOException {
            // A and B of one customer both reach level 1 on January 2.
            Path file =
                    write(
                            ArFiles.HEADER
                                    + "391,C1,,A,12/2/2019,1/1/2020,100.00,No,1/5/2020,"
                                    + "Paper,34,4\n"
                                    + "391,C1,,B,12/3/2019,1/1/2020,20.50,No,1/5/2020,"
                                    + "Paper,33,4\n");

            replay(file, "--format", "json");

            assertThat(out.toString())
                    .contains("\"notices\":1,\"levels\":{\"1\":2,\"2\":0,\"3\":0}}");
        }

        @Test
        void disputedInvoiceIsNeverDunned() throws IOException {
            Path file =
                    write(
                            ArFiles.HEADER
                                    + "391,C2,,D,12/2/2019,1/1/2020,300.00,Yes,3/15/2020,"
                                    + "Paper,104,74\n");

            replay(file, "--format", "json");

            assertThat(out.toString())
                    .isEqualTo(
                            "{\"invoices\":1,\"customers\":1,\"paid\":1,\"paidLate\":1,"
                                    + "\"collected\":\"300.00\",\"notices\":0,"
                                    + "\"levels\":{\"1\":0,\"2\":0,\"3\":0}}"
                                    + NL);
        }

        @Test
        void headerOnlyGivesZeros() throws IOException {
            int exitCode = replay(write(ArFiles.HEADER), "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .isEqualTo(
                            "{\"invoices\":0,\"customers\":0,\"paid\":0,\"paidLate\":0,"
                                    + "\"collected\":\"0.00\",\"notices\":0,"
                                    + "\"levels\":{\"1\":0,\"2\":0,\"3\":0}}"
                                    + NL);
        }

        @Test
        void textShowsFiguresForPeople() throws IOException {
            int exitCode = replay(write(ArFiles.SYNTHETIC));

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .isEqualTo(
                            String.join(
                                    NL,
                                    "invoices         6",
                                    "customers        4",
                                    "paid             6",
                                    "paid late        5",
                                    "collected        USD 1477.51",
                                    "notices          8",
                                    "reached level 1  4",
                                    "reached level 2  3",
                                    "reached level 3  2",
                                    ""));
        }

        @Test
        void turkishLocalePrintsDots() throws IOException {
            Path file = write(ArFiles.SYNTHETIC);
            Locale before = Locale.getDefault();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            try {
                replay(file, "--format", "json");
                replay(file);
            } finally {
                Locale.setDefault(before);
            }

            assertThat(out.toString()).contains("\"collected\":\"1477.51\"");
            assertThat(out.toString()).contains("collected        USD 1477.51");
            assertThat(out.toString()).doesNotContain("1477,51");
        }
    }

    @Nested
    class Errors {

        @Test
        void missingFileExitsOne() {
            int exitCode = replay(dir.resolve("missing.csv"));

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .isEqualTo(
                            "error: ar-csv file not found: "
                                    + dir.resolve("missing.csv")
                                    + NL
                                    + "(run again with --verbose for the stack trace)"
                                    + NL);
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void missingColumnNamesHeader() throws IOException {
            Path file =
                    write(
                            "countryCode,customerID,invoiceNumber,InvoiceDate,DueDate,"
                                    + "InvoiceAmount,Disputed\n");

            int exitCode = replay(file);

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .startsWith(
                            "error: ar.csv line 1: missing column SettledDate in the header;"
                                    + " expected the columns customerID,invoiceNumber,"
                                    + "InvoiceDate,DueDate,InvoiceAmount,Disputed,SettledDate"
                                    + NL);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "391,C1,,B,2020-01-02,2/1/2020,20.00,No,2/1/2020,Paper,30,0|invalid"
                            + " InvoiceDate \"2020-01-02\"; expected month/day/year such as"
                            + " 1/26/2013",
                    "391,C1,,B,1/2/2020,2/30/2020,20.00,No,2/1/2020,Paper,30,0|invalid"
                            + " DueDate \"2/30/2020\"; expected month/day/year such as 1/26/2013",
                    "391,C1,,B,1/2/2020,2/1/2020,\"20,50\",No,2/1/2020,Paper,30,0|invalid"
                            + " InvoiceAmount \"20,50\"; expected a number greater than 0 with a"
                            + " dot for decimals and at most 2 decimals for USD, such as 55.94",
                    "391,C1,,B,1/2/2020,2/1/2020,20.505,No,2/1/2020,Paper,30,0|invalid"
                            + " InvoiceAmount \"20.505\"; expected a number greater than 0 with a"
                            + " dot for decimals and at most 2 decimals for USD, such as 55.94",
                    "391,C1,,B,1/2/2020,2/1/2020,-5.00,No,2/1/2020,Paper,30,0|invalid"
                            + " InvoiceAmount \"-5.00\"; expected a number greater than 0 with a"
                            + " dot for decimals and at most 2 decimals for USD, such as 55.94",
                    "391,C1,,B,1/2/2020,2/1/2020,0.00,No,2/1/2020,Paper,30,0|invalid"
                            + " InvoiceAmount \"0.00\"; expected a number greater than 0 with a"
                            + " dot for decimals and at most 2 decimals for USD, such as 55.94",
                    "391,C1,,B,1/2/2020,2/1/2020,20.00,Maybe,2/1/2020,Paper,30,0|invalid"
                            + " Disputed \"Maybe\"; expected Yes or No",
                    "391,C1,,B,1/2/2020,2/1/2020,20.00,No,1/1/2020,Paper,30,0|invalid"
                            + " SettledDate \"1/1/2020\"; expected a date on or after the"
                            + " InvoiceDate 1/2/2020",
                    "391,,,B,1/2/2020,2/1/2020,20.00,No,2/1/2020,Paper,30,0|missing customerID;"
                            + " expected a value that is not blank",
                    "391,C1,,B,1/2/2020,2/1/2020,20.00,No,2/1/2020|invalid row with 9 fields;"
                            + " expected 12 fields as in the header",
                    "391,C1,,A,1/2/2020,2/1/2020,20.00,No,2/1/2020,Paper,30,0|duplicate"
                            + " invoiceNumber \"A\"; expected each invoice number once",
                })
        void badRowNamesPhysicalLine(String row, String message) throws IOException {
            // The blank third line counts, so the bad row is on line 4.
            Path file =
                    write(
                            ArFiles.HEADER
                                    + "391,C1,,A,1/2/2020,2/1/2020,10.00,No,2/1/2020,Paper,30,0\n"
                                    + "\n"
                                    + row
                                    + "\n");

            int exitCode = replay(file, "--format", "json");

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString()).startsWith("error: ar.csv line 4: " + message + NL);
            assertThat(err.toString()).doesNotContain("\tat ");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void verbosePrintsStackTrace() {
            int exitCode = replay(dir.resolve("missing.csv"), "--verbose");

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .contains("CommandInputException: ar-csv file not found")
                    .contains("\tat io.github.tahsilat.examples.ArInvoiceCsv")
                    .doesNotContain("run again with --verbose");
        }

        @Test
        void unknownFormatExitsTwo() throws IOException {
            int exitCode = replay(write(ArFiles.HEADER), "--format", "yaml");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString())
                    .startsWith(
                            "Invalid value for option '--format': expected one of [json, text]"
                                    + " (case-sensitive) but was 'yaml'");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void missingFileOptionExitsTwo() {
            int exitCode = cli.run("replay", "--format", "json");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).startsWith("Missing required option: '--ar-csv=FILE'");
        }
    }

    @Nested
    class Help {

        @Test
        void helpDescribesRules() {
            int exitCode = cli.run("replay", "--help");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .contains("--ar-csv=FILE")
                    .contains("1, 15 and 30")
                    .contains("--format=FORMAT");
        }
    }
}
