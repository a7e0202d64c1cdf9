package io.github.tahsilat.notice;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One item on a notice: an invoice or installment with its own outstanding amount.
 *
 * @param invoiceNumber the invoice number as printed, not blank, at most 50 characters
 * @param dueDate the item's due date
 * @param daysPastDue the days past due on the run's date, negative before the due date
 * @param outstanding this item's outstanding amount, greater than zero, at the currency's scale
 */
public record NoticeLine(
        @NotBlank String invoiceNumber,
        @NotNull LocalDate dueDate,
        long daysPastDue,
        @NotNull MonetaryAmount outstanding) {

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code invoiceNumber} is blank
     *     or longer than 50 characters, or {@code outstanding} is not positive or has more decimals
     *     than its currency
     */
    public NoticeLine {
        InputChecks.text(invoiceNumber, "invoiceNumber", 50);
        InputChecks.present(dueDate, "dueDate", "the item's due date");
        InputChecks.present(outstanding, "outstanding", "the item's outstanding amount");
        outstanding = MinorAmount.of(outstanding, RoundingMode.UNNECESSARY).toMonetaryAmount();
        if (!outstanding.isPositive()) {
            throw new InvalidInputException(
                    "outstanding", outstanding, "an amount greater than zero");
        }
    }
}
