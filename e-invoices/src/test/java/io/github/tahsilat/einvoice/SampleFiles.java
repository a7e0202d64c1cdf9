package io.github.tahsilat.einvoice;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the public UBL sample files beside the clone, through the system property {@code
 * tahsilat.sharedData} that the parent POM passes to the tests. The files are read in place and
 * never copied into the project.
 */
final class SampleFiles {

    private SampleFiles() {}

    /**
     * Returns the UBL sample folder. Without it the calling test is skipped with the reason, except
     * on CI ({@code CI=true}), where a missing folder fails the test.
     */
    static Path ublFolder() {
        String base = System.getProperty("tahsilat.sharedData");
        Path folder = base == null ? null : Path.of(base, "ubl");
        boolean present = folder != null && Files.isDirectory(folder);
        String reason =
                "UBL sample folder not found at "
                        + folder
                        + "; set the system property tahsilat.sharedData to the shared data folder";
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(reason);
        }
        assumeTrue(present, reason);
        return folder;
    }

    /** Returns the sample file {@code name}, skipping or failing as {@link #ublFolder()} does. */
    static Path ubl(String name) {
        return ublFolder().resolve(name);
    }
}
