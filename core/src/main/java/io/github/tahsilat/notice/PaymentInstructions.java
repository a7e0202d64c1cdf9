package io.github.tahsilat.notice;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * How to pay a notice: the company's bank accounts in the notice currency and the reference to
 * quote with the payment.
 *
 * @param accounts the accounts in the notice currency, in the company's order, possibly empty
 * @param paymentReference the reference to quote, 1 to 35 letters, digits, hyphens, dots or slashes
 *     (the character set of a SEPA remittance reference)
 */
public record PaymentInstructions(
        @NotNull List<@NotNull @Valid BankAccount> accounts,
        @NotNull @Pattern(regexp = PaymentInstructions.REFERENCE_PATTERN) String paymentReference) {

    /** The form of {@link #paymentReference()}. */
    public static final String REFERENCE_PATTERN = "[A-Za-z0-9./-]{1,35}";

    // Compiled once, because String.matches compiles the expression on every call.
    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile(REFERENCE_PATTERN);

    /**
     * Checks the fields and copies the accounts.
     *
     * @throws InvalidInputException if an argument or account is {@code null}, an account appears
     *     twice, or {@code paymentReference} does not match {@link #REFERENCE_PATTERN}
     */
    public PaymentInstructions {
        accounts = InputChecks.distinctList(accounts, "accounts");
        InputChecks.present(paymentReference, "paymentReference", "a payment reference");
        if (!REFERENCE.matcher(paymentReference).matches()) {
            throw new InvalidInputException(
                    "paymentReference",
                    '"' + paymentReference + '"',
                    "1 to 35 letters, digits, hyphens, dots or slashes");
        }
    }
}
