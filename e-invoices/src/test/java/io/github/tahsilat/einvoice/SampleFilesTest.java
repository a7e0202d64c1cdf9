package io.github.tahsilat.einvoice;

import static io.github.tahsilat.einvoice.Fixtures.COUNTERPARTY;
import static io.github.tahsilat.einvoice.Fixtures.PER_DOCUMENT;
import static io.github.tahsilat.einvoice.Fixtures.PER_LINE;
import static io.github.tahsilat.einvoice.Fixtures.importer;
import static io.github.tahsilat.einvoice.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.CreditApplication;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.invoice.VatSubtotal;
import io.github.tahsilat.terms.FixedDate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads and imports every public UBL sample file, with values checked by hand against each file.
 */
class SampleFilesTest {

    private static final String REMINDER = "oasis-ubl21-reminder-example.xml";

    private static EInvoice read(String name) {
        return EInvoiceReader.create().read(SampleFiles.ubl(name));
    }

    @Nested
    class EveryFile {

        @Test
        void everySampleIsReadOrRejectedAsReminder() throws IOException {
            List<Path> files;
            try (Stream<Path> listing = Files.list(SampleFiles.ublFolder())) {
                files = listing.filter(path -> path.toString().endsWith(".xml")).sorted().toList();
            }

            assertThat(files).hasSizeGreaterThanOrEqualTo(8);
            for (Path file : files) {
                if (file.getFileName().toString().equals(REMINDER)) {
                    assertThatThrownBy(() -> EInvoiceReader.create().read(file))
                            .isInstanceOf(EInvoiceFormatException.class);
                } else {
                    assertThat(EInvoiceReader.create().read(file).lines()).isNotEmpty();
                }
            }
        }

        @ParameterizedTest
        @CsvSource({
            "en16931-ubl-tc434-example1-nl-eur.xml, INVOICE, EN_16931, 12115118, 380, EUR,"
                    + " 2015-01-09, 20, 250.33",
            "oasis-ubl21-creditnote-example.xml, CREDIT_NOTE, UBL, TOSL108, , EUR, 2009-12-15, 5,"
                    + " 729",
            "oasis-ubl21-invoice-example.xml, INVOICE, UBL, TOSL108, 380, EUR, 2009-12-15, 5, 729",
            "peppol-bis3-creditnote-be-eur.xml, CREDIT_NOTE, PEPPOL_BIS_BILLING_3, 018304 / 28865,"
                    + " 381, EUR, 2019-09-23, 1, 100.11",
            "peppol-bis3-invoice-dk-dkk.xml, INVOICE, PEPPOL_BIS_BILLING_3, 12345, 380, DKK,"
                    + " 2019-01-25, 1, 782179.43",
            "ubl-tr-iade-return-try.xml, INVOICE, UBL_TR_TEMELFATURA, DMY20180515152211, IADE, TRY,"
                    + " 2018-05-15, 1, 11.80",
            "ubl-tr-temelfatura-satis-try.xml, INVOICE, UBL_TR_TEMELFATURA, DMY20180515151915,"
                    + " SATIS, TRY, 2018-05-15, 1, 11.80"
        })
        void headerOfEachSample(
                String file,
                DocumentKind kind,
                Profile profile,
                String id,
                String typeCode,
                String currency,
                LocalDate issueDate,
                int lines,
                String payable) {
            EInvoice document = read(file);

            assertThat(document.kind()).isEqualTo(kind);
            assertThat(document.profile()).isEqualTo(profile);
            assertThat(document.id()).isEqualTo(id);
            assertThat(document.typeCode()).isEqualTo(typeCode);
            assertThat(document.currency().getCurrencyCode()).isEqualTo(currency);
            assertThat(document.issueDate()).isEqualTo(issueDate);
            assertThat(document.lines()).hasSize(lines);
            assertThat(document.monetaryTotal().payableAmount())
                    .isEqualByComparingTo(money(payable, currency));
        }

        @Test
        void reminderRejectedAsNotInvoice() {
            Path file = SampleFiles.ubl(REMINDER);

            assertThatThrownBy(() -> EInvoiceReader.create().read(file))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageContaining("/Reminder")
                    .hasMessageContaining("not an Invoice or CreditNote");
        }
    }

    @Nested
    class PeppolInvoiceInDanishKroner {
        private final EInvoice document = read("peppol-bis3-invoice-dk-dkk.xml");

        @Test
        void partiesAndPayment() {
            assertThat(document.supplier().displayName()).isEqualTo("Company A");
            assertThat(document.supplier().taxIdentifier())
                    .contains(new ForeignTaxId("DK", "12345678"));
            assertThat(document.supplier().endpointId())
                    .isEqualTo(new PartyIdentifier("0184", "DK12345678"));
            assertThat(document.customer().displayName()).isEqualTo("Company B");
            assertThat(document.customer().address().cityName()).isEqualTo("Slemmestad");
            assertThat(document.paymentMeans()).hasSize(1);
            assertThat(document.paymentMeans().get(0).code()).isEqualTo("58");
            assertThat(document.paymentMeans().get(0).paymentId()).isEqualTo("12345667890");
            // 1234567891234 is a national account number, not an IBAN.
            assertThat(document.paymentMeans().get(0).payeeAccountIds())
                    .containsExactly("1234567891234");
            assertThat(document.supplier().ibans()).isEmpty();
        }

        @Test
        void lineTaxesAndDueDate() {
            EInvoiceLine line = document.lines().get(0);

            assertThat(line.quantity()).isEqualByComparingTo("1");
            assertThat(line.unitCode()).isEqualTo("KWH");
            assertThat(line.lineExtensionAmount()).isEqualByComparingTo(money("625743.54", "DKK"));
            assertThat(line.vatPercent()).isEqualByComparingTo("25");
            assertThat(document.taxSubtotals()).hasSize(1);
            assertThat(document.taxSubtotals().get(0).taxAmount())
                    .isEqualByComparingTo(money("156435.89", "DKK"));
            assertThat(document.printedDueDate()).contains(LocalDate.of(2019, 2, 24));
            assertThat(document.billingReferences()).isEmpty();
        }

        @Test
        void importedByIssuerAsReceivable() {
            ImportResult result =
                    importer(new ForeignTaxId("DK", "12345678"), PER_LINE).importDocument(document);

            Invoice invoice = ((InvoiceImport) result).invoice();
            assertThat(result.direction()).isEqualTo(Direction.RECEIVABLE);
            assertThat(result.counterparty().displayName()).isEqualTo("Company B");
            assertThat(invoice.counterpartyId()).isEqualTo(COUNTERPARTY);
            assertThat(invoice.number()).isEqualTo("12345");
            assertThat(invoice.terms()).isEqualTo(new FixedDate(LocalDate.of(2019, 2, 24)));
            assertThat(invoice.receivable()).isEqualByComparingTo(money("782179.43", "DKK"));
            assertThat(invoice.lines()).hasSize(1);
            assertThat(result.findings()).isEmpty();
            assertThat(result.paymentsToRecord()).isEmpty();
        }

        @Test
        void importedByBuyerAsPayable() {
            ImportResult result =
                    importer(new ForeignTaxId("DK", "87654321"), PER_LINE).importDocument(document);

            assertThat(result.direction()).isEqualTo(Direction.PAYABLE);
            assertThat(result.counterparty().displayName()).isEqualTo("Company A");
        }
    }

    @Nested
    class PeppolCreditNoteInEuro {
        private final EInvoice document = read("peppol-bis3-creditnote-be-eur.xml");

        @Test
        void partiesAccountsAndTaxes() {
            assertThat(document.supplier().displayName()).isEqualTo("My Supplier Company N.V.");
            assertThat(document.supplier().taxIdentifier())
                    .contains(new ForeignTaxId("BE", "0000000196"));
            assertThat(document.supplier().ibans()).containsExactly(Iban.parse("BE91000000143476"));
            assertThat(document.customer().taxIdentifier())
                    .contains(new ForeignTaxId("BE", "0000000295"));
            assertThat(document.customer().email()).isEqualTo("pete.smith@mycustomercompany.be");
            assertThat(document.taxSubtotals()).hasSize(1);
            TaxSubtotal exempt = document.taxSubtotals().get(0);
            assertThat(exempt.category().id()).isEqualTo("E");
            assertThat(exempt.taxableAmount()).isEqualByComparingTo(money("100.11", "EUR"));
            assertThat(exempt.taxAmount()).isEqualByComparingTo(money("0", "EUR"));
            assertThat(document.lines().get(0).quantity()).isEqualByComparingTo("1.00");
            assertThat(document.printedDueDate()).isEmpty();
            assertThat(document.billingReferences()).isEmpty();
        }

        @Test
        void withoutReferenceImportRejected() {
            EInvoiceImporter importer = importer(new ForeignTaxId("BE", "0000000196"), PER_LINE);

            assertThatThrownBy(() -> importer.importDocument(document))
                    .isInstanceOf(EInvoiceImportException.class)
                    .hasMessageContaining("018304 / 28865")
                    .hasMessageContaining("names no invoice");
        }

        @Test
        void withGivenReferenceImportedAsCreditNote() {
            EInvoiceImporter importer = importer(new ForeignTaxId("BE", "0000000196"), PER_LINE);
            ImportOptions options =
                    ImportOptions.none().withCreditReference(InvoiceReference.toNumber("INV-1"));

            CreditImport result = (CreditImport) importer.importDocument(document, options);

            CreditDocument credit = result.credit();
            assertThat(credit.kind()).isEqualTo(CreditDocumentKind.CREDIT_NOTE);
            assertThat(credit.direction()).isEqualTo(Direction.RECEIVABLE);
            assertThat(credit.reference().number()).contains("INV-1");
            assertThat(credit.amount()).isEqualByComparingTo(money("100.11", "EUR"));
            assertThat(result.findings()).isEmpty();
        }
    }

    @Nested
    class En16931DutchInvoice {
        private final EInvoice document = read("en16931-ubl-tc434-example1-nl-eur.xml");

        @Test
        void partiesAndAccounts() {
            assertThat(document.supplier().registrationName()).isEqualTo("De Koksmaat");
            assertThat(document.supplier().taxSchemeCompanyIds())
                    .containsExactly("NL8200.98.395.B.01");
            assertThat(document.supplier().ibans())
                    .containsExactly(
                            Iban.parse("NL57RABO0107307510"), Iban.parse("NL03INGB0004489902"));
            assertThat(document.customer().displayName()).isEqualTo("ODIN 59");
            assertThat(document.customer().identifiers())
                    .containsExactly(new PartyIdentifier(null, "10202"));
            assertThat(document.paymentMeans().get(0).paymentId())
                    .isEqualTo("Deb. 10202 / Fact. 12115118");
            assertThat(document.printedDueDate()).contains(LocalDate.of(2015, 1, 9));
        }

        @Test
        void returnLineAndTaxSubtotals() {
            EInvoiceLine returned = document.lines().get(19);

            assertThat(returned.name()).isEqualTo("FRITUUR VET 10 KG RETOUR");
            assertThat(returned.lineExtensionAmount())
                    .isEqualByComparingTo(money("-109.98", "EUR"));
            assertThat(document.taxSubtotals()).hasSize(2);
            assertThat(document.taxSubtotals().get(0).taxableAmount())
                    .isEqualByComparingTo(money("183.23", "EUR"));
            assertThat(document.taxSubtotals().get(0).taxAmount())
                    .isEqualByComparingTo(money("10.99", "EUR"));
            assertThat(document.taxSubtotals().get(1).category().percent())
                    .isEqualByComparingTo("21");
            assertThat(document.taxSubtotals().get(1).taxableAmount())
                    .isEqualByComparingTo(money("46.37", "EUR"));
            assertThat(document.taxSubtotals().get(1).taxAmount())
                    .isEqualByComparingTo(money("9.74", "EUR"));
        }

        @Test
        void importCombinesLinesPerRate() {
            ImportResult result =
                    importer(new ForeignTaxId("NL", "820098395B01"), PER_LINE)
                            .importDocument(document);

            Invoice invoice = ((InvoiceImport) result).invoice();
            assertThat(invoice.lines())
                    .extracting(InvoiceLine::unitPrice)
                    .containsExactly(new BigDecimal("183.23"), new BigDecimal("46.37"));
            assertThat(invoice.totals().vatSubtotals())
                    .containsExactly(
                            new VatSubtotal(
                                    new BigDecimal("6"),
                                    money("183.23", "EUR"),
                                    money("10.99", "EUR")),
                            new VatSubtotal(
                                    new BigDecimal("21"),
                                    money("46.37", "EUR"),
                                    money("9.74", "EUR")));
            assertThat(invoice.receivable()).isEqualByComparingTo(money("250.33", "EUR"));
            assertThat(invoice.computedTotals().receivable())
                    .isEqualByComparingTo(money("250.33", "EUR"));
            assertThat(result.findings())
                    .extracting(ImportFinding::kind)
                    .containsExactly(FindingKind.LINES_COMBINED);
            assertThat(result.findings().get(0).message()).contains("line 20");
        }
    }

    @Nested
    class OasisInvoiceAndCreditNote {

        @Test
        void invoicePrepaidRoundingAndAllowances() {
            EInvoice document = read("oasis-ubl21-invoice-example.xml");
            MonetaryTotal total = document.monetaryTotal();

            assertThat(document.supplier().displayName()).isEqualTo("Salescompany ltd.");
            assertThat(document.supplier().taxIdentifier())
                    .contains(new ForeignTaxId("DK", "12345"));
            assertThat(document.customer().taxIdentifier())
                    .contains(new ForeignTaxId("BE", "54321"));
            assertThat(total.taxInclusiveAmount()).isEqualByComparingTo(money("1729", "EUR"));
            assertThat(total.prepaidAmount()).isEqualByComparingTo(money("1000", "EUR"));
            assertThat(total.payableRoundingAmount()).isEqualByComparingTo(money("0.30", "EUR"));
            assertThat(document.allowanceCharges()).hasSize(2);
            assertThat(document.allowanceCharges().get(0).charge()).isTrue();
            assertThat(document.allowanceCharges().get(0).reason()).isEqualTo("Packing cost");
            assertThat(document.lines().get(0).allowanceCharges()).hasSize(2);
            assertThat(document.lines().get(1).quantity()).isEqualByComparingTo("-1");
            assertThat(document.printedDueDate()).contains(LocalDate.of(2009, 12, 31));
            assertThat(document.paymentTerms().get(0).note())
                    .isEqualTo("Penalty percentage 10% from due date");
            // DK1212341234123412 fails the IBAN check digits, so it stays text only.
            assertThat(document.supplier().ibans()).isEmpty();
        }

        @Test
        void invoiceTaxSubtotalsIncludeNegativeExempt() {
            EInvoice document = read("oasis-ubl21-invoice-example.xml");

            assertThat(document.taxSubtotals())
                    .extracting(subtotal -> subtotal.category().id())
                    .containsExactly("S", "AA", "E");
            assertThat(document.taxSubtotals().get(2).taxableAmount())
                    .isEqualByComparingTo(money("-25", "EUR"));
            // The ClassifiedTaxCategory redeclares the default namespace and is still read.
            assertThat(document.lines().get(0).vatPercent()).isEqualByComparingTo("20");
        }

        @Test
        void invoiceWithNegativeAmountsRejected() {
            EInvoice document = read("oasis-ubl21-invoice-example.xml");
            EInvoiceImporter importer = importer(new ForeignTaxId("DK", "12345"), PER_LINE);

            assertThatThrownBy(() -> importer.importDocument(document))
                    .isInstanceOf(EInvoiceImportException.class)
                    .hasMessageContaining("TOSL108");
        }

        @Test
        void creditNoteHasNoReferenceOrDueDate() {
            EInvoice document = read("oasis-ubl21-creditnote-example.xml");

            assertThat(document.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
            assertThat(document.typeCode()).isNull();
            assertThat(document.billingReferences()).isEmpty();
            assertThat(document.printedDueDate()).isEmpty();
            assertThat(document.lines().get(4).quantity()).isEqualByComparingTo("250");
        }
    }

    @Nested
    class UblTrSaleAndReturn {
        private final Vkn izibiz = new Vkn("4840847211");

        @Test
        void saleParties() {
            EInvoice document = read("ubl-tr-temelfatura-satis-try.xml");

            assertThat(document.uuid()).isEqualTo("974e91d8-1690-4873-8422-c7b1eb36ea1c");
            assertThat(document.ublTrType()).contains(UblTrInvoiceType.SATIS);
            assertThat(document.supplier().displayName())
                    .isEqualTo("İZİBİZ BİLİŞİM TEKNOLOJİLERİ.ÜMRANİYE-ŞUBESİ");
            assertThat(document.supplier().taxIdentifier()).contains(izibiz);
            assertThat(document.supplier().taxOffice()).isEqualTo("İstanbul");
            assertThat(document.supplier().identifiers())
                    .contains(new PartyIdentifier("MERSISNO", "8888888888"));
            assertThat(document.customer().displayName())
                    .isEqualTo("İZİBİZ BİLİŞİM TEKNOLOJİLERİ ANONİM ŞİRKETİ");
            assertThat(document.customer().taxOffice()).isEqualTo("ESENLER");
            assertThat(document.customer().address().cityName()).isEqualTo("İSTANBUL");
        }

        @Test
        void saleLineAndKdv() {
            EInvoice document = read("ubl-tr-temelfatura-satis-try.xml");
            EInvoiceLine line = document.lines().get(0);

            assertThat(line.name()).isEqualTo("test");
            assertThat(line.price()).isEqualByComparingTo(money("10", "TRY"));
            assertThat(line.vatCategory().taxTypeCode()).isEqualTo("0015");
            assertThat(line.vatPercent()).isEqualByComparingTo("18");
            assertThat(line.taxTotal().taxAmount()).isEqualByComparingTo(money("1.80", "TRY"));
            assertThat(document.taxSubtotals().get(0).category().isVat()).isTrue();
            assertThat(document.taxSubtotals().get(0).taxAmount())
                    .isEqualByComparingTo(money("1.80", "TRY"));
            assertThat(document.printedDueDate()).isEmpty();
        }

        @Test
        void bothPartiesCarryVknSoDirectionNeeded() {
            EInvoice document = read("ubl-tr-temelfatura-satis-try.xml");
            EInvoiceImporter importer = importer(izibiz, PER_LINE);

            assertThatThrownBy(() -> importer.importDocument(document))
                    .isInstanceOf(EInvoiceImportException.class)
                    .hasMessageContaining("both the supplier")
                    .hasMessageContaining("4840847211");
        }

        @Test
        void saleImportedWithDefaultTerms() {
            EInvoice document = read("ubl-tr-temelfatura-satis-try.xml");

            InvoiceImport result =
                    (InvoiceImport)
                            importer(izibiz, PER_LINE)
                                    .importDocument(
                                            document,
                                            ImportOptions.direction(Direction.RECEIVABLE));

            assertThat(result.invoice().terms()).isEqualTo(Fixtures.NET_30);
            assertThat(result.invoice().dueSchedule().installments().get(0).dueDate())
                    .isEqualTo(LocalDate.of(2018, 6, 14));
            assertThat(result.invoice().receivable()).isEqualByComparingTo(money("11.80", "TRY"));
            assertThat(result.findings()).isEmpty();
        }

        @Test
        void returnNamesOriginalInvoice() {
            EInvoice document = read("ubl-tr-iade-return-try.xml");

            assertThat(document.isReturnInvoice()).isTrue();
            assertThat(document.uuid()).isEqualTo("ab8e430f-a8ef-4fd6-a374-c9e39de5e974");
            assertThat(document.billingReferences())
                    .containsExactly(
                            new BillingReference(
                                    "IZI2018000000001", LocalDate.of(2018, 5, 15), "IADE"));
        }

        @Test
        void returnAppliedToOriginalInvoice() {
            EInvoice document = read("ubl-tr-iade-return-try.xml");
            CreditImport result =
                    (CreditImport)
                            importer(izibiz, PER_LINE)
                                    .importDocument(
                                            document,
                                            ImportOptions.direction(Direction.RECEIVABLE));
            Invoice original =
                    Invoice.builder()
                            .companyId(Fixtures.COMPANY)
                            .counterpartyId(COUNTERPARTY)
                            .number("IZI2018000000001")
                            .direction(Direction.RECEIVABLE)
                            .issueDate(LocalDate.of(2018, 5, 15))
                            .currency("TRY")
                            .terms(Fixtures.NET_30)
                            .line(
                                    InvoiceLine.of(
                                            "test",
                                            BigDecimal.ONE,
                                            BigDecimal.TEN,
                                            new BigDecimal("18")))
                            .build(PER_DOCUMENT);

            CreditApplication application = original.applyCredit(result.credit());

            assertThat(result.credit().kind()).isEqualTo(CreditDocumentKind.RETURN_INVOICE);
            assertThat(result.credit().refersTo(original)).isTrue();
            assertThat(application.applied()).isEqualByComparingTo(money("11.80", "TRY"));
            assertThat(application.invoice().outstanding()).isEqualByComparingTo(money("0", "TRY"));
            assertThat(application.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        }
    }
}
