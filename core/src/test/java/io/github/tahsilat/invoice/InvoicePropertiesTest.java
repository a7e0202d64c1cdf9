package io.github.tahsilat.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class InvoicePropertiesTest {

    /** A line before its currency is known; an amount discount is a share of the line amount. */
    record LineSpec(
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal vatRate,
            int discountKind,
            BigDecimal discountShare,
            VatWithholding withholding) {

        InvoiceLine toLine(String currency) {
            InvoiceLine line =
                    new InvoiceLine("Item", quantity, unitPrice, null, vatRate, withholding);
            if (discountKind == 1) {
                return line.withDiscount(LineDiscount.percent(discountShare.movePointRight(2)));
            }
            if (discountKind == 2) {
                int digits = javax.money.Monetary.getCurrency(currency).getDefaultFractionDigits();
                BigDecimal amount =
                        quantity.multiply(unitPrice)
                                .multiply(discountShare)
                                .setScale(digits, RoundingMode.DOWN);
                return line.withDiscount(
                        LineDiscount.amount(Fixtures.money(amount.toPlainString(), currency)));
            }
            return line;
        }
    }

    @Provide
    Arbitrary<LineSpec> lineSpecs() {
        Arbitrary<BigDecimal> quantities =
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("0.001"), new BigDecimal("1000"))
                        .ofScale(3);
        Arbitrary<BigDecimal> prices =
                Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("100000"))
                        .ofScale(4);
        Arbitrary<BigDecimal> rates =
                Arbitraries.of("0", "1", "7.5", "8", "10", "18", "20", "100").map(BigDecimal::new);
        Arbitrary<BigDecimal> shares =
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
        Arbitrary<VatWithholding> withholdings =
                Arbitraries.of(
                                VatWithholding.of("613", 9, 10),
                                VatWithholding.of("604", 5, 10),
                                VatWithholding.of("603", 7, 10),
                                VatWithholding.of("624", 2, 10),
                                VatWithholding.of("801", 10, 10),
                                VatWithholding.of("999", 1, 3))
                        .injectNull(0.4);
        return Combinators.combine(
                        quantities,
                        prices,
                        rates,
                        Arbitraries.integers().between(0, 2),
                        shares,
                        withholdings)
                .as(LineSpec::new);
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("TRY", "EUR", "JPY", "CLP", "KWD", "BHD");
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN);
    }

    private static Invoice build(
            List<LineSpec> specs,
            String currency,
            PriceBasis basis,
            RoundingMode mode,
            VatRounding vatRounding) {
        Invoice.Builder builder = Fixtures.invoice(currency).priceBasis(basis);
        for (LineSpec spec : specs) {
            builder.line(spec.toLine(currency));
        }
        return builder.build(Fixtures.context(mode, vatRounding));
    }

    private static long units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).units();
    }

    @Property(tries = 400)
    void totalsAddUpExactly(
            @ForAll @Size(min = 1, max = 12) List<@From("lineSpecs") LineSpec> specs,
            @ForAll("currencies") String currency,
            @ForAll PriceBasis basis,
            @ForAll("modes") RoundingMode mode,
            @ForAll VatRounding vatRounding) {
        InvoiceTotals totals = build(specs, currency, basis, mode, vatRounding).totals();

        long taxable = 0;
        long tax = 0;
        for (VatSubtotal subtotal : totals.vatSubtotals()) {
            taxable += units(subtotal.taxableAmount());
            tax += units(subtotal.taxAmount());
        }
        long withheld = 0;
        for (WithholdingSubtotal subtotal : totals.withholdingSubtotals()) {
            withheld += units(subtotal.withheldAmount());
        }
        assertThat(tax).isEqualTo(units(totals.vat()));
        assertThat(taxable).isEqualTo(units(totals.net()));
        assertThat(units(totals.net()) + units(totals.vat())).isEqualTo(units(totals.gross()));
        assertThat(withheld).isEqualTo(units(totals.withheld()));
        assertThat(units(totals.withheld())).isLessThanOrEqualTo(units(totals.vat()));
        assertThat(units(totals.gross()) - units(totals.withheld()))
                .isEqualTo(units(totals.receivable()));
        assertThat(units(totals.receivable())).isNotNegative();
    }

    @Property(tries = 200)
    void inclusiveGrossIsSumOfLines(
            @ForAll @Size(min = 1, max = 12) List<@From("lineSpecs") LineSpec> specs,
            @ForAll("modes") RoundingMode mode,
            @ForAll VatRounding vatRounding) {
        Invoice invoice = build(specs, "TRY", PriceBasis.VAT_INCLUSIVE, mode, vatRounding);

        long expected = 0;
        for (InvoiceLine line : invoice.lines()) {
            BigDecimal amount = line.quantity().multiply(line.unitPrice());
            if (line.discount() instanceof LineDiscount.Percentage p) {
                amount = amount.subtract(amount.multiply(p.percent()).movePointLeft(2));
            } else if (line.discount() instanceof LineDiscount.Amount a) {
                amount = amount.subtract(a.amount().getNumber().numberValue(BigDecimal.class));
            }
            expected += amount.movePointRight(2).setScale(0, mode).longValueExact();
        }
        assertThat(units(invoice.totals().gross())).isEqualTo(expected);
    }

    /** One step on an invoice: a settlement or a credit document of {@code units} minor units. */
    record Step(boolean credit, int units) {}

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(
                        Arbitraries.of(true, false), Arbitraries.integers().between(1, 60000))
                .as(Step::new);
    }

    @Property(tries = 300)
    void outstandingStaysWithinReceivable(
            @ForAll @IntRange(min = 0, max = 100000) int invoiceUnits,
            @ForAll @Size(max = 10) List<@From("steps") Step> steps) {
        Invoice invoice =
                Fixtures.invoiceOf(BigDecimal.valueOf(invoiceUnits, 2).toPlainString(), "EUR");
        long receivable = units(invoice.receivable());
        List<CreditDocument> credits = new ArrayList<>();

        for (Step step : steps) {
            MonetaryAmount amount =
                    Fixtures.money(BigDecimal.valueOf(step.units(), 2).toPlainString(), "EUR");
            if (step.credit()) {
                CreditApplication application =
                        invoice.applyCredit(
                                Fixtures.creditOf(amount.getNumber().toString(), "EUR"));
                long applied = units(application.applied());
                long remaining = units(application.remaining());
                assertThat(applied + remaining).isEqualTo(step.units());
                assertThat(applied).isLessThanOrEqualTo(units(invoice.outstanding()));
                assertThat(units(application.invoice().outstanding()))
                        .isEqualTo(units(invoice.outstanding()) - applied);
                credits.add(application.credit());
                invoice = application.invoice();
            } else if (invoice.checkSettlement(amount).allowed()) {
                invoice = invoice.applySettlement(amount);
            } else {
                assertThat(step.units()).isGreaterThan((int) units(invoice.outstanding()));
            }

            long outstanding = units(invoice.outstanding());
            assertThat(outstanding).isBetween(0L, receivable);
            assertThat(outstanding)
                    .isEqualTo(
                            receivable
                                    - units(invoice.settledAmount())
                                    - units(invoice.creditedAmount()));
            assertThat(invoice.status())
                    .isEqualTo(
                            outstanding == 0
                                    ? InvoiceStatus.PAID
                                    : outstanding == receivable
                                            ? InvoiceStatus.OPEN
                                            : InvoiceStatus.PARTIALLY_PAID);
        }
        for (CreditDocument credit : credits) {
            assertThat(units(credit.applied()) + units(credit.unapplied()))
                    .isEqualTo(units(credit.amount()));
        }
    }
}
