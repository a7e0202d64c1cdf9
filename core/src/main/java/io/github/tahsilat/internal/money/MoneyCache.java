package io.github.tahsilat.internal.money;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Per-currency facts that the conversions at the API edge would otherwise compute on every call:
 * the zero {@link Money} of a currency, and whether Moneta knows a currency code.
 *
 * <p>Both maps stop growing at {@link #MAX_CURRENCIES} entries, so that a host that builds currency
 * units of its own cannot fill the heap through them; past that size every call computes the fact
 * again. Thread-safe.
 */
final class MoneyCache {

    /** More than the about 180 ISO 4217 currencies in use, with room for a host's own units. */
    static final int MAX_CURRENCIES = 1024;

    private static final Map<CurrencyUnit, MonetaryAmount> ZEROS = new ConcurrentHashMap<>();

    private static final Map<String, Boolean> KNOWN_CODES = new ConcurrentHashMap<>();

    private MoneyCache() {}

    /** Returns zero in {@code currency} at its minor-unit scale, the same instance on each call. */
    static MonetaryAmount zero(CurrencyUnit currency) {
        MonetaryAmount zero = ZEROS.get(currency);
        if (zero != null) {
            return zero;
        }
        zero = Money.of(BigDecimal.valueOf(0, MinorAmount.fractionDigits(currency)), currency);
        if (ZEROS.size() < MAX_CURRENCIES) {
            ZEROS.putIfAbsent(currency, zero);
        }
        return zero;
    }

    /**
     * Returns {@code true} if Moneta's currency providers know {@code currencyCode}. Only a known
     * code is remembered, so an unknown one is asked again on every call.
     *
     * <p>NOTE: a code stays known for the life of the class loader, even if a host later removes
     * the currency provider that supplied it.
     */
    static boolean isCurrencyAvailable(String currencyCode) {
        if (KNOWN_CODES.containsKey(currencyCode)) {
            return true;
        }
        boolean available = Monetary.isCurrencyAvailable(currencyCode);
        if (available && KNOWN_CODES.size() < MAX_CURRENCIES) {
            KNOWN_CODES.put(currencyCode, Boolean.TRUE);
        }
        return available;
    }
}
