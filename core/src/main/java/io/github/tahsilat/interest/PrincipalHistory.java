package io.github.tahsilat.interest;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The overdue principal of one item over time: an opening balance and dated changes, such as
 * partial payments or credit notes.
 *
 * <p>All amounts are in one currency and none is negative; changes have strictly increasing dates.
 * Immutable and thread-safe.
 *
 * @param opening the principal before the first change, zero or more
 * @param changes the changes in strictly increasing date order, possibly empty
 */
public record PrincipalHistory(
        @NotNull MonetaryAmount opening, @NotNull List<@NotNull @Valid PrincipalChange> changes) {

    /**
     * Checks the amounts and dates and copies the changes.
     *
     * @throws InvalidInputException if an argument or change is {@code null}, {@code opening} is
     *     negative, or two changes are not in strictly increasing date order
     * @throws CurrencyMismatchException if a change is in another currency than {@code opening}
     */
    public PrincipalHistory {
        InputChecks.present(opening, "opening", "the principal before the first change");
        if (opening.isNegative()) {
            throw new InvalidInputException("opening", opening, "an amount of zero or more");
        }
        changes = InputChecks.distinctList(changes, "changes");
        for (int i = 0; i < changes.size(); i++) {
            PrincipalChange change = changes.get(i);
            if (!change.balance().getCurrency().equals(opening.getCurrency())) {
                throw new CurrencyMismatchException(
                        "track",
                        opening.getCurrency().getCurrencyCode(),
                        change.balance().getCurrency().getCurrencyCode());
            }
            if (i > 0 && !change.date().isAfter(changes.get(i - 1).date())) {
                throw new InvalidInputException(
                        "changes",
                        change.date(),
                        "dates in strictly increasing order, after " + changes.get(i - 1).date());
            }
        }
    }

    /**
     * Returns a history with {@code opening} and no changes.
     *
     * @throws InvalidInputException if {@code opening} is {@code null} or negative
     */
    public static PrincipalHistory of(MonetaryAmount opening) {
        return new PrincipalHistory(opening, List.of());
    }

    /**
     * Returns a copy in which the principal becomes {@code balance} at the end of {@code date}.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code balance} is negative or
     *     {@code date} is not after the last change
     */
    public PrincipalHistory withBalance(LocalDate date, MonetaryAmount balance) {
        List<PrincipalChange> copy = new ArrayList<>(changes);
        copy.add(new PrincipalChange(date, balance));
        return new PrincipalHistory(opening, copy);
    }

    /**
     * Returns a copy in which {@code amount} is paid at the end of {@code date}.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code amount} is not positive
     *     or more than the balance, or {@code date} is not after the last change
     */
    public PrincipalHistory withPayment(LocalDate date, MonetaryAmount amount) {
        InputChecks.present(amount, "amount", "a payment amount");
        MonetaryAmount before = latestBalance();
        if (!amount.isPositive() || amount.isGreaterThan(before)) {
            throw new InvalidInputException(
                    "amount", amount, "an amount greater than zero and at most " + before);
        }
        return withBalance(date, before.subtract(amount));
    }

    /** Returns the balance after the last change, or the opening balance without changes. */
    public MonetaryAmount latestBalance() {
        return changes.isEmpty() ? opening : changes.get(changes.size() - 1).balance();
    }

    /**
     * Returns the principal on which interest is charged for the days after {@code date}: the
     * balance after every change dated on or before {@code date}.
     */
    public MonetaryAmount balanceAfter(LocalDate date) {
        MonetaryAmount balance = opening;
        for (PrincipalChange change : changes) {
            if (change.date().isAfter(date)) {
                break;
            }
            balance = change.balance();
        }
        return balance;
    }
}
