package io.github.tahsilat.notice;

import io.github.tahsilat.notice.spi.TemplateEngine;
import io.github.tahsilat.notice.spi.TemplateException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The library's template engine: a small, logic-less placeholder language.
 *
 * <ul>
 *   <li>{@code {{name}}} is replaced by the model's string {@code name}, escaped for the media
 *       type.
 *   <li>{@code {{#name}}...{{/name}}} repeats its content once per element of the list {@code
 *       name}; inside it, names are looked up in the element first, then outside.
 *   <li>{@code {{^name}}...{{/name}}} renders its content once when the list {@code name} is empty.
 * </ul>
 *
 * <p>Names are letters, digits, dots, hyphens and underscores. The template is parsed before
 * anything is substituted, and substituted values are written out as text and never scanned, so a
 * value such as {@code {{total}}} appears literally. For {@code text/html} the characters {@code &
 * < > " '} in values are replaced by character references; for {@code text/plain} values are
 * written unchanged. A missing name, a string used as a section, a list used as a placeholder, or
 * an unbalanced section throws a {@link TemplateException}. Stateless and thread-safe.
 */
public final class PlaceholderTemplateEngine implements TemplateEngine {

    private sealed interface Node permits Text, Value, Section {}

    private record Text(String text) implements Node {}

    private record Value(String name, int offset) implements Node {}

    private record Section(String name, boolean inverted, List<Node> children, int offset)
            implements Node {}

    /** Creates the engine. */
    public PlaceholderTemplateEngine() {}

    @Override
    public String render(String template, Map<String, ?> model, String mediaType) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(mediaType, "mediaType");
        boolean html = mediaType.equals("text/html");
        StringBuilder out = new StringBuilder(template.length() * 2);
        Deque<Map<String, ?>> scopes = new ArrayDeque<>();
        scopes.push(model);
        write(parse(template), scopes, html, out);
        return out.toString();
    }

    private static void write(
            List<Node> nodes, Deque<Map<String, ?>> scopes, boolean html, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Value value) {
                Object found = lookup(scopes, value.name(), value.offset());
                if (!(found instanceof String string)) {
                    throw new TemplateException(
                            "placeholder {{"
                                    + value.name()
                                    + "}} at offset "
                                    + value.offset()
                                    + " names a list; use it as a section {{#"
                                    + value.name()
                                    + "}}");
                }
                out.append(html ? escapeHtml(string) : string);
            } else {
                writeSection((Section) node, scopes, html, out);
            }
        }
    }

    private static void writeSection(
            Section section, Deque<Map<String, ?>> scopes, boolean html, StringBuilder out) {
        Object found = lookup(scopes, section.name(), section.offset());
        if (!(found instanceof List<?> elements)) {
            throw new TemplateException(
                    "section {{#"
                            + section.name()
                            + "}} at offset "
                            + section.offset()
                            + " names a text value; sections need a list");
        }
        if (section.inverted()) {
            if (elements.isEmpty()) {
                write(section.children(), scopes, html, out);
            }
            return;
        }
        for (Object element : elements) {
            if (!(element instanceof Map<?, ?> map)) {
                throw new TemplateException(
                        "section {{#" + section.name() + "}} needs a list of maps");
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> scope = (Map<String, ?>) map;
            scopes.push(scope);
            write(section.children(), scopes, html, out);
            scopes.pop();
        }
    }

    private static Object lookup(Deque<Map<String, ?>> scopes, String name, int offset) {
        for (Map<String, ?> scope : scopes) {
            Object value = scope.get(name);
            if (value != null) {
                return value;
            }
        }
        throw new TemplateException(
                "unknown placeholder {{"
                        + name
                        + "}} at offset "
                        + offset
                        + "; the model has no value of that name");
    }

    private static List<Node> parse(String template) {
        Deque<List<Node>> stack = new ArrayDeque<>();
        Deque<Section> open = new ArrayDeque<>();
        stack.push(new ArrayList<>());
        int position = 0;
        while (position < template.length()) {
            int start = template.indexOf("{{", position);
            if (start < 0) {
                stack.peek().add(new Text(template.substring(position)));
                break;
            }
            if (start > position) {
                stack.peek().add(new Text(template.substring(position, start)));
            }
            int end = template.indexOf("}}", start + 2);
            if (end < 0) {
                throw new TemplateException("unclosed tag at offset " + start + "; add }}");
            }
            String tag = template.substring(start + 2, end).strip();
            position = end + 2;
            char sigil = tag.isEmpty() ? ' ' : tag.charAt(0);
            String name =
                    (sigil == '#' || sigil == '^' || sigil == '/') ? tag.substring(1).strip() : tag;
            if (!name.matches("[A-Za-z][A-Za-z0-9._-]*")) {
                throw new TemplateException(
                        "invalid tag {{"
                                + tag
                                + "}} at offset "
                                + start
                                + "; expected a name of letters, digits, dots, hyphens or underscores");
            }
            if (sigil == '#' || sigil == '^') {
                Section section = new Section(name, sigil == '^', new ArrayList<>(), start);
                stack.peek().add(section);
                open.push(section);
                stack.push(section.children());
            } else if (sigil == '/') {
                if (open.isEmpty() || !open.peek().name().equals(name)) {
                    throw new TemplateException(
                            "unexpected {{/"
                                    + name
                                    + "}} at offset "
                                    + start
                                    + (open.isEmpty()
                                            ? "; no section is open"
                                            : "; expected {{/" + open.peek().name() + "}}"));
                }
                open.pop();
                stack.pop();
            } else {
                stack.peek().add(new Value(name, start));
            }
        }
        if (!open.isEmpty()) {
            throw new TemplateException(
                    "section {{#"
                            + open.peek().name()
                            + "}} at offset "
                            + open.peek().offset()
                            + " is never closed; add {{/"
                            + open.peek().name()
                            + "}}");
        }
        return stack.peek();
    }

    /** Replaces {@code & < > " '} by HTML character references. */
    static String escapeHtml(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
