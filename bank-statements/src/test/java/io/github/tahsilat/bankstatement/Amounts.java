package io.github.tahsilat.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Helpers that state expected amounts in tests. */
final class Amounts {
    private Amounts() {}

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    /** Asserts an amount's currency and value, ignoring the scale. */
    static void assertMoney(MonetaryAmount actual, String amount, String currency) {
        assertThat(actual).as("amount").isNotNull();
        assertThat(actual.getCurrency().getCurrencyCode())
                .as("currency of " + actual)
                .isEqualTo(currency);
        assertThat(decimal(actual)).as("value of " + actual).isEqualByComparingTo(amount);
    }

    static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /** Returns the sum of the positive entry amounts, whatever their currency. */
    static BigDecimal credits(List<Entry> entries) {
        return entries.stream()
                .map(e -> decimal(e.amount()))
                .filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Returns the sum of the negative entry amounts as a positive number. */
    static BigDecimal debits(List<Entry> entries) {
        return entries.stream()
                .map(e -> decimal(e.amount()))
                .filter(a -> a.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .negate();
    }

    static long creditCount(List<Entry> entries) {
        return entries.stream().filter(e -> e.amount().isPositiveOrZero()).count();
    }

    static long debitCount(List<Entry> entries) {
        return entries.stream().filter(e -> e.amount().isNegative()).count();
    }
}
