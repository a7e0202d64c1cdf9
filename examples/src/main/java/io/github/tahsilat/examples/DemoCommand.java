package io.github.tahsilat.examples;

import io.github.tahsilat.examples.demo.Demo;
import io.github.tahsilat.examples.demo.ScenarioGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Replays a seeded demo company through the library and reports what happened. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Generates a wholesale company with customers paying in TRY, EUR and USD, and replays"
                    + " its receivables day by day through the library on the in-memory store:"
                    + " invoices with mixed terms (installments, early-payment discounts), credit"
                    + " notes, disputes, promises to pay, and each business day a camt.053 bank"
                    + " statement written to the output folder, imported, matched and booked,"
                    + " followed by a dunning run with three levels. Prints a summary and writes"
                    + " an HTML report with charts that opens offline.",
            "The same seed, customer count and month count give the same figures.",
            "Exit codes: 0 done, 1 a file could not be written or read, 2 the command line is"
                    + " invalid."
        })
final class DemoCommand implements Callable<Integer> {

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "20240101",
            description = "The seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--customers",
            paramLabel = "N",
            defaultValue = "2000",
            description =
                    "The number of customers, from 1 to "
                            + ScenarioGenerator.MAX_CUSTOMERS
                            + " (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(
            names = "--months",
            paramLabel = "N",
            defaultValue = "24",
            description =
                    "The number of months replayed from 2024-01-01, from 1 to "
                            + ScenarioGenerator.MAX_MONTHS
                            + " (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "target/tahsilat-demo",
            description =
                    "The output folder for index.html, the camt.053 files (statements/) and the"
                            + " first notices (outbox/); created if missing (default:"
                            + " ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--due-schedules",
            description =
                    "Print the due schedules of ten sample invoices with different payment terms"
                            + " instead of the replay.")
    boolean dueSchedules;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter output = spec.commandLine().getOut();
        if (dueSchedules) {
            DueScheduleDemo.print(output);
            output.flush();
            return 0;
        }
        check("--customers", customers, ScenarioGenerator.MAX_CUSTOMERS);
        check("--months", months, ScenarioGenerator.MAX_MONTHS);
        // The bar redraws one line with carriage returns, which only a terminal shows well.
        PrintWriter progress = System.console() != null ? spec.commandLine().getErr() : null;
        Demo.run(seed, customers, months, out, output, progress);
        return 0;
    }

    private void check(String option, int value, int maximum) {
        if (value < 1 || value > maximum) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '"
                            + option
                            + "': "
                            + value
                            + "; expected a number from 1 to "
                            + maximum);
        }
    }
}
