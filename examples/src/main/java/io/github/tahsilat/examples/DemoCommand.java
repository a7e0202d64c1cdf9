package io.github.tahsilat.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the library on a seeded demo company and prints what happened. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Shows invoices with different payment terms and their due schedules.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        DueScheduleDemo.print(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
