package io.github.tahsilat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void demoPrintsDueSchedules() {
        int exitCode = run("demo");

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
        run("demo");

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
        run("demo");

        assertThat(out.toString())
                .contains("2024-02-29")
                .contains("2024-03-31")
                .contains("2024-04-30");
    }

    @Test
    void unknownOptionExitsTwo() {
        int exitCode = run("demo", "--as-of", "30/06/2013");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
    }
}
