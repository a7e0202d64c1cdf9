package io.github.tahsilat.bankstatement;

import io.github.tahsilat.bankstatement.internal.camt.CamtReader;
import io.github.tahsilat.bankstatement.internal.mt940.Mt940Reader;
import io.github.tahsilat.bankstatement.spi.StatementReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of statement readers: picks a reader by the first bytes of the input and reads with
 * it.
 *
 * <p>{@link #builtIn()} reads ISO 20022 camt.052, camt.053 and camt.054 (versions 02 to 13) and
 * MT940. A host adds its own readers with {@link #with}; they are asked before the built-in ones.
 * Instances are immutable and safe to share between threads.
 */
public final class StatementReaders {
    /** The number of bytes that readers receive to recognize an input. */
    public static final int SNIFF_SIZE = 8192;

    private final List<StatementReader> readers;

    private StatementReaders(List<StatementReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Returns a registry with the camt reader and an MT940 reader for UTF-8 files. */
    public static StatementReaders builtIn() {
        return builtIn(StandardCharsets.UTF_8);
    }

    /**
     * Returns a registry with the camt reader and an MT940 reader for files in another character
     * set, such as ISO-8859-1. camt documents declare their own encoding.
     *
     * @param mt940Charset the character set of MT940 files; bytes it cannot decode become U+FFFD
     * @return the registry
     * @throws NullPointerException when {@code mt940Charset} is null
     */
    public static StatementReaders builtIn(Charset mt940Charset) {
        return new StatementReaders(List.of(new CamtReader(), new Mt940Reader(mt940Charset)));
    }

    /**
     * Returns a registry with exactly the given readers, asked in list order.
     *
     * @param readers the readers
     * @return the registry
     * @throws NullPointerException when the list or an element is null
     */
    public static StatementReaders of(List<StatementReader> readers) {
        return new StatementReaders(readers);
    }

    /**
     * Returns a registry that tries {@code reader} first, then this registry's readers.
     *
     * @param reader the host's reader
     * @return a new registry; this one is unchanged
     * @throws NullPointerException when {@code reader} is null
     */
    public StatementReaders with(StatementReader reader) {
        List<StatementReader> all = new ArrayList<>();
        all.add(Objects.requireNonNull(reader, "reader"));
        all.addAll(readers);
        return new StatementReaders(all);
    }

    /** Returns the readers in the order they are asked. */
    public List<StatementReader> readers() {
        return readers;
    }

    /**
     * Returns the first reader that recognizes an input.
     *
     * @param head the first bytes of the input, up to {@link #SNIFF_SIZE}
     * @return the reader, or empty when none recognizes it
     */
    public Optional<StatementReader> find(byte[] head) {
        return readers.stream().filter(reader -> reader.canRead(head)).findFirst();
    }

    /**
     * Reads every statement of an input, one entry at a time.
     *
     * @param input the input; it is not closed
     * @param sourceName the name used in error messages
     * @param visitor receives the statements
     * @throws StatementFormatException when no reader recognizes the input or the input is
     *     malformed
     * @throws UncheckedIOException when reading the input fails
     */
    public void read(InputStream input, String sourceName, StatementVisitor visitor) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(visitor, "visitor");
        try {
            BufferedInputStream buffered = new BufferedInputStream(input, SNIFF_SIZE);
            buffered.mark(SNIFF_SIZE);
            byte[] head = buffered.readNBytes(SNIFF_SIZE);
            buffered.reset();
            StatementReader reader =
                    find(head)
                            .orElseThrow(
                                    () ->
                                            new StatementFormatException(
                                                    sourceName,
                                                    -1,
                                                    -1,
                                                    "no reader recognizes the input",
                                                    "an ISO 20022 camt.052, camt.053 or camt.054"
                                                            + " document or an MT940 statement,"
                                                            + " or register a reader for this"
                                                            + " format"));
            reader.read(buffered, sourceName, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read bank statement " + sourceName, e);
        }
    }

    /**
     * Reads every statement of a file, one entry at a time.
     *
     * @param file the file
     * @param visitor receives the statements
     * @throws StatementFormatException when no reader recognizes the file or it is malformed
     * @throws UncheckedIOException when the file cannot be read
     */
    public void read(Path file, StatementVisitor visitor) {
        try (InputStream input = Files.newInputStream(file)) {
            read(input, file.getFileName().toString(), visitor);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read bank statement " + file, e);
        }
    }

    /**
     * Reads every statement of an input into memory. Meant for small inputs; use {@link
     * #read(InputStream, String, StatementVisitor)} for large ones.
     *
     * @param input the input; it is not closed
     * @param sourceName the name used in error messages
     * @return the statements in file order
     * @throws StatementFormatException when no reader recognizes the input or it is malformed
     * @throws UncheckedIOException when reading the input fails
     */
    public List<Statement> readAll(InputStream input, String sourceName) {
        CollectingVisitor collector = new CollectingVisitor();
        read(input, sourceName, collector);
        return collector.statements();
    }

    /**
     * Reads every statement of a file into memory. Meant for small files.
     *
     * @param file the file
     * @return the statements in file order
     * @throws StatementFormatException when no reader recognizes the file or it is malformed
     * @throws UncheckedIOException when the file cannot be read
     */
    public List<Statement> readAll(Path file) {
        CollectingVisitor collector = new CollectingVisitor();
        read(file, collector);
        return collector.statements();
    }

    /** Collects whole statements for {@link #readAll}. */
    private static final class CollectingVisitor implements StatementVisitor {
        private final List<Statement> statements = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();

        @Override
        public void entry(StatementHeader header, Entry entry) {
            entries.add(entry);
        }

        @Override
        public void endStatement(StatementSummary summary) {
            statements.add(
                    new Statement(
                            summary.header(), summary.balances(), entries, summary.findings()));
            entries.clear();
        }

        List<Statement> statements() {
            return List.copyOf(statements);
        }
    }
}
