package io.github.tahsilat.einvoice.internal.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a parsed XML document: its namespace and local name, its attributes by local name,
 * its text, its child elements in document order, and its path from the root for error messages.
 *
 * <p>Built by {@link SecureXmlParser} and not changed afterwards; safe to read from several threads
 * once built.
 */
public final class XmlElement {

    private final String namespace;
    private final String localName;
    private final String path;
    private final int line;
    private final Map<String, String> attributes = new HashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String namespace, String localName, String path, int line) {
        this.namespace = namespace == null ? "" : namespace;
        this.localName = localName;
        this.path = path;
        this.line = line;
    }

    /** Returns the namespace URI, empty when the element has none. */
    public String namespace() {
        return namespace;
    }

    /** Returns the local name, such as {@code PayableAmount}. */
    public String localName() {
        return localName;
    }

    /** Returns the path from the root, such as {@code /Invoice/cac:LegalMonetaryTotal}. */
    public String path() {
        return path;
    }

    /** Returns the line of the start tag in the document, or -1 when the parser did not tell. */
    public int line() {
        return line;
    }

    /** Returns the text content without leading and trailing whitespace. */
    public String text() {
        return text.toString().strip();
    }

    /** Returns the attribute with {@code localName} in no namespace, or {@code null}. */
    public String attribute(String localName) {
        return attributes.get(localName);
    }

    /** Returns the child elements, in document order. */
    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** Returns the first child with this namespace and local name, or {@code null}. */
    public XmlElement child(String namespace, String localName) {
        for (XmlElement child : children) {
            if (child.is(namespace, localName)) {
                return child;
            }
        }
        return null;
    }

    /** Returns every child with this namespace and local name, in document order. */
    public List<XmlElement> children(String namespace, String localName) {
        List<XmlElement> matches = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.is(namespace, localName)) {
                matches.add(child);
            }
        }
        return matches;
    }

    /** Returns {@code true} if the element has this namespace and local name. */
    public boolean is(String namespace, String localName) {
        return this.namespace.equals(namespace) && this.localName.equals(localName);
    }

    void addAttribute(String localName, String value) {
        attributes.put(localName, value);
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    void appendText(String characters) {
        text.append(characters);
    }
}
