package io.github.tahsilat.invoice;

import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Computes a document's totals from its lines.
 *
 * <p>Every division is rounded once, exactly, with the company's mode: {@link
 * BigDecimal#divide(BigDecimal, int, RoundingMode)} rounds the exact quotient, so no intermediate
 * step can move a tie. All amounts are counted in minor units.
 *
 * <ol>
 *   <li>Each line amount {@code quantity × unitPrice − discount} is rounded to the minor unit. It
 *       is the net amount under {@link PriceBasis#VAT_EXCLUSIVE} and the gross amount under {@link
 *       PriceBasis#VAT_INCLUSIVE}.
 *   <li>Under {@link VatRounding#PER_LINE} each line's VAT is rounded, then summed per rate. Under
 *       {@link VatRounding#PER_DOCUMENT} the line amounts are summed per rate and the rate's VAT is
 *       rounded once. For inclusive prices the net is {@code gross × 100 / (100 + rate)} rounded,
 *       and the VAT is {@code gross − net}.
 *   <li>Withholding per line is the line's rounded VAT times the fraction, rounded. Per document it
 *       is the rate's rounded VAT times the fractions averaged over the rate's line amounts,
 *       rounded once, then split between the codes by {@link MinorAllocator}. Either way the
 *       withheld amount never exceeds the VAT it is taken from.
 * </ol>
 */
final class TotalsCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<VatWithholding> BY_CODE =
            Comparator.comparing(VatWithholding::code)
                    .thenComparingInt(VatWithholding::denominator)
                    .thenComparingInt(VatWithholding::numerator);

    private final CurrencyUnit currency;
    private final PriceBasis basis;
    private final RoundingMode mode;
    private final Map<BigDecimal, RateTotal> rates = new TreeMap<>();
    private final Map<VatWithholding, Long> withheld = new TreeMap<>(BY_CODE);

    private TotalsCalculator(CurrencyUnit currency, PriceBasis basis, RoundingMode mode) {
        this.currency = currency;
        this.basis = basis;
        this.mode = mode;
    }

    /**
     * Computes the totals of {@code lines}.
     *
     * @throws InvalidInputException if a discount amount is in another currency or exceeds its line
     *     amount, or a total does not fit in a long count of minor units
     */
    static InvoiceTotals compute(
            List<InvoiceLine> lines,
            CurrencyUnit currency,
            PriceBasis basis,
            RoundingMode mode,
            VatRounding vatRounding) {
        TotalsCalculator calculator = new TotalsCalculator(currency, basis, mode);
        try {
            for (int i = 0; i < lines.size(); i++) {
                calculator.addLine(i, lines.get(i), vatRounding);
            }
            return calculator.totals(vatRounding);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(
                    "lines",
                    lines.size() + " lines",
                    "line amounts whose totals fit in a long count of minor units");
        }
    }

    private void addLine(int index, InvoiceLine line, VatRounding vatRounding) {
        long amount = lineAmount(index, line);
        BigDecimal rate = VatSubtotal.normalizeRate(line.vatRate());
        RateTotal total = rates.computeIfAbsent(rate, key -> new RateTotal());
        total.amount = Math.addExact(total.amount, amount);
        VatWithholding withholding = line.withholding();
        if (withholding != null) {
            total.withholdingAmounts.merge(withholding, amount, Math::addExact);
        }
        if (vatRounding == VatRounding.PER_LINE) {
            long net = net(amount, rate);
            long vat = basis == PriceBasis.VAT_EXCLUSIVE ? vat(amount, rate) : amount - net;
            total.net = Math.addExact(total.net, net);
            total.vat = Math.addExact(total.vat, vat);
            if (withholding != null) {
                long share =
                        divide(
                                BigDecimal.valueOf(vat)
                                        .multiply(BigDecimal.valueOf(withholding.numerator())),
                                BigDecimal.valueOf(withholding.denominator()));
                withheld.merge(withholding, share, Math::addExact);
            }
        }
    }

    /** Returns {@code quantity × unitPrice − discount} rounded to the minor unit. */
    private long lineAmount(int index, InvoiceLine line) {
        BigDecimal base = line.quantity().multiply(line.unitPrice());
        BigDecimal discount = BigDecimal.ZERO;
        if (line.discount() instanceof LineDiscount.Percentage percentage) {
            discount = base.multiply(percentage.percent()).movePointLeft(2);
        } else if (line.discount() instanceof LineDiscount.Amount fixed) {
            String field = "lines[" + index + "].discount.amount";
            MonetaryAmount amount = fixed.amount();
            if (!amount.getCurrency().equals(currency)) {
                throw new InvalidInputException(
                        field,
                        amount,
                        "an amount in " + currency.getCurrencyCode() + ", the document currency");
            }
            discount = amount.getNumber().numberValue(BigDecimal.class);
            if (discount.compareTo(base) > 0) {
                throw new InvalidInputException(
                        field,
                        amount,
                        "at most the line amount quantity × unit price = " + base.toPlainString());
            }
        }
        int digits = MinorAmount.fractionDigits(currency);
        return base.subtract(discount).movePointRight(digits).setScale(0, mode).longValueExact();
    }

    /** Returns the net part of a line or rate amount. */
    private long net(long amount, BigDecimal rate) {
        if (basis == PriceBasis.VAT_EXCLUSIVE) {
            return amount;
        }
        return divide(BigDecimal.valueOf(amount).multiply(HUNDRED), HUNDRED.add(rate));
    }

    /** Returns the VAT on a net amount. */
    private long vat(long net, BigDecimal rate) {
        return divide(BigDecimal.valueOf(net).multiply(rate), HUNDRED);
    }

    private long divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 0, mode).longValueExact();
    }

    private InvoiceTotals totals(VatRounding vatRounding) {
        if (vatRounding == VatRounding.PER_DOCUMENT) {
            for (Map.Entry<BigDecimal, RateTotal> entry : rates.entrySet()) {
                roundPerDocument(entry.getKey(), entry.getValue());
            }
        }
        long net = 0;
        long vat = 0;
        List<VatSubtotal> vatSubtotals = new ArrayList<>();
        for (Map.Entry<BigDecimal, RateTotal> entry : rates.entrySet()) {
            RateTotal total = entry.getValue();
            net = Math.addExact(net, total.net);
            vat = Math.addExact(vat, total.vat);
            vatSubtotals.add(new VatSubtotal(entry.getKey(), money(total.net), money(total.vat)));
        }
        long withheldSum = 0;
        List<WithholdingSubtotal> withholdingSubtotals = new ArrayList<>();
        for (Map.Entry<VatWithholding, Long> entry : withheld.entrySet()) {
            withheldSum = Math.addExact(withheldSum, entry.getValue());
            withholdingSubtotals.add(
                    new WithholdingSubtotal(entry.getKey(), money(entry.getValue())));
        }
        long gross = Math.addExact(net, vat);
        return new InvoiceTotals(
                money(net),
                vatSubtotals,
                money(vat),
                money(gross),
                withholdingSubtotals,
                money(withheldSum),
                money(Math.subtractExact(gross, withheldSum)));
    }

    private void roundPerDocument(BigDecimal rate, RateTotal total) {
        total.net = net(total.amount, rate);
        total.vat =
                basis == PriceBasis.VAT_EXCLUSIVE
                        ? vat(total.amount, rate)
                        : total.amount - total.net;
        if (total.withholdingAmounts.isEmpty()) {
            return;
        }

        // Each code's weight is its line amounts times its fraction, over a common denominator.
        BigInteger commonDenominator = BigInteger.ONE;
        for (VatWithholding withholding : total.withholdingAmounts.keySet()) {
            BigInteger denominator = BigInteger.valueOf(withholding.denominator());
            commonDenominator =
                    commonDenominator
                            .multiply(denominator)
                            .divide(commonDenominator.gcd(denominator));
        }
        List<VatWithholding> codes = new ArrayList<>(total.withholdingAmounts.keySet());
        List<BigDecimal> weights = new ArrayList<>();
        BigDecimal weightSum = BigDecimal.ZERO;
        for (VatWithholding withholding : codes) {
            BigInteger scale =
                    commonDenominator.divide(BigInteger.valueOf(withholding.denominator()));
            BigDecimal weight =
                    BigDecimal.valueOf(total.withholdingAmounts.get(withholding))
                            .multiply(BigDecimal.valueOf(withholding.numerator()))
                            .multiply(new BigDecimal(scale));
            weights.add(weight);
            weightSum = weightSum.add(weight);
        }
        if (weightSum.signum() == 0 || total.amount == 0) {
            codes.forEach(code -> withheld.merge(code, 0L, Math::addExact));
            return;
        }
        long rateWithheld =
                divide(
                        BigDecimal.valueOf(total.vat).multiply(weightSum),
                        BigDecimal.valueOf(total.amount)
                                .multiply(new BigDecimal(commonDenominator)));
        List<MinorAmount> shares =
                MinorAllocator.split(new MinorAmount(rateWithheld, currency), weights, mode);
        for (int i = 0; i < codes.size(); i++) {
            withheld.merge(codes.get(i), shares.get(i).units(), Math::addExact);
        }
    }

    private MonetaryAmount money(long units) {
        return new MinorAmount(units, currency).toMonetaryAmount();
    }

    /** The running totals of one VAT rate. */
    private static final class RateTotal {
        /** The sum of the rounded line amounts, net or gross by the price basis. */
        long amount;

        long net;
        long vat;

        /** The line amounts per withholding, in line order. */
        final Map<VatWithholding, Long> withholdingAmounts = new LinkedHashMap<>();
    }
}
