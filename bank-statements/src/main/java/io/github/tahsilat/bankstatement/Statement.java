package io.github.tahsilat.bankstatement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole statement, report or notification, with its entries in file order. Returned by {@link
 * StatementReaders#readAll}; for large files visit the entries with {@link StatementVisitor}
 * instead.
 *
 * @param header the statement header, never {@code null}
 * @param balances the balances in file order, never {@code null}; empty for camt.054
 * @param entries the entries in file order, never {@code null}
 * @param findings the problems found, never {@code null}; empty when the balances agree
 */
public record Statement(
        StatementHeader header,
        List<Balance> balances,
        List<Entry> entries,
        List<Finding> findings) {
    /**
     * Creates a statement and copies the lists.
     *
     * @throws NullPointerException when {@code header} or a list is null
     */
    public Statement {
        Objects.requireNonNull(header, "header");
        balances = List.copyOf(balances);
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    /**
     * Returns the first balance of a type.
     *
     * @param type a balance type code such as {@link Balance#CLOSING_BOOKED}
     * @return the balance, or empty when the statement has none of that type
     */
    public Optional<Balance> balance(String type) {
        return balances.stream().filter(b -> b.type().equals(type)).findFirst();
    }

    /** Returns the opening booked balance: OPBD, or PRCD when there is no OPBD. */
    public Optional<Balance> openingBalance() {
        return balance(Balance.OPENING_BOOKED).or(() -> balance(Balance.PREVIOUS_CLOSING_BOOKED));
    }

    /** Returns the closing booked balance (CLBD). */
    public Optional<Balance> closingBalance() {
        return balance(Balance.CLOSING_BOOKED);
    }

    /** Returns whether the statement has no findings. */
    public boolean isConsistent() {
        return findings.isEmpty();
    }
}
