package io.github.tahsilat.bankstatement;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One balance of a statement, such as the opening or closing booked balance.
 *
 * <p>{@code type} is the ISO 20022 balance type code as the file gives it: OPBD (opening booked),
 * PRCD (previous closing booked, which some banks send in place of OPBD), CLBD (closing booked),
 * CLAV (closing available), OPAV, FWAV (forward available), ITBD (interim booked) and others. MT940
 * balances are mapped to the same codes: {@code :60F:} to OPBD, {@code :62F:} to CLBD, {@code
 * :60M:} and {@code :62M:} to ITBD, {@code :64:} to CLAV and {@code :65:} to FWAV.
 *
 * @param type the balance type code, never blank
 * @param amount the balance with its sign: negative when the balance is a debit (overdrawn)
 * @param date the date the balance applies to, never {@code null}
 */
public record Balance(String type, MonetaryAmount amount, LocalDate date) {
    /** Opening booked balance code. */
    public static final String OPENING_BOOKED = "OPBD";

    /** Previous closing booked balance code, used by some banks as the opening balance. */
    public static final String PREVIOUS_CLOSING_BOOKED = "PRCD";

    /** Closing booked balance code. */
    public static final String CLOSING_BOOKED = "CLBD";

    /** Interim booked balance code, also used for MT940 intermediate page balances. */
    public static final String INTERIM_BOOKED = "ITBD";

    /**
     * Creates a balance.
     *
     * @throws NullPointerException when {@code type}, {@code amount} or {@code date} is null
     * @throws IllegalArgumentException when {@code type} is blank
     */
    public Balance {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (type.isBlank()) {
            throw new IllegalArgumentException("balance type must not be blank");
        }
    }

    /** Returns {@code DEBIT} for a negative balance and {@code CREDIT} otherwise. */
    public CreditDebit creditDebit() {
        return amount.isNegative() ? CreditDebit.DEBIT : CreditDebit.CREDIT;
    }
}
