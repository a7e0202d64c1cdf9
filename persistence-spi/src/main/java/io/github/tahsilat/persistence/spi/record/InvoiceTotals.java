package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The totals of an invoice, every amount at the currency's minor-unit scale. The store keeps them
 * as given; the domain computes them.
 *
 * @param net the sum of the lines after discounts, before VAT
 * @param vat the VAT per rate, possibly empty
 * @param gross net plus VAT
 * @param withheld the VAT withheld by the buyer
 * @param withholdings the withheld VAT per withholding code and fraction, adding up to {@code
 *     withheld}; possibly empty
 * @param receivable gross less withheld: the amount the counterparty pays
 */
public record InvoiceTotals(
        BigDecimal net,
        List<VatTotal> vat,
        BigDecimal gross,
        BigDecimal withheld,
        List<WithholdingTotal> withholdings,
        BigDecimal receivable) {

    /**
     * Checks that the components are present and copies the lists.
     *
     * @throws NullPointerException if a component or a list element is {@code null}
     */
    public InvoiceTotals {
        Objects.requireNonNull(net, "net");
        vat = Checks.list(vat, "vat");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(withheld, "withheld");
        withholdings = Checks.list(withholdings, "withholdings");
        Objects.requireNonNull(receivable, "receivable");
    }

    /**
     * Creates totals without a breakdown of the withheld VAT.
     *
     * @throws NullPointerException if a component or a list element is {@code null}
     */
    public InvoiceTotals(
            BigDecimal net,
            List<VatTotal> vat,
            BigDecimal gross,
            BigDecimal withheld,
            BigDecimal receivable) {
        this(net, vat, gross, withheld, List.of(), receivable);
    }
}
