package io.github.tahsilat.einvoice;

import io.github.tahsilat.einvoice.internal.ubl.UblDocumentReader;
import io.github.tahsilat.einvoice.internal.xml.SecureXmlParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads UBL 2.1 Invoice and CreditNote documents: UBL-TR e-Fatura and e-Arşiv, PEPPOL BIS Billing
 * 3.0 and EN 16931.
 *
 * <p>The XML is parsed with the JDK's StAX parser. A document with a DTD is rejected, so no
 * external entity is ever resolved. Elements the model does not use are skipped. A missing or
 * malformed element the model needs fails with an {@link EInvoiceFormatException} that names its
 * path, such as {@code /Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount}, and what was expected.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EInvoiceReader {

    private EInvoiceReader() {}

    /** Returns a reader. */
    public static EInvoiceReader create() {
        return new EInvoiceReader();
    }

    /**
     * Reads one document from {@code input}, to its end. The stream is not closed.
     *
     * @throws NullPointerException if {@code input} is {@code null}
     * @throws EInvoiceFormatException if the document is not well-formed XML, has a DTD, is not a
     *     UBL 2.1 Invoice or CreditNote, or lacks or misprints an element the model needs
     */
    public EInvoice read(InputStream input) {
        Objects.requireNonNull(input, "input");
        return UblDocumentReader.read(new SecureXmlParser().parse(input));
    }

    /**
     * Reads one document from {@code xml}.
     *
     * @throws NullPointerException if {@code xml} is {@code null}
     * @throws EInvoiceFormatException as {@link #read(InputStream)} does
     */
    public EInvoice read(byte[] xml) {
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
    public EInvoice read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream input = Files.newInputStream(file)) {
            return read(input);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read e-invoice file " + file, e);
        }
    }
}
