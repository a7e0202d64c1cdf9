package io.github.tahsilat.internal.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount split into its net part and its VAT at one rate, each in exact minor units. The VAT is
 * rounded once to the currency's minor unit. When the amount already contains VAT, the net part is
 * rounded and the VAT is the rest, so {@code net + vat} always equals the gross amount.
 *
 * @param net the amount before VAT
 * @param vat the VAT on {@code net}
 */
public record VatSplit(MinorAmount net, MinorAmount vat) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks that both parts are present and in one currency.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the parts are in different currencies
     */
    public VatSplit {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vat, "vat");
        if (!net.currency().equals(vat.currency())) {
            throw new IllegalArgumentException(
                    "net " + net + " and vat " + vat + " are in different currencies");
        }
    }

    /**
     * Splits a non-negative amount at a VAT rate given in percent.
     *
     * @param amount the amount, without VAT when {@code inclusive} is false, with it otherwise
     * @param ratePercent the VAT rate in percent, such as 20 for 20 %, whose range the caller
     *     checks
     * @param inclusive whether {@code amount} already contains the VAT
     * @param mode the rounding mode for the part that is rounded
     * @throws NullPointerException if an argument is null
     */
    public static VatSplit of(
            MinorAmount amount, BigDecimal ratePercent, boolean inclusive, RoundingMode mode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(mode, "mode");
        BigDecimal share = ratePercent.divide(HUNDRED, MathContext.DECIMAL128);
        if (!inclusive) {
            return new VatSplit(amount, amount.times(share, mode));
        }
        BigDecimal netShare =
                BigDecimal.ONE.divide(BigDecimal.ONE.add(share), MathContext.DECIMAL128);
        MinorAmount net = amount.times(netShare, mode);
        return new VatSplit(net, amount.minus(net));
    }

    /** Returns {@code net + vat}, the amount with VAT. */
    public MinorAmount gross() {
        return net.plus(vat);
    }
}
