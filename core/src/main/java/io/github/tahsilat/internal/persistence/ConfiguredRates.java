package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.service.payment.ExchangeDifferenceVat;
import java.util.Objects;

/**
 * The exchange-rate source and exchange-difference VAT terms an engine was built with. Payments
 * booked by reconciliation and cheque or promissory-note clearing use them to book realized
 * exchange differences. Immutable, and thread-safe while the source is.
 *
 * @param rates the host's rate source
 * @param vat the VAT terms of the exchange-difference invoices proposed for receivables
 */
public record ConfiguredRates(ExchangeRateSource rates, ExchangeDifferenceVat vat) {

    /**
     * Checks that both parts are present.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public ConfiguredRates {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(vat, "vat");
    }
}
