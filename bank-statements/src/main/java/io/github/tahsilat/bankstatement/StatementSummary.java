package io.github.tahsilat.bankstatement;

import java.util.List;
import java.util.Objects;

/**
 * A statement without its entries, handed to {@link StatementVisitor#endStatement} once every entry
 * has been visited.
 *
 * @param header the statement header, never {@code null}
 * @param balances the balances in file order, never {@code null}
 * @param entryCount the number of entries visited
 * @param findings the problems found, never {@code null}; empty when the balances agree
 */
public record StatementSummary(
        StatementHeader header, List<Balance> balances, int entryCount, List<Finding> findings) {
    /**
     * Creates a summary and copies the lists.
     *
     * @throws NullPointerException when {@code header} or a list is null
     */
    public StatementSummary {
        Objects.requireNonNull(header, "header");
        balances = List.copyOf(balances);
        findings = List.copyOf(findings);
    }
}
