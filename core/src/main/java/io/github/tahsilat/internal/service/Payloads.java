package io.github.tahsilat.internal.service;

import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;

/** Text forms of the values that event payloads carry. */
final class Payloads {

    private Payloads() {}

    /** Returns the amount as a plain decimal at its currency's minor-unit scale. */
    static String amount(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).toBigDecimal().toPlainString();
    }
}
