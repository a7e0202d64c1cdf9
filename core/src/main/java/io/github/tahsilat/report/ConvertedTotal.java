package io.github.tahsilat.report;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * One currency's aging total converted into the company's functional currency. Immutable and
 * thread-safe.
 *
 * @param currency the currency of the total before conversion
 * @param rate the rate from {@code currency} to the functional currency, empty when {@code
 *     currency} is the functional currency and the amounts are copied unchanged
 * @param amounts the converted buckets and columns, in the functional currency
 */
public record ConvertedTotal(CurrencyUnit currency, Optional<FxRate> rate, AgingAmounts amounts) {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is missing, or {@code rate} is empty while
     *     {@code amounts} are in another currency than {@code currency}
     * @throws CurrencyMismatchException if the rate does not convert from {@code currency} to the
     *     currency of {@code amounts}
     */
    public ConvertedTotal {
        InputChecks.present(currency, "currency", "the currency before conversion");
        InputChecks.present(rate, "rate", "a rate, or empty for the functional currency");
        InputChecks.present(amounts, "amounts", "the converted amounts");
        if (rate.isEmpty() && !amounts.currency().equals(currency)) {
            throw new InvalidInputException(
                    "rate",
                    "empty",
                    "a rate from "
                            + currency.getCurrencyCode()
                            + " to "
                            + amounts.currency().getCurrencyCode());
        }
        if (rate.isPresent()) {
            FxRate used = rate.get();
            if (!used.base().equals(currency)) {
                throw new CurrencyMismatchException(
                        "convert an aging total",
                        currency.getCurrencyCode(),
                        used.base().getCurrencyCode());
            }
            if (!used.term().equals(amounts.currency())) {
                throw new CurrencyMismatchException(
                        "convert an aging total",
                        amounts.currency().getCurrencyCode(),
                        used.term().getCurrencyCode());
            }
        }
    }
}
