package io.github.tahsilat.bankstatement;

/**
 * Receives a file's statements one entry at a time, so that a reader needs memory for one entry
 * rather than for the whole file.
 *
 * <p>For each statement a reader calls {@link #startStatement} once, then {@link #entry} once per
 * entry in file order, then {@link #endStatement} once. An exception thrown by a method stops the
 * reading and reaches the caller of the read method unchanged.
 */
public interface StatementVisitor {
    /**
     * Called before the first entry of a statement.
     *
     * @param header the statement header
     */
    default void startStatement(StatementHeader header) {}

    /**
     * Called for each entry.
     *
     * @param header the header of the statement the entry belongs to
     * @param entry the entry
     */
    void entry(StatementHeader header, Entry entry);

    /**
     * Called after the last entry of a statement, with its balances and findings.
     *
     * @param summary the statement without its entries
     */
    default void endStatement(StatementSummary summary) {}
}
