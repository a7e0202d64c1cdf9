package io.github.tahsilat.internal.resource;

import io.github.tahsilat.error.TahsilatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Reads data files that ship inside the core jar, such as holiday tables.
 *
 * <p>This is the only class in {@code core} that does I/O, and it reads nothing but the jar's own
 * resources; an architecture test enforces both. Thread-safe and stateless.
 */
public final class ClasspathResources {

    private ClasspathResources() {}

    /**
     * Reads a UTF-8 text resource of the core module as lines.
     *
     * @param path the resource path relative to the class path root, without a leading slash, for
     *     example {@code "io/github/tahsilat/calendar/turkey-holidays.txt"}
     * @return the lines in file order, without line terminators
     * @throws TahsilatException if the resource is missing or cannot be read, which means the jar
     *     is damaged
     */
    public static List<String> readLines(String path) {
        Objects.requireNonNull(path, "path");
        // Module#getResourceAsStream finds the resource on the module path and the class path
        // alike.
        try (InputStream in = ClasspathResources.class.getModule().getResourceAsStream(path)) {
            if (in == null) {
                throw new TahsilatException(
                        "resource not found in tahsilat-core: " + path + "; the jar is incomplete");
            }
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read resource " + path, e);
        }
    }
}
