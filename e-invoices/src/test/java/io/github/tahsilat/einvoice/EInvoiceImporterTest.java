package io.github.tahsilat.einvoice;

import static io.github.tahsilat.einvoice.Fixtures.COUNTERPARTY;
import static io.github.tahsilat.einvoice.Fixtures.PER_LINE;
import static io.github.tahsilat.einvoice.Fixtures.importer;
import static io.github.tahsilat.einvoice.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.CreditApplication;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.invoice.VatWithholding;
import io.github.tahsilat.invoice.WithholdingSubtotal;
import io.github.tahsilat.terms.FixedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EInvoiceImporterTest {

    private static final Vkn SELLER = new Vkn("4840847211");
    private static final Vkn BUYER = new Vkn("1234567890");

    private static EInvoice read(UblTestWriter writer) {
        return EInvoiceReader.create().read(writer.bytes());
    }

    private static UblTestWriter sale() {
        UblTestWriter writer = new UblTestWriter();
        writer.line(UblTestWriter.Line.of("Bakım", "3", "33.33", "20"));
        writer.line(UblTestWriter.Line.of("Parça", "1", "10.00", "10"));
        return writer;
    }

    @Nested
    class DirectionFromTaxId {

        @Test
        void supplierCompanyGetsReceivable() {
            ImportResult result = importer(SELLER, PER_LINE).importDocument(read(sale()));

            assertThat(result.direction()).isEqualTo(Direction.RECEIVABLE);
            assertThat(result.counterparty().taxIdentifier()).contains(BUYER);
        }

        @Test
        void customerCompanyGetsPayable() {
            ImportResult result = importer(BUYER, PER_LINE).importDocument(read(sale()));

            assertThat(result.direction()).isEqualTo(Direction.PAYABLE);
            assertThat(result.counterparty().taxIdentifier()).contains(SELLER);
        }

        @Test
        void neitherPartyNamesBothIds() {
            EInvoiceImporter importer = importer(new Vkn("1111111114"), PER_LINE);
            EInvoice document = read(sale());

            assertThatThrownBy(() -> importer.importDocument(document))
                    .isInstanceOf(EInvoiceImportException.class)
                    .hasMessageContaining("TST2025000000001 is not the company's")
                    .hasMessageContaining("4840847211")
                    .hasMessageContaining("1234567890")
                    .hasMessageContaining("1111111114");
        }

        @Test
        void givenDirectionMustMatchParty() {
            EInvoiceImporter importer = importer(BUYER, PER_LINE);
            EInvoice document = read(sale());
            ImportOptions receivable = ImportOptions.direction(Direction.RECEIVABLE);

            assertThatThrownBy(() -> importer.importDocument(document, receivable))
                    .isInstanceOf(EInvoiceImportException.class)
                    .hasMessageContaining("supplier")
                    .hasMessageContaining("does not carry the company's tax id 1234567890");
        }
    }

    @Nested
    class Totals {

        @Test
        void matchingTotalsGiveNoFindings() {
            InvoiceImport result =
                    (InvoiceImport) importer(SELLER, PER_LINE).importDocument(read(sale()));

            // 99.99 + 20 % = 119.99 (19.998 rounds to 20.00), 10.00 + 10 % = 11.00
            assertThat(result.invoice().receivable()).isEqualByComparingTo(money("130.99", "TRY"));
            assertThat(result.invoice().lines()).hasSize(2);
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void printedVatOffByTwoKurusReported() {
            UblTestWriter writer = new UblTestWriter();
            writer.line(UblTestWriter.Line.of("Bakım", "1", "100.00", "20"));
            writer.vatOverride = new BigDecimal("20.02");

            InvoiceImport result =
                    (InvoiceImport) importer(SELLER, PER_LINE).importDocument(read(writer));

            assertThat(result.invoice().totals().vat()).isEqualByComparingTo(money("20.02", "TRY"));
            assertThat(result.invoice().receivable()).isEqualByComparingTo(money("120.02", "TRY"));
            assertThat(result.invoice().computedTotals().vat())
                    .isEqualByComparingTo(money("20.00", "TRY"));
            assertThat(result.findings())
                    .extracting(ImportFinding::kind, ImportFinding::field)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    FindingKind.TOTALS_DIFFER, "vatSubtotals[20].taxAmount"),
                            org.assertj.core.groups.Tuple.tuple(
                                    FindingKind.TOTALS_DIFFER, "receivable"));
            assertThat(result.findings().get(0).printed())
                    .isEqualByComparingTo(money("20.02", "TRY"));
            assertThat(result.findings().get(0).computed())
                    .isEqualByComparingTo(money("20.00", "TRY"));
        }

        @Test
        void printedVatOffByOneKurusAccepted() {
            UblTestWriter writer = new UblTestWriter();
            writer.line(UblTestWriter.Line.of("Bakım", "1", "100.00", "20"));
            writer.vatOverride = new BigDecimal("20.01");

            ImportResult result = importer(SELLER, PER_LINE).importDocument(read(writer));

            assertThat(result.findings()).isEmpty();
        }

        @Test
        void withholdingMappedToVatWithholding() {
            UblTestWriter writer = new UblTestWriter();
            writer.typeCode = "TEVKIFAT";
            writer.line(
                    UblTestWriter.Line.of("Bakım onarım", "1", "1000.00", "20")
                            .withWithholding("603", "70"));

            InvoiceImport result =
                    (InvoiceImport) importer(SELLER, PER_LINE).importDocument(read(writer));

            Invoice invoice = result.invoice();
            assertThat(invoice.lines().get(0).withholding())
                    .isEqualTo(VatWithholding.of("603", 7, 10));
            assertThat(invoice.totals().withholdingSubtotals())
                    .containsExactly(
                            new WithholdingSubtotal(
                                    VatWithholding.of("603", 7, 10), money("140.00", "TRY")));
            // 1000 + 200 VAT − 140 withheld
            assertThat(invoice.receivable()).isEqualByComparingTo(money("1060.00", "TRY"));
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void printedDueDateBecomesFixedTerms() {
            UblTestWriter writer = sale();
            writer.dueDate = "2025-11-30";

            InvoiceImport result =
                    (InvoiceImport) importer(SELLER, PER_LINE).importDocument(read(writer));

            assertThat(result.invoice().terms())
                    .isEqualTo(new FixedDate(LocalDate.of(2025, 11, 30)));
            assertThat(result.invoice().dueSchedule().installments().get(0).dueDate())
                    .isEqualTo(LocalDate.of(2025, 11, 30));
        }
    }

    @Nested
    class ReturnInvoice {

        @Test
        void returnFromCustomerReducesReceivable() {
            Invoice original =
                    ((InvoiceImport) importer(SELLER, PER_LINE).importDocument(read(sale())))
                            .invoice();
            UblTestWriter iade = new UblTestWriter();
            iade.id = "ALC2025000000007";
            iade.typeCode = "IADE";
            iade.billingReference = "TST2025000000001";
            iade.supplierVkn = BUYER.value();
            iade.supplierName = "Alıcı Ltd.";
            iade.customerVkn = SELLER.value();
            iade.customerName = "Satıcı A.Ş.";
            iade.line(UblTestWriter.Line.of("Parça", "1", "10.00", "10"));

            CreditImport result =
                    (CreditImport) importer(SELLER, PER_LINE).importDocument(read(iade));
            CreditApplication application = original.applyCredit(result.credit());

            assertThat(result.credit().kind()).isEqualTo(CreditDocumentKind.RETURN_INVOICE);
            assertThat(result.credit().direction()).isEqualTo(Direction.RECEIVABLE);
            assertThat(result.credit().counterpartyId()).isEqualTo(COUNTERPARTY);
            assertThat(result.credit().reference().number()).contains("TST2025000000001");
            assertThat(result.credit().refersTo(original)).isTrue();
            assertThat(application.applied()).isEqualByComparingTo(money("11.00", "TRY"));
            assertThat(application.invoice().outstanding())
                    .isEqualByComparingTo(money("119.99", "TRY"));
            assertThat(application.invoice().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        }

        @Test
        void returnWeIssuedReducesPayable() {
            UblTestWriter iade = new UblTestWriter();
            iade.typeCode = "IADE";
            iade.billingReference = "SUP-1";
            iade.line(UblTestWriter.Line.of("Parça", "1", "10.00", "10"));

            CreditImport result =
                    (CreditImport) importer(SELLER, PER_LINE).importDocument(read(iade));

            assertThat(result.credit().direction()).isEqualTo(Direction.PAYABLE);
            assertThat(result.counterparty().taxIdentifier()).contains(BUYER);
        }
    }

    @Nested
    class NegativeAmounts {

        private static UblTestWriter twoLines(String[] first, String[] second) {
            UblTestWriter writer = new UblTestWriter();
            writer.line(UblTestWriter.Line.of("Bakım", first[0], first[1], first[2]));
            writer.line(UblTestWriter.Line.of("İade", second[0], second[1], second[2]));
            return writer;
        }

        private static ImportResult importOf(UblTestWriter writer) {
            return importer(SELLER, PER_LINE).importDocument(read(writer));
        }

        @Test
        void negativeLineNettedAtItsRate() {
            UblTestWriter writer =
                    twoLines(
                            new String[] {"1", "100.00", "20"}, new String[] {"1", "-30.00", "20"});

            InvoiceImport result = (InvoiceImport) importOf(writer);

            assertThat(result.invoice().receivable()).isEqualByComparingTo(money("84.00", "TRY"));
            assertThat(result.invoice().lines()).hasSize(1);
            assertThat(result.invoice().lines().get(0).unitPrice())
                    .isEqualByComparingTo(new BigDecimal("70.00"));
            assertThat(result.invoice().lines().get(0).vatRate())
                    .isEqualByComparingTo(new BigDecimal("20"));
            assertThat(result.findings())
                    .extracting(ImportFinding::kind)
                    .containsExactly(FindingKind.LINES_COMBINED);
            assertThat(result.findings().get(0).message())
                    .contains("line 2 has the negative amount TRY -30");
        }

        @Test
        void negativeQuantityNettedAtItsRate() {
            UblTestWriter writer =
                    twoLines(
                            new String[] {"1", "100.00", "20"}, new String[] {"-1", "30.00", "20"});

            InvoiceImport result = (InvoiceImport) importOf(writer);

            assertThat(result.invoice().receivable()).isEqualByComparingTo(money("84.00", "TRY"));
            assertThat(result.findings().get(0).message()).contains("line 2 has the quantity -1");
        }

        @Test
        void negativeNetAtOneRateRejected() {
            UblTestWriter writer =
                    twoLines(
                            new String[] {"1", "100.00", "20"}, new String[] {"1", "-30.00", "10"});

            assertThatThrownBy(() -> importOf(writer))
                    .isInstanceOf(EInvoiceImportException.class)
                    .hasMessageContaining("TST2025000000001")
                    .hasMessageContaining("its amounts at 10 % VAT add up to TRY -30")
                    .hasMessageContaining("separate credit document");
        }

        @Test
        void negativeDocumentRejected() {
            UblTestWriter writer =
                    twoLines(
                            new String[] {"1", "-100.00", "20"}, new String[] {"1", "10.00", "20"});

            assertThatThrownBy(() -> importOf(writer))
                    .isInstanceOf(EInvoiceImportException.class)
                    .hasMessageContaining("its amounts at 20 % VAT add up to TRY -90");
        }

        @Test
        void negativeLineRateRejectedWithLine() {
            UblTestWriter writer =
                    twoLines(
                            new String[] {"1", "100.00", "20"}, new String[] {"1", "10.00", "-20"});

            assertThatThrownBy(() -> importOf(writer))
                    .isInstanceOf(EInvoiceImportException.class)
                    .hasMessageContaining("TST2025000000001")
                    .hasMessageContaining("line 2 prints the VAT rate -20 %")
                    .hasMessageContaining("corrected document");
        }

        @Test
        void negativeAllowanceRateRejected() {
            UblTestWriter writer =
                    twoLines(new String[] {"1", "100.00", "20"}, new String[] {"1", "10.00", "20"});
            writer.extraElements =
                    "<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator>"
                            + "<cbc:Amount currencyID=\"TRY\">5.00</cbc:Amount>"
                            + "<cac:TaxCategory><cbc:Percent>-20</cbc:Percent><cac:TaxScheme>"
                            + "<cbc:Name>KDV</cbc:Name><cbc:TaxTypeCode>0015</cbc:TaxTypeCode>"
                            + "</cac:TaxScheme></cac:TaxCategory></cac:AllowanceCharge>\n";

            assertThatThrownBy(() -> importOf(writer))
                    .isInstanceOf(EInvoiceImportException.class)
                    .hasMessageContaining("the document charge of TRY 5")
                    .hasMessageContaining("prints the VAT rate -20 %");
        }
    }
}
