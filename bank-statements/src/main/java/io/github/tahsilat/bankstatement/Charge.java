package io.github.tahsilat.bankstatement;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One charge record of an entry or a transaction (ISO 20022 {@code Chrgs/Rcrd}).
 *
 * @param amount the charge with its sign: negative when it is a debit to the account holder
 * @param type the charge type code or proprietary id, or {@code null} when the file gives none
 * @param includedInEntry whether the charge is already included in the entry amount ({@code
 *     ChrgInclInd}), or {@code null} when the file does not say
 */
public record Charge(MonetaryAmount amount, String type, Boolean includedInEntry) {
    /**
     * Creates a charge record.
     *
     * @throws NullPointerException when {@code amount} is null
     */
    public Charge {
        Objects.requireNonNull(amount, "amount");
    }
}
