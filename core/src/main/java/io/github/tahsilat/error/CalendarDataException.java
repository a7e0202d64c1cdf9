package io.github.tahsilat.error;

import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when a holiday table is malformed: a line does not follow the table's format, or an entry
 * contradicts the table's own header.
 *
 * <p>The message names the resource, the line number, the rejected text and what the line should
 * contain. A table that ships inside the library failing this way means the jar is damaged or was
 * built from a broken table.
 */
public class CalendarDataException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String resource;
    private final int lineNumber;

    /**
     * Creates an exception for one rejected line of a holiday table.
     *
     * @param resource the name of the table, for example its resource path
     * @param lineNumber the 1-based number of the rejected line
     * @param rejected the rejected text: the whole line or the one field that is wrong
     * @param expected what the line allows, phrased to follow "expected"
     */
    public CalendarDataException(
            String resource, int lineNumber, String rejected, String expected) {
        super(
                "invalid holiday table "
                        + resource
                        + " line "
                        + lineNumber
                        + ": '"
                        + rejected
                        + "'; expected "
                        + expected);
        this.resource = Objects.requireNonNull(resource, "resource");
        this.lineNumber = lineNumber;
    }

    /** Returns the name of the table that failed to parse. */
    public String resource() {
        return resource;
    }

    /** Returns the 1-based number of the rejected line. */
    public int lineNumber() {
        return lineNumber;
    }
}
