package io.github.tahsilat.company;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import javax.money.CurrencyUnit;

/**
 * A bank account of the company, which payment notices print so that customers know where to pay.
 *
 * <p>Immutable and thread-safe.
 *
 * @param iban the account's IBAN, never {@code null}
 * @param bankName the bank's name as notices print it, not blank, at most 100 characters
 * @param currency the currency the account is kept in, never {@code null}
 */
public record BankAccount(
        @NotNull @Valid Iban iban,
        @NotBlank @Size(max = BankAccount.MAX_BANK_NAME_LENGTH) String bankName,
        @NotNull CurrencyUnit currency) {

    /** The maximum length of {@link #bankName()}. */
    public static final int MAX_BANK_NAME_LENGTH = 100;

    /**
     * Checks that every field is present and the bank name fits.
     *
     * @throws InvalidInputException if any argument is {@code null}, or {@code bankName} is blank
     *     or longer than 100 characters
     */
    public BankAccount {
        InputChecks.present(iban, "iban", "an IBAN");
        InputChecks.text(bankName, "bankName", MAX_BANK_NAME_LENGTH);
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
    }
}
