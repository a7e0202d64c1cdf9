package io.github.tahsilat.bankstatement.spi;

import io.github.tahsilat.bankstatement.StatementFormatException;
import io.github.tahsilat.bankstatement.StatementVisitor;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one statement format into the model.
 *
 * <p>Implementations must be safe to call from several threads at once, each call with its own
 * stream, and must hand each entry to the visitor as soon as it is read rather than collect the
 * file first.
 */
public interface StatementReader {
    /** Returns a short name for the format, for example {@code "camt"} or {@code "MT940"}. */
    String formatName();

    /**
     * Returns whether this reader recognizes the input from its first bytes. It must not assume
     * that the whole input fits in {@code head}.
     *
     * @param head the first bytes of the input, at most {@link
     *     io.github.tahsilat.bankstatement.StatementReaders#SNIFF_SIZE} bytes; fewer when the input
     *     is shorter
     * @return {@code true} when {@link #read} should be able to read the input
     */
    boolean canRead(byte[] head);

    /**
     * Reads every statement of the input and hands it to the visitor.
     *
     * @param input the whole input from its first byte; the reader does not close it
     * @param sourceName the name used in error messages, for example the file name
     * @param visitor receives the statements
     * @throws StatementFormatException when the input is malformed, naming the position
     * @throws IOException when reading the input fails
     */
    void read(InputStream input, String sourceName, StatementVisitor visitor) throws IOException;
}
