package io.github.tahsilat.bankstatement;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the public sample statements that live beside the clone. The build passes the folder in
 * the system property {@code tahsilat.sharedData}. When it is missing, tests are skipped with the
 * reason, except under CI ({@code CI=true}), where a missing folder fails the build.
 */
final class SharedData {
    private SharedData() {}

    /** Returns a sample file, or skips (fails under CI) when the sample folder is missing. */
    static Path file(String folder, String name) {
        String root = System.getProperty("tahsilat.sharedData");
        Path file = root == null ? null : Path.of(root, folder, name);
        if (file == null || !Files.isRegularFile(file)) {
            String reason =
                    "sample file "
                            + folder
                            + "/"
                            + name
                            + " not found under tahsilat.sharedData="
                            + root;
            if ("true".equals(System.getenv("CI"))) {
                fail(reason + "; CI must have the shared sample folder");
            }
            Assumptions.abort(reason);
        }
        return file;
    }

    /** Reads every statement of a sample file. */
    static java.util.List<Statement> read(String folder, String name) {
        return StatementReaders.builtIn().readAll(file(folder, name));
    }
}
