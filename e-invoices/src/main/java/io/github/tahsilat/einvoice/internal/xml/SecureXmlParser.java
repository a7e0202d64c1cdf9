package io.github.tahsilat.einvoice.internal.xml;

import io.github.tahsilat.einvoice.EInvoiceFormatException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses an XML document into an {@link XmlElement} tree with the JDK's own StAX parser.
 *
 * <p>A document with a DTD is rejected before any entity in it is resolved, so neither external
 * entities (XXE) nor entity expansion can reach a file or a host. The parser is also configured not
 * to load external DTDs or schemas. Thread-safe: each call uses its own stream reader.
 */
public final class SecureXmlParser {

    /** The maximum element depth; UBL documents nest about ten levels. */
    private static final int MAX_DEPTH = 64;

    private final XMLInputFactory factory;

    /** Creates a parser with DTDs and external entities switched off. */
    public SecureXmlParser() {
        // The JDK's implementation, not one a host put on the class path, so the settings hold.
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    /**
     * Parses {@code input} to the end and returns the document element. The stream is not closed.
     *
     * @throws EInvoiceFormatException if the document has a DTD, is not well-formed XML, nests
     *     deeper than 64 elements, or has no document element
     */
    public XmlElement parse(InputStream input) {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(input);
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD ->
                            throw new EInvoiceFormatException(
                                    "/",
                                    "a document type declaration (DTD)",
                                    "a document without a DTD; e-invoices never need one, and"
                                            + " DTDs can read local files through entities");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new EInvoiceFormatException(
                                    pathOf(open),
                                    "a reference to the entity " + reader.getLocalName(),
                                    "text without entity references");
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlElement element = start(reader, open);
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().addChild(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().appendText(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    default -> {
                        // Comments, processing instructions and whitespace carry no data.
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw notWellFormed(open, e);
        } finally {
            close(reader);
        }
        if (root == null) {
            throw new EInvoiceFormatException("/", "an empty document", "an XML document");
        }
        return root;
    }

    private static XmlElement start(XMLStreamReader reader, Deque<XmlElement> open) {
        if (open.size() >= MAX_DEPTH) {
            throw new EInvoiceFormatException(
                    pathOf(open),
                    "elements nested more than " + MAX_DEPTH + " levels deep",
                    "a UBL document");
        }
        String name =
                XmlNames.displayName(
                        reader.getNamespaceURI(), reader.getPrefix(), reader.getLocalName());
        String parentPath = open.isEmpty() ? "" : open.peek().path();
        Location location = reader.getLocation();
        XmlElement element =
                new XmlElement(
                        reader.getNamespaceURI(),
                        reader.getLocalName(),
                        parentPath + "/" + name,
                        location == null ? -1 : location.getLineNumber());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attributeNamespace = reader.getAttributeNamespace(i);
            if (attributeNamespace == null || attributeNamespace.isEmpty()) {
                element.addAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }
        return element;
    }

    private static EInvoiceFormatException notWellFormed(
            Deque<XmlElement> open, XMLStreamException e) {
        Location location = e.getLocation();
        String where =
                location == null
                        ? ""
                        : " at line "
                                + location.getLineNumber()
                                + ", column "
                                + location.getColumnNumber();
        String detail = e.getMessage() == null ? "" : e.getMessage();
        int messageStart = detail.indexOf("Message: ");
        if (messageStart >= 0) {
            detail = detail.substring(messageStart + "Message: ".length());
        }
        return new EInvoiceFormatException(
                pathOf(open),
                "XML that is not well-formed" + where + " (" + detail.strip() + ")",
                "well-formed XML",
                e);
    }

    private static String pathOf(Deque<XmlElement> open) {
        return open.isEmpty() ? "/" : open.peek().path();
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing releases only the reader's buffers; the document was read or has failed.
        }
    }
}
