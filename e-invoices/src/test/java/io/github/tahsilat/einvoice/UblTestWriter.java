package io.github.tahsilat.einvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes small UBL-TR style Invoice documents for tests: one VAT rate per line, VAT rounded per
 * line with HALF_UP, totals that add up unless a test overrides the printed VAT.
 */
final class UblTestWriter {

    /** A line of the test document. */
    record Line(
            String name,
            BigDecimal quantity,
            BigDecimal price,
            BigDecimal vatPercent,
            String withholdingCode,
            BigDecimal withholdingPercent) {

        static Line of(String name, String quantity, String price, String vatPercent) {
            return new Line(
                    name,
                    new BigDecimal(quantity),
                    new BigDecimal(price),
                    new BigDecimal(vatPercent),
                    null,
                    null);
        }

        Line withWithholding(String code, String percent) {
            return new Line(name, quantity, price, vatPercent, code, new BigDecimal(percent));
        }

        BigDecimal amount(int digits) {
            return quantity.multiply(price).setScale(digits, RoundingMode.HALF_UP);
        }

        BigDecimal vat(int digits) {
            return amount(digits)
                    .multiply(vatPercent)
                    .divide(BigDecimal.valueOf(100), digits, RoundingMode.HALF_UP);
        }

        BigDecimal withheld(int digits) {
            if (withholdingCode == null) {
                return BigDecimal.ZERO.setScale(digits);
            }
            return vat(digits)
                    .multiply(withholdingPercent)
                    .divide(BigDecimal.valueOf(100), digits, RoundingMode.HALF_UP);
        }
    }

    String id = "TST2025000000001";
    String typeCode = "SATIS";
    String profileId = "TEMELFATURA";
    String currency = "TRY";
    int digits = 2;
    String issueDate = "2025-10-21";
    String dueDate;
    String supplierVkn = "4840847211";
    String supplierName = "Satıcı A.Ş.";
    String customerVkn = "1234567890";
    String customerName = "Alıcı Ltd.";
    String billingReference;
    String extraElements = "";
    BigDecimal vatOverride;
    final List<Line> lines = new ArrayList<>();

    UblTestWriter line(Line line) {
        lines.add(line);
        return this;
    }

    byte[] bytes() {
        return xml().getBytes(StandardCharsets.UTF_8);
    }

    String xml() {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"")
                .append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:")
                .append("CommonAggregateComponents-2\"")
                .append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:")
                .append("CommonBasicComponents-2\">\n")
                .append("<cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n")
                .append("<cbc:CustomizationID>TR1.2</cbc:CustomizationID>\n")
                .append(element("cbc:ProfileID", profileId))
                .append(element("cbc:ID", id))
                .append(element("cbc:UUID", "f47ac10b-58cc-4372-a567-0e02b2c3d479"))
                .append(element("cbc:IssueDate", issueDate));
        if (dueDate != null) {
            out.append(element("cbc:DueDate", dueDate));
        }
        out.append(element("cbc:InvoiceTypeCode", typeCode))
                .append(element("cbc:DocumentCurrencyCode", currency))
                .append(extraElements);
        if (billingReference != null) {
            out.append("<cac:BillingReference><cac:InvoiceDocumentReference>")
                    .append(element("cbc:ID", billingReference))
                    .append(element("cbc:IssueDate", issueDate))
                    .append("</cac:InvoiceDocumentReference></cac:BillingReference>\n");
        }
        out.append(party("AccountingSupplierParty", supplierVkn, supplierName))
                .append(party("AccountingCustomerParty", customerVkn, customerName));

        Map<BigDecimal, BigDecimal[]> perRate = new TreeMap<>();
        Map<String, BigDecimal[]> perCode = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO;
        for (Line line : lines) {
            BigDecimal[] sums =
                    perRate.computeIfAbsent(
                            line.vatPercent().stripTrailingZeros(),
                            rate -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(line.amount(digits));
            sums[1] = sums[1].add(line.vat(digits));
            net = net.add(line.amount(digits));
            if (line.withholdingCode() != null) {
                BigDecimal[] withheld =
                        perCode.computeIfAbsent(
                                line.withholdingCode() + "/" + line.withholdingPercent(),
                                key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                withheld[0] = withheld[0].add(line.vat(digits));
                withheld[1] = withheld[1].add(line.withheld(digits));
            }
        }
        BigDecimal vat = BigDecimal.ZERO;
        out.append("<cac:TaxTotal>\n");
        StringBuilder subtotals = new StringBuilder();
        for (Map.Entry<BigDecimal, BigDecimal[]> entry : perRate.entrySet()) {
            BigDecimal tax = vatOverride != null ? vatOverride : entry.getValue()[1];
            vat = vat.add(tax);
            subtotals.append(subtotal(entry.getValue()[0], tax, entry.getKey(), "KDV", "0015"));
        }
        out.append(amount("cbc:TaxAmount", vat)).append(subtotals).append("</cac:TaxTotal>\n");
        BigDecimal withheld = BigDecimal.ZERO;
        if (!perCode.isEmpty()) {
            StringBuilder withholdings = new StringBuilder();
            for (Map.Entry<String, BigDecimal[]> entry : perCode.entrySet()) {
                String[] codeAndPercent = entry.getKey().split("/");
                withheld = withheld.add(entry.getValue()[1]);
                withholdings.append(
                        subtotal(
                                entry.getValue()[0],
                                entry.getValue()[1],
                                new BigDecimal(codeAndPercent[1]),
                                "KDV Tevkifatı",
                                codeAndPercent[0]));
            }
            out.append("<cac:WithholdingTaxTotal>\n")
                    .append(amount("cbc:TaxAmount", withheld))
                    .append(withholdings)
                    .append("</cac:WithholdingTaxTotal>\n");
        }
        out.append("<cac:LegalMonetaryTotal>\n")
                .append(amount("cbc:LineExtensionAmount", net))
                .append(amount("cbc:TaxExclusiveAmount", net))
                .append(amount("cbc:TaxInclusiveAmount", net.add(vat)))
                .append(amount("cbc:PayableAmount", net.add(vat).subtract(withheld)))
                .append("</cac:LegalMonetaryTotal>\n");
        for (int i = 0; i < lines.size(); i++) {
            out.append(invoiceLine(i + 1, lines.get(i)));
        }
        return out.append("</Invoice>\n").toString();
    }

    private String invoiceLine(int number, Line line) {
        StringBuilder out = new StringBuilder("<cac:InvoiceLine>\n");
        out.append(element("cbc:ID", String.valueOf(number)))
                .append("<cbc:InvoicedQuantity unitCode=\"C62\">")
                .append(line.quantity().toPlainString())
                .append("</cbc:InvoicedQuantity>\n")
                .append(amount("cbc:LineExtensionAmount", line.amount(digits)))
                .append("<cac:TaxTotal>\n")
                .append(amount("cbc:TaxAmount", line.vat(digits)))
                .append(
                        subtotal(
                                line.amount(digits),
                                line.vat(digits),
                                line.vatPercent(),
                                "KDV",
                                "0015"))
                .append("</cac:TaxTotal>\n");
        if (line.withholdingCode() != null) {
            out.append("<cac:WithholdingTaxTotal>\n")
                    .append(amount("cbc:TaxAmount", line.withheld(digits)))
                    .append(
                            subtotal(
                                    line.vat(digits),
                                    line.withheld(digits),
                                    line.withholdingPercent(),
                                    "KDV Tevkifatı",
                                    line.withholdingCode()))
                    .append("</cac:WithholdingTaxTotal>\n");
        }
        out.append("<cac:Item>")
                .append(element("cbc:Name", line.name()))
                .append("</cac:Item>\n")
                .append("<cac:Price>")
                .append(amount("cbc:PriceAmount", line.price()))
                .append("</cac:Price>\n")
                .append("</cac:InvoiceLine>\n");
        return out.toString();
    }

    private String subtotal(
            BigDecimal taxable, BigDecimal tax, BigDecimal percent, String name, String code) {
        return "<cac:TaxSubtotal>"
                + amount("cbc:TaxableAmount", taxable)
                + amount("cbc:TaxAmount", tax)
                + element("cbc:Percent", percent.toPlainString())
                + "<cac:TaxCategory><cac:TaxScheme>"
                + element("cbc:Name", name)
                + element("cbc:TaxTypeCode", code)
                + "</cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>\n";
    }

    private static String party(String role, String vkn, String name) {
        return "<cac:"
                + role
                + "><cac:Party><cac:PartyIdentification><cbc:ID schemeID=\"VKN\">"
                + vkn
                + "</cbc:ID></cac:PartyIdentification><cac:PartyName>"
                + element("cbc:Name", name)
                + "</cac:PartyName></cac:Party></cac:"
                + role
                + ">\n";
    }

    private String amount(String name, BigDecimal value) {
        return "<"
                + name
                + " currencyID=\""
                + currency
                + "\">"
                + value.toPlainString()
                + "</"
                + name
                + ">\n";
    }

    private static String element(String name, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;");
        return "<" + name + ">" + escaped + "</" + name + ">\n";
    }
}
