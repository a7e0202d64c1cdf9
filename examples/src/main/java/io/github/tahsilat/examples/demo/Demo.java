package io.github.tahsilat.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The {@code demo} command's work: generates a scenario, replays it, prints the summary and writes
 * the HTML report. Stateless.
 */
public final class Demo {

    private Demo() {}

    /**
     * Runs the demo and returns the path of the HTML report.
     *
     * @param seed the scenario's seed
     * @param customers the number of customers, from 1 to {@value ScenarioGenerator#MAX_CUSTOMERS}
     * @param months the number of months, from 1 to {@value ScenarioGenerator#MAX_MONTHS}
     * @param folder the output folder for the report, the statements and the outbox
     * @param out where the summary goes
     * @param progressTerminal where the progress bar goes, or {@code null} for none
     * @throws IllegalArgumentException if {@code customers} or {@code months} is out of range
     * @throws java.io.UncheckedIOException if a file cannot be written or read
     */
    public static Path run(
            long seed,
            int customers,
            int months,
            Path folder,
            PrintWriter out,
            PrintWriter progressTerminal) {
        DemoScenario scenario = ScenarioGenerator.generate(seed, customers, months);
        DemoReplay.Progress progress =
                progressTerminal == null
                        ? (done, total, day) -> {}
                        : new ProgressBar(progressTerminal);
        DemoResult result = DemoReplay.run(scenario, folder, progress);
        TerminalSummary.print(result, out);
        Path report = HtmlReport.write(result, folder);
        out.println();
        out.println("Report:     " + report.toAbsolutePath());
        out.println("Statements: " + folder.resolve("statements").toAbsolutePath());
        out.println("Notices:    " + folder.resolve("outbox").toAbsolutePath());
        out.flush();
        return report;
    }
}
