package io.github.tahsilat.einvoice.internal.ubl;

import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CBC;

import io.github.tahsilat.einvoice.EInvoiceFormatException;
import io.github.tahsilat.einvoice.internal.xml.XmlElement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads typed values out of UBL elements and names the element path when one is malformed. */
final class Elements {

    /** An xsd:date with an optional time zone, such as 2019-01-25 or 2019-01-25+03:00. */
    private static final Pattern DATE =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

    private Elements() {}

    /** Returns the text of the first {@code cbc} child, or {@code null} if absent or blank. */
    static String text(XmlElement parent, String name) {
        if (parent == null) {
            return null;
        }
        XmlElement child = parent.child(CBC, name);
        if (child == null || child.text().isEmpty()) {
            return null;
        }
        return child.text();
    }

    /**
     * Returns the text of the first {@code cbc} child.
     *
     * @throws EInvoiceFormatException if the child is missing or blank
     */
    static String requiredText(XmlElement parent, String name, String expected) {
        String text = text(parent, name);
        if (text == null) {
            throw missing(parent, "cbc:" + name, expected);
        }
        return text;
    }

    /**
     * Returns the first {@code cbc} child.
     *
     * @throws EInvoiceFormatException if it is missing
     */
    static XmlElement required(XmlElement parent, String namespace, String name, String expected) {
        XmlElement child = parent.child(namespace, name);
        if (child == null) {
            String prefix = namespace.equals(CBC) ? "cbc:" : "cac:";
            throw missing(parent, prefix + name, expected);
        }
        return child;
    }

    /** Returns an exception for a missing child of {@code parent}. */
    static EInvoiceFormatException missing(XmlElement parent, String childName, String expected) {
        return new EInvoiceFormatException(parent.path() + "/" + childName, null, expected);
    }

    /**
     * Returns the date in the first {@code cbc} child named {@code name}, or {@code null} if
     * absent. A time zone after the date is ignored: the date is the one printed.
     *
     * @throws EInvoiceFormatException if the text is not a date
     */
    static LocalDate date(XmlElement parent, String name) {
        XmlElement child = parent == null ? null : parent.child(CBC, name);
        if (child == null || child.text().isEmpty()) {
            return null;
        }
        return date(child);
    }

    /**
     * Parses the element's text as a date.
     *
     * @throws EInvoiceFormatException if the text is not a date
     */
    static LocalDate date(XmlElement element) {
        String text = element.text();
        String expected = "a date in the form YYYY-MM-DD, such as 2025-03-31";
        if (!DATE.matcher(text).matches()) {
            throw new EInvoiceFormatException(element.path(), quoted(text), expected);
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new EInvoiceFormatException(element.path(), quoted(text), expected);
        }
    }

    /**
     * Returns the decimal in the first {@code cbc} child named {@code name}, or {@code null} if
     * absent.
     *
     * @throws EInvoiceFormatException if the text is not a decimal number
     */
    static BigDecimal decimal(XmlElement parent, String name) {
        XmlElement child = parent == null ? null : parent.child(CBC, name);
        if (child == null || child.text().isEmpty()) {
            return null;
        }
        return decimal(child);
    }

    /**
     * Parses the element's text as a decimal number with a dot as decimal separator.
     *
     * @throws EInvoiceFormatException if the text is not a decimal number
     */
    static BigDecimal decimal(XmlElement element) {
        String text = element.text();
        if (!DECIMAL.matcher(text).matches()) {
            throw new EInvoiceFormatException(
                    element.path(),
                    quoted(text),
                    "a decimal number with a dot as decimal separator, such as 118.00");
        }
        return new BigDecimal(text);
    }

    /** Returns {@code text} in double quotes, so that blank text shows in a message. */
    static String quoted(String text) {
        return '"' + text + '"';
    }
}
