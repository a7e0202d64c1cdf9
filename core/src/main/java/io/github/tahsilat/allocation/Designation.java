package io.github.tahsilat.allocation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.invoice.InvoiceId;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;

/**
 * The payer's instruction to settle one invoice, or one installment of it, before anything else.
 *
 * @param invoiceId the invoice named in the remittance
 * @param installment the installment number, or empty for the invoice's installments in schedule
 *     order
 * @param amount the most to settle on it, or empty for up to its outstanding amount
 */
public record Designation(
        @NotNull InvoiceId invoiceId,
        @NotNull OptionalInt installment,
        @NotNull Optional<MonetaryAmount> amount) {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is missing, the installment is below 1, or the
     *     amount is not greater than zero or not rounded to the minor unit
     */
    public Designation {
        InputChecks.present(invoiceId, "invoiceId", "the invoice's id");
        InputChecks.present(installment, "installment", "an installment number or empty");
        if (installment.isPresent() && installment.getAsInt() < 1) {
            throw new InvalidInputException(
                    "installment", installment.getAsInt(), "a number from 1");
        }
        InputChecks.present(amount, "amount", "an amount or empty");
        amount.ifPresent(a -> AmountChecks.positive("amount", a));
    }

    /** Returns a designation of the whole invoice. */
    public static Designation of(InvoiceId invoiceId) {
        return new Designation(invoiceId, OptionalInt.empty(), Optional.empty());
    }

    /** Returns a designation of at most {@code amount} to the invoice. */
    public static Designation of(InvoiceId invoiceId, MonetaryAmount amount) {
        return new Designation(invoiceId, OptionalInt.empty(), Optional.of(amount));
    }

    /** Returns a designation of one installment of the invoice. */
    public static Designation ofInstallment(InvoiceId invoiceId, int installment) {
        return new Designation(invoiceId, OptionalInt.of(installment), Optional.empty());
    }

    /** Returns {@code true} if {@code item} is one that this designation names. */
    public boolean covers(OpenItem item) {
        return item.invoiceId().equals(invoiceId)
                && (installment.isEmpty() || installment.getAsInt() == item.installment());
    }
}
