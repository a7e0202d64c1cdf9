package io.github.tahsilat.bankstatement.internal.camt;

import io.github.tahsilat.bankstatement.StatementFormatException;
import io.github.tahsilat.bankstatement.StatementKind;
import io.github.tahsilat.bankstatement.StatementVisitor;
import io.github.tahsilat.bankstatement.spi.StatementReader;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ISO 20022 camt.052, camt.053 and camt.054 documents, versions 02 to 13, entry by entry.
 *
 * <p>The message and version come from the namespace URI, so one reader serves every version; the
 * element names it reads are the same from version 02 to 08, the versions its tests cover. Elements
 * it does not know are skipped. Statements come from outside, so DTDs are rejected and external
 * entities are never resolved. Thread-safe.
 */
public final class CamtReader implements StatementReader {
    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.05";
    private static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.(05[234])\\.001\\.(\\d{2})");
    private static final int MIN_VERSION = 2;
    private static final int MAX_VERSION = 13;

    /**
     * The maximum nesting of the elements read into one {@link XmlNode}. The deepest path in a camt
     * entry, such as {@code NtryDtls/TxDtls/RltdPties/Dbtr/Id/OrgId/Othr/SchmeNm/Cd}, is about a
     * dozen levels.
     */
    static final int MAX_NODE_DEPTH = 100;

    @Override
    public String formatName() {
        return "camt";
    }

    @Override
    public boolean canRead(byte[] head) {
        return new String(head, sniffCharset(head)).contains(NAMESPACE_PREFIX);
    }

    /**
     * Returns the charset in which to look for the namespace: UTF-16 when the head starts with its
     * byte order mark or with {@code <?} in UTF-16, as XML 1.0 appendix F detects it, otherwise
     * Latin-1, which finds the namespace in UTF-8 and every other ASCII-compatible encoding.
     */
    private static Charset sniffCharset(byte[] head) {
        if (head.length < 4) {
            return StandardCharsets.ISO_8859_1;
        }
        int first = head[0] & 0xFF;
        int second = head[1] & 0xFF;
        boolean bigEndian =
                (first == 0xFE && second == 0xFF)
                        || (first == 0 && second == '<' && head[2] == 0 && head[3] == '?');
        boolean littleEndian =
                (first == 0xFF && second == 0xFE)
                        || (first == '<' && second == 0 && head[2] == '?' && head[3] == 0);
        if (bigEndian) {
            return StandardCharsets.UTF_16BE;
        }
        return littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1;
    }

    @Override
    public void read(InputStream input, String sourceName, StatementVisitor visitor) {
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(input);
            readDocument(xml, sourceName, visitor);
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            throw new StatementFormatException(
                    sourceName,
                    location == null ? -1 : location.getLineNumber(),
                    location == null ? -1 : location.getColumnNumber(),
                    "malformed XML: " + parserMessage(e),
                    "a well-formed ISO 20022 camt document",
                    e);
        } finally {
            close(xml);
        }
    }

    /**
     * Returns a factory that rejects DTDs and never resolves external entities or schemas, so a
     * statement cannot make the reader open files or URLs.
     */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver(
                (publicId, systemId, baseUri, namespace) -> {
                    throw new XMLStreamException(
                            "external entity " + systemId + " is not allowed in a bank statement");
                });
        return factory;
    }

    private static void readDocument(
            XMLStreamReader xml, String sourceName, StatementVisitor visitor)
            throws XMLStreamException {
        nextElement(xml, sourceName);
        String namespace = xml.getNamespaceURI();
        Matcher matcher = NAMESPACE.matcher(namespace == null ? "" : namespace);
        if (!"Document".equals(xml.getLocalName()) || !matcher.matches()) {
            throw atCursor(
                    xml,
                    sourceName,
                    "root element <" + xml.getLocalName() + "> in namespace '" + namespace + "'",
                    "<Document> in namespace urn:iso:std:iso:20022:tech:xsd:camt.05X.001.NN");
        }
        int version = Integer.parseInt(matcher.group(2));
        if (version < MIN_VERSION || version > MAX_VERSION) {
            throw atCursor(xml, sourceName, "unsupported version " + namespace, "version 02 to 13");
        }
        MessageLayout layout = MessageLayout.forMessage(matcher.group(1));
        String messageVersion = "camt." + matcher.group(1) + ".001." + matcher.group(2);
        nextElement(xml, sourceName);
        if (!layout.messageElement.equals(xml.getLocalName())) {
            throw atCursor(
                    xml,
                    sourceName,
                    "element <" + xml.getLocalName() + ">",
                    "<" + layout.messageElement + "> in a " + messageVersion + " document");
        }
        CamtStatementReader statements =
                new CamtStatementReader(
                        sourceName, layout.kind, messageVersion, layout.statementElement, visitor);
        readMessage(xml, statements);
        // Reading on to the end makes the parser check the closing tags, so that a file cut
        // short after a statement fails instead of passing as complete.
        while (xml.hasNext()) {
            xml.next();
        }
    }

    private static void readMessage(XMLStreamReader xml, CamtStatementReader statements)
            throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if ("GrpHdr".equals(xml.getLocalName())) {
                statements.groupHeader(readNode(xml));
            } else if (statements.isStatementElement(xml.getLocalName())) {
                statements.read(xml);
            } else {
                readNode(xml);
            }
        }
    }

    /**
     * Reads the element at the cursor and its descendants; leaves the cursor on its end tag.
     *
     * @throws XMLStreamException if the elements nest deeper than {@link #MAX_NODE_DEPTH} levels
     *     below it, which would otherwise overflow the stack of this recursive reader
     */
    static XmlNode readNode(XMLStreamReader xml) throws XMLStreamException {
        return readNode(xml, 1);
    }

    private static XmlNode readNode(XMLStreamReader xml, int depth) throws XMLStreamException {
        if (depth > MAX_NODE_DEPTH) {
            throw new XMLStreamException(
                    "elements nested more than "
                            + MAX_NODE_DEPTH
                            + " levels deep inside a statement part; camt messages nest far less",
                    xml.getLocation());
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        Location location = xml.getLocation();
        XmlNode node =
                new XmlNode(
                        xml.getLocalName(),
                        attributes,
                        location.getLineNumber(),
                        location.getColumnNumber());
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                node.addChild(readNode(xml, depth + 1));
            } else if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA) {
                node.appendText(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return node;
            }
        }
        return node;
    }

    private static void nextElement(XMLStreamReader xml, String sourceName)
            throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw atCursor(
                        xml,
                        sourceName,
                        "a document type declaration (DTD)",
                        "no DTD, because bank statements must not declare entities");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw atCursor(xml, sourceName, "end of document", "an ISO 20022 camt element");
    }

    private static StatementFormatException atCursor(
            XMLStreamReader xml, String sourceName, String problem, String expected) {
        Location location = xml.getLocation();
        return new StatementFormatException(
                sourceName,
                location.getLineNumber(),
                location.getColumnNumber(),
                problem,
                expected);
    }

    private static String parserMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int index = message.indexOf("Message: ");
        return index >= 0 ? message.substring(index + "Message: ".length()).trim() : message;
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing releases parser state only; the input stream belongs to the caller.
        }
    }

    /** The element names of one camt message. */
    private enum MessageLayout {
        REPORT("052", StatementKind.INTRADAY_REPORT, "BkToCstmrAcctRpt", "Rpt"),
        STATEMENT("053", StatementKind.STATEMENT, "BkToCstmrStmt", "Stmt"),
        NOTIFICATION("054", StatementKind.NOTIFICATION, "BkToCstmrDbtCdtNtfctn", "Ntfctn");

        private final String message;
        private final StatementKind kind;
        private final String messageElement;
        private final String statementElement;

        MessageLayout(
                String message,
                StatementKind kind,
                String messageElement,
                String statementElement) {
            this.message = message;
            this.kind = kind;
            this.messageElement = messageElement;
            this.statementElement = statementElement;
        }

        static MessageLayout forMessage(String message) {
            for (MessageLayout layout : values()) {
                if (layout.message.equals(message)) {
                    return layout;
                }
            }
            throw new IllegalArgumentException("camt." + message);
        }
    }
}
