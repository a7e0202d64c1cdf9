package io.github.tahsilat.internal.money;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * The currency units of ISO 4217 codes, each looked up once through Moneta's currency providers.
 * Each call of {@link Monetary#getCurrency(String)} queries the providers again, which took 6 % of
 * a JFR profile of {@code EngineDunningBenchmark.dryRun} at 1 % overdue.
 *
 * <p>The cache stops growing at {@link MoneyCache#MAX_CURRENCIES} codes, like the maps of {@link
 * MoneyCache}; past that size every new code queries the providers on each call. Only a code that a
 * provider supplies is cached. Thread-safe.
 *
 * <p>NOTE: a unit stays cached for the life of the class loader, even if a host later removes the
 * currency provider that supplied it.
 */
public final class CurrencyCache {

    private static final Map<String, CurrencyUnit> UNITS = new ConcurrentHashMap<>();

    private CurrencyCache() {}

    /**
     * Returns the currency unit that Moneta's currency providers supply for {@code code}.
     *
     * @param code an ISO 4217 code, never {@code null}, matched as given without trimming or case
     *     folding
     * @throws javax.money.UnknownCurrencyException if no provider supplies {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     */
    public static CurrencyUnit currency(String code) {
        CurrencyUnit unit = UNITS.get(code);
        if (unit != null) {
            return unit;
        }
        unit = Monetary.getCurrency(code);
        if (UNITS.size() < MoneyCache.MAX_CURRENCIES) {
            UNITS.putIfAbsent(code, unit);
        }
        return unit;
    }
}
