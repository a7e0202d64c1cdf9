package io.github.tahsilat.bankstatement;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when a statement file cannot be read: it is not well-formed, an element or field that the
 * format requires is missing, or a value has the wrong form.
 *
 * <p>The message names the source, the position (line and, for XML, column) and what was expected,
 * for example {@code "invalid bank statement statement.xml at line 12, column 7: amount 'x1.00';
 * expected a decimal number such as 1250.00"}. Problems that leave the file readable, such as
 * balances that do not add up, are reported as {@link Finding}s instead.
 */
public class StatementFormatException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    /**
     * Creates an exception for one position in a source.
     *
     * @param source the name of the file or stream, as the caller named it; never {@code null}
     * @param line the 1-based line, or -1 when unknown
     * @param column the 1-based column, or -1 when unknown or when the format is line-based
     * @param problem what was found, for example {@code "missing <Amt> in <Ntry>"}
     * @param expected what the format allows there, phrased to follow "expected"
     */
    public StatementFormatException(
            String source, int line, int column, String problem, String expected) {
        this(source, line, column, problem, expected, null);
    }

    /**
     * Creates an exception for one position in a source, wrapping the failure that revealed it.
     *
     * @param source the name of the file or stream, as the caller named it; never {@code null}
     * @param line the 1-based line, or -1 when unknown
     * @param column the 1-based column, or -1 when unknown or when the format is line-based
     * @param problem what was found
     * @param expected what the format allows there, phrased to follow "expected"
     * @param cause the underlying failure, or {@code null}
     */
    public StatementFormatException(
            String source, int line, int column, String problem, String expected, Throwable cause) {
        super(message(source, line, column, problem, expected), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
    }

    private static String message(
            String source, int line, int column, String problem, String expected) {
        StringBuilder text = new StringBuilder("invalid bank statement ").append(source);
        if (line > 0) {
            text.append(" at line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        return text.append(": ").append(problem).append("; expected ").append(expected).toString();
    }

    /** Returns the name of the file or stream that failed. */
    public String source() {
        return source;
    }

    /** Returns the 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** Returns the 1-based column of the problem, or -1 when unknown or line-based. */
    public int column() {
        return column;
    }
}
