package io.github.tahsilat.notice;

import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A dunning fee on a notice.
 *
 * @param level the number of the level that charges the fee
 * @param basis whether the fee is for the whole notice or one item
 * @param invoiceNumber the item's invoice number for a per-item fee, empty for a per-notice fee
 * @param amount the fee, zero or more, at the currency's scale
 */
public record FeeLine(
        @Min(1) int level,
        @NotNull FeeBasis basis,
        @NotNull Optional<String> invoiceNumber,
        @NotNull MonetaryAmount amount) {

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code level} is below 1,
     *     {@code invoiceNumber} is present for a per-notice fee or missing for a per-item fee, or
     *     {@code amount} is negative or has more decimals than its currency
     */
    public FeeLine {
        if (level < 1) {
            throw new InvalidInputException("level", level, "a level number of 1 or more");
        }
        InputChecks.present(basis, "basis", "PER_NOTICE or PER_ITEM");
        InputChecks.present(invoiceNumber, "invoiceNumber", "an invoice number or empty");
        if (invoiceNumber.isPresent() != (basis == FeeBasis.PER_ITEM)) {
            throw new InvalidInputException(
                    "invoiceNumber",
                    invoiceNumber.orElse("empty"),
                    "an invoice number exactly for a per-item fee");
        }
        InputChecks.present(amount, "amount", "the fee amount");
        amount = MinorAmount.of(amount, RoundingMode.UNNECESSARY).toMonetaryAmount();
        if (amount.isNegative()) {
            throw new InvalidInputException("amount", amount, "an amount of zero or more");
        }
    }
}
