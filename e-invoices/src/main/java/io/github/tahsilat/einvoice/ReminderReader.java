package io.github.tahsilat.einvoice;

import io.github.tahsilat.einvoice.internal.ubl.UblReminderReader;
import io.github.tahsilat.einvoice.internal.xml.SecureXmlParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads UBL 2.1 Reminder documents, such as those {@link ReminderWriter} writes.
 *
 * <p>The XML is parsed with the JDK's StAX parser, as {@link EInvoiceReader} does: a document with
 * a DTD is rejected, so no external entity is ever resolved. Elements the model does not use are
 * skipped, and text loses its leading and trailing whitespace. A missing or malformed element the
 * model needs fails with an {@link EInvoiceFormatException} that names its path, such as {@code
 * /Reminder/cac:ReminderLine/cbc:DebitLineAmount}, and what was expected.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReminderReader {

    private ReminderReader() {}

    /** Returns a reader. */
    public static ReminderReader create() {
        return new ReminderReader();
    }

    /**
     * Reads one document from {@code input}, to its end. The stream is not closed.
     *
     * @throws NullPointerException if {@code input} is {@code null}
     * @throws EInvoiceFormatException if the document is not well-formed XML, has a DTD, is not a
     *     UBL 2.1 Reminder, or lacks or misprints an element the model needs
     */
    public Reminder read(InputStream input) {
        Objects.requireNonNull(input, "input");
        return UblReminderReader.read(new SecureXmlParser().parse(input));
    }

    /**
     * Reads one document from {@code xml}.
     *
     * @throws NullPointerException if {@code xml} is {@code null}
     * @throws EInvoiceFormatException as {@link #read(InputStream)} does
     */
    public Reminder read(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        return read(new ByteArrayInputStream(xml));
    }

    /**
     * Reads one document from {@code file}.
     *
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws UncheckedIOException if the file cannot be read
     * @throws EInvoiceFormatException as {@link #read(InputStream)} does
     */
    public Reminder read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream input = Files.newInputStream(file)) {
            return read(input);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read Reminder file " + file, e);
        }
    }
}
