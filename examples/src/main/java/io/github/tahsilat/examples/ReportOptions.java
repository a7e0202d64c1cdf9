package io.github.tahsilat.examples;

import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --format} and {@code --verbose} options of a command that prints one report, mixed
 * into the command with {@code @Mixin}, and the printing of that report in the chosen format.
 *
 * <p>{@link Main} reads {@code --verbose} from the parse result of the command that failed. Not
 * thread-safe; picocli fills one instance per command line.
 */
final class ReportOptions {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description =
                    "The output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Prints the report to the command's output and flushes it. For {@code --format json} it prints
     * the text from {@code json} and a line break, otherwise what {@code text} writes.
     */
    void print(Supplier<String> json, Consumer<PrintWriter> text) {
        PrintWriter out = command.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(json.get());
        } else {
            text.accept(out);
        }
        out.flush();
    }
}
