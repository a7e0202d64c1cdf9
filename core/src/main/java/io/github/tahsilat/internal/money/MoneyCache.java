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
 * the zero {@link Money} of a currency, and whether Moneta's currency providers supply a code.
 *
 * <p>Both maps stop growing at {@link #MAX_CURRENCIES} entries, so that a host that builds currency
 * units of its own cannot fill the heap through them; past that size every call computes the fact
 * again. Thread-safe.
 */
final class MoneyCache {

    /**
     * More than four times the 232 currencies that {@code java.util.Currency} lists in JDK 17.0.15.
     */
    static final int MAX_CURRENCIES = 1024;

    private static final Map<CurrencyUnit, MonetaryAmount> ZEROS = new ConcurrentHashMap<>();

    private static final Map<String, Boolean> KNOWN_CODES = new ConcurrentHashMap<>();

    /**
     * The zero returned last, checked before the map. A run in one currency finds its zero here,
     * while a map look-up hashes the currency code each time. Money is immutable, so a thread that
     * reads a stale entry still reads a complete zero and only checks its currency.
     */
    private static volatile MonetaryAmount lastZero;

    /** The currency code found available last, checked before the map like {@link #lastZero}. */
    private static volatile String lastKnownCode;

    private MoneyCache() {}

    /** Returns zero in {@code currency} at its minor-unit scale, the same instance on each call. */
    static MonetaryAmount zero(CurrencyUnit currency) {
        MonetaryAmount last = lastZero;
        if (last != null && last.getCurrency() == currency) {
            return last;
        }
        MonetaryAmount zero = ZEROS.get(currency);
        if (zero != null) {
            lastZero = zero;
            return zero;
        }
        zero = Money.of(BigDecimal.valueOf(0, MinorAmount.fractionDigits(currency)), currency);
        if (ZEROS.size() < MAX_CURRENCIES) {
            ZEROS.putIfAbsent(currency, zero);
        }
        return zero;
    }

    /**
     * Returns {@code true} if Moneta's currency providers supply {@code currencyCode}. Only a
     * supplied code is remembered, so an unknown one is looked up again on every call.
     *
     * <p>NOTE: a code stays available for the life of the class loader, even if a host later
     * removes the currency provider that supplied it.
     */
    static boolean isCurrencyAvailable(String currencyCode) {
        // This compares identity, not equals, so a code that is another instance takes the map.
        if (currencyCode == lastKnownCode) {
            return true;
        }
        if (KNOWN_CODES.containsKey(currencyCode)) {
            lastKnownCode = currencyCode;
            return true;
        }
        boolean available = Monetary.isCurrencyAvailable(currencyCode);
        if (available && KNOWN_CODES.size() < MAX_CURRENCIES) {
            KNOWN_CODES.put(currencyCode, Boolean.TRUE);
        }
        return available;
    }
}
