package io.github.tahsilat.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.identifier.Vkn;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Simple invoices written as UBL by the test writer and read back keep their lines and amounts. */
class RoundTripPropertiesTest {

    @Property(tries = 200)
    void linesAndAmountsSurviveRoundTrip(@ForAll("lineLists") List<UblTestWriter.Line> lines) {
        UblTestWriter writer = new UblTestWriter();
        lines.forEach(writer::line);

        EInvoice document = EInvoiceReader.create().read(writer.bytes());

        assertThat(document.lines()).hasSize(lines.size());
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            UblTestWriter.Line written = lines.get(i);
            EInvoiceLine read = document.lines().get(i);
            assertThat(read.name()).isEqualTo(written.name());
            assertThat(read.quantity()).isEqualByComparingTo(written.quantity());
            assertThat(amount(read.price())).isEqualByComparingTo(written.price());
            assertThat(read.vatPercent()).isEqualByComparingTo(written.vatPercent());
            assertThat(amount(read.lineExtensionAmount())).isEqualByComparingTo(written.amount(2));
            assertThat(amount(read.taxTotal().taxAmount())).isEqualByComparingTo(written.vat(2));
            net = net.add(written.amount(2));
            vat = vat.add(written.vat(2));
        }
        assertThat(amount(document.monetaryTotal().lineExtensionAmount()))
                .isEqualByComparingTo(net);
        assertThat(amount(document.monetaryTotal().payableAmount()))
                .isEqualByComparingTo(net.add(vat));
    }

    @Property(tries = 100)
    void importKeepsPrintedReceivable(@ForAll("lineLists") List<UblTestWriter.Line> lines) {
        UblTestWriter writer = new UblTestWriter();
        lines.forEach(writer::line);
        EInvoice document = EInvoiceReader.create().read(writer.bytes());

        InvoiceImport result =
                (InvoiceImport)
                        Fixtures.importer(new Vkn("4840847211"), Fixtures.PER_LINE)
                                .importDocument(document);

        assertThat(result.invoice().receivable())
                .isEqualByComparingTo(document.monetaryTotal().payableAmount());
        assertThat(result.invoice().lines()).hasSize(lines.size());
        assertThat(result.findings()).isEmpty();
    }

    @Provide
    Arbitrary<List<UblTestWriter.Line>> lineLists() {
        return lines().list().ofMinSize(1).ofMaxSize(8);
    }

    private Arbitrary<UblTestWriter.Line> lines() {
        Arbitrary<String> names =
                Arbitraries.of("Bakım", "Danışmanlık", "Işık & Ses", "Parça <A>", "Çay");
        Arbitrary<BigDecimal> quantities =
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("0.001"), new BigDecimal("1000"))
                        .ofScale(3);
        Arbitrary<BigDecimal> prices =
                Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("100000"))
                        .ofScale(4);
        Arbitrary<BigDecimal> rates =
                Arbitraries.of("0", "1", "8", "10", "18", "20").map(BigDecimal::new);
        return Combinators.combine(names, quantities, prices, rates)
                .as(
                        (name, quantity, price, rate) ->
                                new UblTestWriter.Line(name, quantity, price, rate, null, null));
    }

    private static BigDecimal amount(javax.money.MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }
}
