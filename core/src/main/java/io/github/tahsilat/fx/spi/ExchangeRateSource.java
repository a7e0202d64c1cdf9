package io.github.tahsilat.fx.spi;

import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The host's source of exchange rates, such as its bank's or its central bank's daily rates as the
 * host stores them. Implementations must be thread-safe and must not block on the network inside a
 * booking; the library never calls one that downloads.
 */
public interface ExchangeRateSource {

    /**
     * Returns the rate from {@code base} to {@code term} that applies on {@code date}, or empty if
     * the source has none.
     */
    Optional<FxRate> rate(CurrencyUnit base, CurrencyUnit term, LocalDate date);
}
