package io.github.tahsilat.fx;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.internal.input.InputChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryException;
import javax.money.convert.ConversionQuery;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;

/**
 * Adapts a JSR 354 {@link ExchangeRateProvider} that the host configured. Each lookup requests the
 * pair's rate from the provider, with the date under the {@code LocalDate.class} key of the
 * conversion query, as historic providers expect. A provider that throws {@link MonetaryException}
 * for the query counts as having no rate. Thread-safe when the provider is.
 *
 * <p>NOTE: the library never obtains a provider itself, because Moneta's default providers download
 * rates; the host passes one that reads its own data.
 */
public final class Jsr354RateSource implements ExchangeRateSource {

    private final ExchangeRateProvider provider;

    private Jsr354RateSource(ExchangeRateProvider provider) {
        this.provider = provider;
    }

    /**
     * Returns a source that reads its rates from {@code provider}.
     *
     * @throws InvalidInputException if {@code provider} is missing
     */
    public static Jsr354RateSource of(ExchangeRateProvider provider) {
        return new Jsr354RateSource(
                InputChecks.present(provider, "provider", "a JSR 354 exchange-rate provider"));
    }

    @Override
    public Optional<FxRate> rate(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        ConversionQuery query =
                ConversionQueryBuilder.of()
                        .setBaseCurrency(base)
                        .setTermCurrency(term)
                        .set(LocalDate.class, date)
                        .build();
        ExchangeRate rate;
        try {
            rate = provider.getExchangeRate(query);
        } catch (MonetaryException e) {
            return Optional.empty();
        }
        if (rate == null) {
            return Optional.empty();
        }
        BigDecimal factor = rate.getFactor().numberValue(BigDecimal.class);
        return Optional.of(new FxRate(base, term, factor, date));
    }
}
