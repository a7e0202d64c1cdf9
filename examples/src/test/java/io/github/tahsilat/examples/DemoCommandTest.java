package io.github.tahsilat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private final CommandRun cli = new CommandRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @Test
    void demoPrintsDueSchedules() {
        int exitCode = cli.run("demo", "--due-schedules");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains("EOM+45")
                .contains("2021-11-14")
                .contains("45+EOM")
                .contains("2021-10-31")
                .contains("2020-07-31");
    }

    @Test
    void demoRollsOverKurbanBayrami() {
        cli.run("demo", "--due-schedules");

        String row =
                out.toString()
                        .lines()
                        .filter(line -> line.startsWith("TR-2025-0010"))
                        .findFirst()
                        .orElseThrow();
        assertThat(row).contains("2025-06-10").contains("TRY 2525.00");
    }

    @Test
    void monthlyInstallmentsStayOnMonthEnds() {
        cli.run("demo", "--due-schedules");

        assertThat(out.toString())
                .contains("2024-02-29")
                .contains("2024-03-31")
                .contains("2024-04-30");
    }

    @Test
    void smallReplayWritesReport(@TempDir Path folder) {
        int exitCode =
                cli.run("demo", "--customers", "8", "--months", "2", "--out", folder.toString());

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains("Invoices issued")
                .contains("Bank lines auto-applied")
                .contains("Cheques and notes received")
                .contains("Notices at level 1")
                .contains("Report:     " + folder.resolve("index.html").toAbsolutePath());
        assertThat(folder.resolve("index.html")).isRegularFile();
        assertThat(folder.resolve("statements").resolve("camt053-2024-01-02.xml")).isRegularFile();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void sameSeedPrintsSameFigures(@TempDir Path first, @TempDir Path second) throws Exception {
        cli.run(
                "demo",
                "--seed",
                "5",
                "--customers",
                "6",
                "--months",
                "1",
                "--out",
                first.toString());
        String firstRun = figures(out.toString());
        out.getBuffer().setLength(0);
        cli.run(
                "demo",
                "--seed",
                "5",
                "--customers",
                "6",
                "--months",
                "1",
                "--out",
                second.toString());

        assertThat(figures(out.toString())).isEqualTo(firstRun);
        assertThat(Files.readString(second.resolve("statements").resolve("camt053-2024-01-31.xml")))
                .isEqualTo(
                        Files.readString(
                                first.resolve("statements").resolve("camt053-2024-01-31.xml")));
    }

    /** Returns the summary without the line that states the run time and the output paths. */
    private static String figures(String summary) {
        return summary.lines()
                .filter(line -> !line.contains("replayed in") && !line.contains("/"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void zeroCustomersExitsTwo() {
        int exitCode = cli.run("demo", "--customers", "0");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "Invalid value for option '--customers': 0; expected a number from 1 to 10000");
    }

    @Test
    void helpNamesEveryOption() {
        int exitCode = cli.run("demo", "--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains("--seed=N")
                .contains("--customers=N")
                .contains("--months=N")
                .contains("--out=DIR")
                .contains("--due-schedules")
                .contains("default: target/tahsilat-demo");
    }

    @Test
    void unknownOptionExitsTwo() {
        int exitCode = cli.run("demo", "--as-of", "30/06/2013");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
    }
}
