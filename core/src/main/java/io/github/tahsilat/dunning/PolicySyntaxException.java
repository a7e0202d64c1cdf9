package io.github.tahsilat.dunning;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;

/**
 * Thrown when the text form of a dunning policy cannot be parsed. The message names the line and
 * column (both counted from 1), what was expected there and what was found.
 */
public class PolicySyntaxException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * Creates an exception for one position in the text.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     * @param expected what the parser expected, phrased to follow "expected"
     * @param found the text found there, or {@code "end of line"}
     */
    public PolicySyntaxException(int line, int column, String expected, String found) {
        super(
                "invalid dunning policy at line "
                        + line
                        + ", column "
                        + column
                        + ": expected "
                        + expected
                        + ", found "
                        + found);
        this.line = line;
        this.column = column;
    }

    /** Returns the line of the error, from 1. */
    public int line() {
        return line;
    }

    /** Returns the column of the error, from 1. */
    public int column() {
        return column;
    }
}
