package io.github.tahsilat.fx;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.internal.input.InputChecks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * An exchange-rate source backed by a fixed table of rates, for tests and for hosts that load their
 * own rates. For a date it returns the latest rate of the pair dated on or before it, as a daily
 * table carries a rate over a weekend. Immutable and thread-safe.
 */
public final class FixedRateTable implements ExchangeRateSource {

    private record Pair(CurrencyUnit base, CurrencyUnit term) {}

    private final Map<Pair, NavigableMap<LocalDate, FxRate>> rates;

    private FixedRateTable(Map<Pair, NavigableMap<LocalDate, FxRate>> rates) {
        this.rates = rates;
    }

    /**
     * Returns a table of {@code rates}.
     *
     * @throws InvalidInputException if the collection or a rate is missing, or two rates share a
     *     pair and date
     */
    public static FixedRateTable of(Collection<FxRate> rates) {
        InputChecks.present(rates, "rates", "a collection of rates");
        Map<Pair, NavigableMap<LocalDate, FxRate>> table = new HashMap<>();
        for (FxRate rate : new ArrayList<>(rates)) {
            InputChecks.present(rate, "rates", "no missing rate");
            NavigableMap<LocalDate, FxRate> byDate =
                    table.computeIfAbsent(new Pair(rate.base(), rate.term()), p -> new TreeMap<>());
            if (byDate.put(rate.date(), rate) != null) {
                throw new InvalidInputException(
                        "rates", rate, "one rate per currency pair and date");
            }
        }
        Map<Pair, NavigableMap<LocalDate, FxRate>> copy = new HashMap<>();
        table.forEach((pair, byDate) -> copy.put(pair, new TreeMap<>(byDate)));
        return new FixedRateTable(copy);
    }

    /** Returns a table of the given rates. */
    public static FixedRateTable of(FxRate... rates) {
        return of(List.of(rates));
    }

    @Override
    public Optional<FxRate> rate(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        NavigableMap<LocalDate, FxRate> byDate = rates.get(new Pair(base, term));
        if (byDate == null || date == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDate.floorEntry(date)).map(Map.Entry::getValue);
    }
}
