package io.github.tahsilat.examples;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the examples jar: a command line over the library.
 *
 * <p>Exit codes: 0 on success, 1 when the command failed on its input (a missing file, a bad row),
 * 2 when the command line itself is invalid. A stack trace is printed only with {@code --verbose}.
 */
@Command(
        name = "tahsilat-examples",
        mixinStandardHelpOptions = true,
        version = "Tahsilat examples 0.1.0-SNAPSHOT",
        description = "Runs Tahsilat, the receivables collection library, on demo or real data.",
        subcommands = {
            DemoCommand.class,
            ReplayCommand.class,
            AgingCommand.class,
            ReconcileCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    /**
     * The logger through which Moneta reports its MathContext at INFO on first use, quieted so that
     * the command line keeps the terminal for its own output. This field keeps it reachable,
     * because java.util.logging keeps only weak references to loggers and a logger that is
     * collected loses its level.
     */
    private static final java.util.logging.Logger MONETA_LOG =
            java.util.logging.Logger.getLogger("org.javamoney.moneta");

    private Main() {}

    /**
     * Runs the command named by the first argument and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        MONETA_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests. */
    static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error streams, for tests. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ConciseErrors());
        ReconcileCommand.describeDefaults(commandLine.getSubcommands().get("reconcile"));
        return commandLine.execute(args);
    }

    /** Prints a failure as one line naming what failed, and the stack trace only when asked. */
    private static final class ConciseErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(
                Exception failure, CommandLine commandLine, ParseResult parseResult) {
            // parseResult is the top command's; --verbose belongs to the subcommand that failed.
            ParseResult failed = commandLine.getParseResult();
            boolean verbose = failed != null && failed.hasMatchedOption("--verbose");
            commandLine.getErr().println("error: " + failure.getMessage());
            if (verbose) {
                failure.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(run again with --verbose for the stack trace)");
            }
            return 1;
        }
    }
}
