package io.github.tahsilat.bankstatement.internal.camt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One XML element read into memory with its children: the unit of buffering. The reader builds one
 * for each direct child of a statement (one entry, one balance), never for a whole statement.
 */
final class XmlNode {
    private final String name;
    private final Map<String, String> attributes;
    private final int line;
    private final int column;
    private final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlNode(String name, Map<String, String> attributes, int line, int column) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
        this.column = column;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    void addChild(XmlNode child) {
        children.add(child);
    }

    void appendText(String characters) {
        text.append(characters);
    }

    /** Returns the element's own text, trimmed; {@code null} when blank. */
    String text() {
        String trimmed = text.toString().trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Returns the element's own text untrimmed. */
    String rawText() {
        return text.toString();
    }

    String attribute(String localName) {
        return attributes.get(localName);
    }

    /** Returns the first descendant along a path of local names such as {@code "Refs/InstrId"}. */
    XmlNode find(String path) {
        XmlNode current = this;
        for (String step : path.split("/")) {
            current = current.child(step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Returns the text of the element at a path, or {@code null} when absent or blank. */
    String text(String path) {
        XmlNode node = find(path);
        return node == null ? null : node.text();
    }

    XmlNode child(String localName) {
        for (XmlNode child : children) {
            if (child.name.equals(localName)) {
                return child;
            }
        }
        return null;
    }

    List<XmlNode> children(String localName) {
        List<XmlNode> matching = new ArrayList<>();
        for (XmlNode child : children) {
            if (child.name.equals(localName)) {
                matching.add(child);
            }
        }
        return matching;
    }
}
