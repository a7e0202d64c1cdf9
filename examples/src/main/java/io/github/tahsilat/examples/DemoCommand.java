package io.github.tahsilat.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the library on a seeded demo company and prints what happened. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Shows invoices with different payment terms and their due schedules.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    @Override
    public Integer call() {
        // TODO: replace with the due-schedule table once the term kinds land.
        System.out.println("Tahsilat demo");
        return 0;
    }
}
