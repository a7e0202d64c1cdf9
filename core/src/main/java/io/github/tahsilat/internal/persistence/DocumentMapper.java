package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceTotals;
import io.github.tahsilat.invoice.LineDiscount;
import io.github.tahsilat.invoice.PriceBasis;
import io.github.tahsilat.invoice.VatSubtotal;
import io.github.tahsilat.invoice.VatWithholding;
import io.github.tahsilat.invoice.WithholdingSubtotal;
import io.github.tahsilat.persistence.spi.record.VatTotal;
import io.github.tahsilat.persistence.spi.record.Withholding;
import io.github.tahsilat.persistence.spi.record.WithholdingTotal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Maps the parts that invoices and credit documents share: price basis, lines and totals.
 *
 * <p>NOTE: a line with a discount of 0 % is stored like a line without a discount, because the
 * record keeps a percentage of 0 for both, so it is read back without one. The amounts agree.
 */
final class DocumentMapper {

    private DocumentMapper() {}

    static io.github.tahsilat.persistence.spi.record.PriceBasis priceBasis(PriceBasis basis) {
        return io.github.tahsilat.persistence.spi.record.PriceBasis.valueOf(basis.name());
    }

    static PriceBasis priceBasis(io.github.tahsilat.persistence.spi.record.PriceBasis basis) {
        return PriceBasis.valueOf(basis.name());
    }

    static List<io.github.tahsilat.persistence.spi.record.InvoiceLine> lines(
            List<InvoiceLine> lines) {
        return lines.stream().map(DocumentMapper::line).toList();
    }

    private static io.github.tahsilat.persistence.spi.record.InvoiceLine line(InvoiceLine line) {
        BigDecimal percent = BigDecimal.ZERO;
        Optional<BigDecimal> amount = Optional.empty();
        if (line.discount() instanceof LineDiscount.Percentage percentage) {
            percent = percentage.percent();
        } else if (line.discount() instanceof LineDiscount.Amount fixed) {
            amount = Optional.of(Amounts.decimal(fixed.amount()));
        }
        return new io.github.tahsilat.persistence.spi.record.InvoiceLine(
                line.description(),
                line.quantity(),
                line.unitPrice(),
                percent,
                amount,
                line.vatRate(),
                Optional.ofNullable(line.withholding())
                        .map(w -> new Withholding(w.code(), w.numerator(), w.denominator())));
    }

    static List<InvoiceLine> lines(
            List<io.github.tahsilat.persistence.spi.record.InvoiceLine> lines,
            CurrencyUnit currency) {
        return lines.stream().map(line -> line(line, currency)).toList();
    }

    private static InvoiceLine line(
            io.github.tahsilat.persistence.spi.record.InvoiceLine line, CurrencyUnit currency) {
        LineDiscount discount = null;
        if (line.discountAmount().isPresent()) {
            discount = LineDiscount.amount(Amounts.money(line.discountAmount().get(), currency));
        } else if (line.discountPercent().signum() > 0) {
            discount = LineDiscount.percent(line.discountPercent());
        }
        VatWithholding withholding =
                line.withholding()
                        .map(w -> VatWithholding.of(w.code(), w.numerator(), w.denominator()))
                        .orElse(null);
        return new InvoiceLine(
                line.description(),
                line.quantity(),
                line.unitPrice(),
                discount,
                line.vatPercent(),
                withholding);
    }

    static io.github.tahsilat.persistence.spi.record.InvoiceTotals totals(InvoiceTotals totals) {
        return new io.github.tahsilat.persistence.spi.record.InvoiceTotals(
                Amounts.minorScale(totals.net()),
                totals.vatSubtotals().stream()
                        .map(
                                vat ->
                                        new VatTotal(
                                                vat.rate(),
                                                Amounts.minorScale(vat.taxableAmount()),
                                                Amounts.minorScale(vat.taxAmount())))
                        .toList(),
                Amounts.minorScale(totals.gross()),
                Amounts.minorScale(totals.withheld()),
                totals.withholdingSubtotals().stream()
                        .map(
                                subtotal ->
                                        new WithholdingTotal(
                                                subtotal.withholding().code(),
                                                subtotal.withholding().numerator(),
                                                subtotal.withholding().denominator(),
                                                Amounts.minorScale(subtotal.withheldAmount())))
                        .toList(),
                Amounts.minorScale(totals.receivable()));
    }

    static InvoiceTotals totals(
            io.github.tahsilat.persistence.spi.record.InvoiceTotals totals, CurrencyUnit currency) {
        List<VatSubtotal> vat =
                totals.vat().stream()
                        .map(
                                rate ->
                                        new VatSubtotal(
                                                rate.ratePercent(),
                                                Amounts.money(rate.base(), currency),
                                                Amounts.money(rate.amount(), currency)))
                        .toList();
        MonetaryAmount vatSum = Amounts.money(BigDecimal.ZERO, currency);
        for (VatSubtotal subtotal : vat) {
            vatSum = vatSum.add(subtotal.taxAmount());
        }
        List<WithholdingSubtotal> withholdings =
                totals.withholdings().stream()
                        .map(
                                w ->
                                        new WithholdingSubtotal(
                                                VatWithholding.of(
                                                        w.code(), w.numerator(), w.denominator()),
                                                Amounts.money(w.amount(), currency)))
                        .toList();
        return new InvoiceTotals(
                Amounts.money(totals.net(), currency),
                vat,
                vatSum,
                Amounts.money(totals.gross(), currency),
                withholdings,
                Amounts.money(totals.withheld(), currency),
                Amounts.money(totals.receivable(), currency));
    }
}
