package io.github.tahsilat.ledger;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One line of a statement: an entry and the balance after it.
 *
 * @param entry the ledger entry
 * @param runningBalance the balance after this entry, starting from the statement's opening balance
 */
public record StatementLine(LedgerEntry entry, MonetaryAmount runningBalance) {

    /** Checks that both components are present. */
    public StatementLine {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(runningBalance, "runningBalance");
    }
}
