package io.github.tahsilat.report;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Converts an aging's per-currency totals and each counterparty's lines into the functional
 * currency, amount by amount.
 */
final class FunctionalConversion {

    private FunctionalConversion() {}

    static FunctionalTotals convert(
            AgingReport report,
            CurrencyUnit functional,
            ExchangeRateSource rates,
            LocalDate rateDate,
            RoundingMode mode) {
        int width = report.options().buckets().size();
        long[] sums = new long[width + 2];
        Map<CurrencyUnit, Optional<FxRate>> rateOf = new HashMap<>();
        List<ConvertedTotal> converted = new ArrayList<>();
        for (AgingAmounts total : report.totals()) {
            Optional<FxRate> rate = rate(total.currency(), functional, rates, rateDate);
            rateOf.put(total.currency(), rate);
            long[] units = convert(total, rate, functional, mode);
            for (int i = 0; i < sums.length; i++) {
                sums[i] = Math.addExact(sums[i], units[i]);
            }
            converted.add(new ConvertedTotal(total.currency(), rate, amounts(functional, units)));
        }
        Map<String, CounterpartyId> ids = new TreeMap<>();
        Map<CounterpartyId, long[]> perCounterparty = new HashMap<>();
        for (AgingLine line : report.lines()) {
            AgingAmounts amounts = line.amounts();
            Optional<FxRate> rate = rateOf.get(amounts.currency());
            if (rate == null) {
                rate = rate(amounts.currency(), functional, rates, rateDate);
                rateOf.put(amounts.currency(), rate);
            }
            long[] units = convert(amounts, rate, functional, mode);
            long[] lineSums =
                    perCounterparty.computeIfAbsent(
                            line.counterpartyId(), id -> new long[width + 2]);
            ids.put(line.counterpartyId().value().toString(), line.counterpartyId());
            for (int i = 0; i < lineSums.length; i++) {
                lineSums[i] = Math.addExact(lineSums[i], units[i]);
            }
        }
        List<CounterpartyTotal> counterpartyTotals = new ArrayList<>(ids.size());
        for (CounterpartyId id : ids.values()) {
            counterpartyTotals.add(
                    new CounterpartyTotal(id, amounts(functional, perCounterparty.get(id))));
        }
        return new FunctionalTotals(
                functional,
                rateDate,
                mode,
                converted,
                amounts(functional, sums),
                counterpartyTotals);
    }

    /** Converts every bucket and column of a row on its own, in minor units of the result. */
    private static long[] convert(
            AgingAmounts amounts,
            Optional<FxRate> rate,
            CurrencyUnit functional,
            RoundingMode mode) {
        int width = amounts.buckets().size();
        long[] units = new long[width + 2];
        for (int i = 0; i < width; i++) {
            units[i] = convert(amounts.buckets().get(i), rate, functional, mode);
        }
        units[width] = convert(amounts.coveredByInstruments(), rate, functional, mode);
        units[width + 1] = convert(amounts.unappliedCredit(), rate, functional, mode);
        return units;
    }

    private static Optional<FxRate> rate(
            CurrencyUnit from, CurrencyUnit functional, ExchangeRateSource rates, LocalDate date) {
        if (from.equals(functional)) {
            return Optional.empty();
        }
        FxRate rate =
                rates.rate(from, functional, date)
                        .orElseThrow(() -> new MissingRateException(from, functional, date));
        if (!rate.base().equals(from) || !rate.term().equals(functional)) {
            throw new CurrencyMismatchException(
                    "convert an aging total",
                    from.getCurrencyCode() + "/" + functional.getCurrencyCode(),
                    rate.base().getCurrencyCode() + "/" + rate.term().getCurrencyCode());
        }
        return Optional.of(rate);
    }

    private static long convert(
            MonetaryAmount amount,
            Optional<FxRate> rate,
            CurrencyUnit functional,
            RoundingMode mode) {
        MinorAmount units = MinorAmount.of(amount, RoundingMode.UNNECESSARY);
        if (rate.isEmpty()) {
            return units.units();
        }
        return MinorAmount.of(units.toBigDecimal().multiply(rate.get().factor()), functional, mode)
                .units();
    }

    private static AgingAmounts amounts(CurrencyUnit currency, long[] units) {
        int width = units.length - 2;
        List<MonetaryAmount> buckets = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            buckets.add(new MinorAmount(units[i], currency).toMonetaryAmount());
        }
        return new AgingAmounts(
                currency,
                buckets,
                new MinorAmount(units[width], currency).toMonetaryAmount(),
                new MinorAmount(units[width + 1], currency).toMonetaryAmount());
    }
}
