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

class AgingCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir Path dir;

    private final CommandRun cli = new CommandRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int aging(Path file, String asOf, String... more) {
        return cli.run(List.of("aging", "--ar-csv", file.toString(), "--as-of", asOf), more);
    }

    private static String json(
            String asOf,
            int open,
            String current,
            String upTo30,
            String upTo60,
            String upTo90,
            String over90,
            String total) {
        return "{\"asOf\":\""
                + asOf
                + "\",\"currency\":\"USD\",\"openInvoices\":"
                + open
                + ",\"buckets\":{\"current\":\""
                + current
                + "\",\"1-30\":\""
                + upTo30
                + "\",\"31-60\":\""
                + upTo60
                + "\",\"61-90\":\""
                + upTo90
                + "\",\"91+\":\""
                + over90
                + "\"},\"total\":\""
                + total
                + "\"}"
                + NL;
    }

    @Nested
    class SampleData {

        /**
         * Expected figures from a short Python script, run once, that reads the CSV with the
         * standard csv module and, for each date, sums the InvoiceAmount of the rows with
         * InvoiceDate <= date < SettledDate with decimal.Decimal, by days past due (date minus
         * DueDate): 0 or less, 1-30, 31-60, 61-90, 91 or more. It shares no code with the library.
         * 2012-01-03 is the first InvoiceDate and 2014-01-09 the last SettledDate. On 2013-01-17
         * two open invoices are due that day and one is 30 days past due; on 2013-01-18 that one is
         * 31 days past due.
         */
        @ParameterizedTest
        @CsvSource({
            "2012-01-02,   0,    0.00,   0.00,  0.00, 0.00, 0.00,    0.00",
            "2012-01-03,   5,  290.68,   0.00,  0.00, 0.00, 0.00,  290.68",
            "2013-01-17, 101, 5433.19, 579.44,  0.00, 0.00, 0.00, 6012.63",
            "2013-01-18, 103, 5508.32, 557.14, 86.39, 0.00, 0.00, 6151.85",
            "2013-06-30,  84, 4284.29, 835.56,  0.00, 0.00, 0.00, 5119.85",
            "2014-01-08,   1,    0.00,  84.38,  0.00, 0.00, 0.00,   84.38",
            "2014-01-09,   0,    0.00,   0.00,  0.00, 0.00, 0.00,    0.00",
        })
        void agingMatchesIndependentFigures(
                String asOf,
                int open,
                String current,
                String upTo30,
                String upTo60,
                String upTo90,
                String over90,
                String total) {
            int exitCode = aging(ArFiles.sample(), asOf, "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .isEqualTo(json(asOf, open, current, upTo30, upTo60, upTo90, over90, total));
            assertThat(err.toString()).isEmpty();
        }
    }

    @Nested
    class Synthetic {

        /** Worked out by hand from the invoices listed in {@link ArFiles#SYNTHETIC}. */
        @ParameterizedTest
        @CsvSource({
            "2019-12-01, 0,    0.00,    0.00,    0.00,    0.00,    0.00,    0.00",
            "2019-12-02, 3, 1400.01,    0.00,    0.00,    0.00,    0.00, 1400.01",
            "2020-01-01, 4, 1420.51,    0.00,    0.00,    0.00,    0.00, 1420.51",
            "2020-01-31, 5,    7.00, 1420.51,    0.00,    0.00,    0.00, 1427.51",
            "2020-03-01, 3,    0.00,   50.00, 1300.01,    0.00,    0.00, 1350.01",
            "2020-03-02, 3,    0.00,   50.00,    0.00, 1300.01,    0.00, 1350.01",
            "2020-03-10, 2,    0.00,    0.00,    0.00, 1300.01,    0.00, 1300.01",
            "2020-03-31, 1,    0.00,    0.00,    0.00, 1000.01,    0.00, 1000.01",
            "2020-04-01, 1,    0.00,    0.00,    0.00,    0.00, 1000.01, 1000.01",
            "2020-05-31, 1,    0.00,    0.00,    0.00,    0.00, 1000.01, 1000.01",
            "2020-06-01, 0,    0.00,    0.00,    0.00,    0.00,    0.00,    0.00",
        })
        void bucketsFollowDaysPastDue(
                String asOf,
                int open,
                String current,
                String upTo30,
                String upTo60,
                String upTo90,
                String over90,
                String total)
                throws IOException {
            Path file = CommandRun.write(dir, "ar.csv", ArFiles.SYNTHETIC);

            int exitCode = aging(file, asOf, "--format", "json");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .isEqualTo(json(asOf, open, current, upTo30, upTo60, upTo90, over90, total));
        }

        @Test
        void disputedInvoiceIsAged() throws IOException {
            Path file =
                    CommandRun.write(
                            dir,
                            "ar.csv",
                            ArFiles.HEADER
                                    + "391,C2,,D,12/2/2019,1/1/2020,300.00,Yes,3/15/2020,"
                                    + "Paper,104,74\n");

            aging(file, "2020-03-10", "--format", "json");

            assertThat(out.toString())
                    .isEqualTo(
                            json(
                                    "2020-03-10",
                                    1,
                                    "0.00",
                                    "0.00",
                                    "0.00",
                                    "300.00",
                                    "0.00",
                                    "300.00"));
        }

        @Test
        void textShowsBucketsForPeople() throws IOException {
            Path file = CommandRun.write(dir, "ar.csv", ArFiles.SYNTHETIC);

            int exitCode = aging(file, "2020-03-01");

            assertThat(exitCode).isZero();
            assertThat(out.toString())
                    .isEqualTo(
                            String.join(
                                    NL,
                                    "Aging as of 2020-03-01 in USD, 3 open invoices",
                                    "current          0.00",
                                    "1-30            50.00",
                                    "31-60         1300.01",
                                    "61-90            0.00",
                                    "91+              0.00",
                                    "total         1350.01",
                                    ""));
        }

        @Test
        void turkishLocalePrintsDots() throws IOException {
            Path file = CommandRun.write(dir, "ar.csv", ArFiles.SYNTHETIC);
            Locale before = Locale.getDefault();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            try {
                aging(file, "2020-03-01", "--format", "json");
                aging(file, "2020-03-01");
            } finally {
                Locale.setDefault(before);
            }

            assertThat(out.toString()).contains("\"31-60\":\"1300.01\"");
            assertThat(out.toString()).contains("31-60         1300.01");
            assertThat(out.toString()).doesNotContain("1300,01");
        }
    }

    @Nested
    class Errors {

        @Test
        void dayFirstDateExitsTwo() throws IOException {
            Path file = CommandRun.write(dir, "ar.csv", ArFiles.SYNTHETIC);

            int exitCode = aging(file, "30/06/2013");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString())
                    .startsWith(
                            "Invalid value for option '--as-of': invalid date '30/06/2013';"
                                    + " expected YYYY-MM-DD, such as 2013-06-30");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void missingAsOfExitsTwo() throws IOException {
            Path file = CommandRun.write(dir, "ar.csv", ArFiles.SYNTHETIC);

            int exitCode = cli.run("aging", "--ar-csv", file.toString());

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).startsWith("Missing required option: '--as-of=YYYY-MM-DD'");
        }

        @Test
        void missingFileExitsOne() {
            int exitCode = aging(dir.resolve("missing.csv"), "2020-03-01", "--format", "json");

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .startsWith("error: ar-csv file not found: " + dir.resolve("missing.csv"));
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void badDateNamesLine() throws IOException {
            Path file =
                    CommandRun.write(
                            dir,
                            "ar.csv",
                            ArFiles.HEADER
                                    + "391,C1,,A,1/2/2020,2/1/2020,10.00,No,2/1/2020,Paper,30,0\n"
                                    + "391,C1,,B,1/2/2020,13/1/2020,10.00,No,2/1/2020,Paper,30,0\n");

            int exitCode = aging(file, "2020-03-01");

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .isEqualTo(
                            "error: ar.csv line 3: invalid DueDate \"13/1/2020\"; expected"
                                    + " month/day/year such as 1/26/2013"
                                    + NL
                                    + "(run again with --verbose for the stack trace)"
                                    + NL);
        }
    }
}
