package io.github.tahsilat.dunning;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.VatBasis;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The VAT terms of the dunning fees and late interest (vade farkı) that a policy charges: the VAT
 * rate and whether a charged amount already contains the VAT. In Turkey both are invoiced to the
 * customer with VAT, so a run with these terms reports a charge invoice for each charge it books.
 * Immutable and thread-safe.
 *
 * @param vatRate the VAT rate in percent, from 0 to 100, such as 20
 * @param basis whether a charged amount is the gross or the net amount
 */
public record ChargeVat(
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal vatRate, @NotNull VatBasis basis) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is missing or the rate is outside 0 to 100
     */
    public ChargeVat {
        InputChecks.present(vatRate, "vatRate", "a VAT rate in percent");
        if (vatRate.signum() < 0 || vatRate.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("vatRate", vatRate, "a percentage from 0 to 100");
        }
        InputChecks.present(basis, "basis", "INCLUSIVE or EXCLUSIVE");
    }
}
