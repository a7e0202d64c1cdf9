package io.github.tahsilat.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the public sample files that live beside the clone, in the folder that the build passes in
 * the system property {@code tahsilat.sharedData}. A missing file skips the test with the reason,
 * or fails it when the environment variable {@code CI} is {@code true}.
 */
final class SampleFiles {

    private SampleFiles() {}

    /** Returns the sample {@code folder/name}, or skips (fails under CI) when it is missing. */
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
}
