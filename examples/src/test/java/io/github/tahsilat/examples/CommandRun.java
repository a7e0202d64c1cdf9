package io.github.tahsilat.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the examples command line in-process for the command tests and keeps what it printed, and
 * writes the input files of those tests. Each test gets its own instance.
 */
final class CommandRun {

    /** Everything the runs printed to standard output. */
    final StringWriter out = new StringWriter();

    /** Everything the runs printed to standard error. */
    final StringWriter err = new StringWriter();

    /** Runs the command line {@code args} through {@link Main} and returns its exit code. */
    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Runs the arguments of {@code command}, then {@code more}, and returns the exit code. */
    int run(List<String> command, String... more) {
        List<String> args = new ArrayList<>(command);
        args.addAll(Arrays.asList(more));
        return run(args.toArray(String[]::new));
    }

    /** Writes {@code content} as UTF-8 to {@code dir/name} and returns the path. */
    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
