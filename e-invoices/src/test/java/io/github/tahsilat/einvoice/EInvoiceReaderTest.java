package io.github.tahsilat.einvoice;

import static io.github.tahsilat.einvoice.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EInvoiceReaderTest {

    private final EInvoiceReader reader = EInvoiceReader.create();

    private static UblTestWriter simpleInvoice() {
        UblTestWriter writer = new UblTestWriter();
        writer.line(UblTestWriter.Line.of("Danışmanlık", "2", "50.00", "20"));
        return writer;
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    class ExternalEntities {

        @Test
        void externalEntityToLocalFileRejected(@TempDir Path folder) throws IOException {
            Path secret = folder.resolve("secret.txt");
            Files.writeString(secret, "TOP-SECRET-CONTENT");
            String xml =
                    simpleInvoice()
                            .xml()
                            .replace(
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                            + "<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \""
                                            + secret.toUri()
                                            + "\">]>\n")
                            .replace(
                                    "<cbc:Name>Danışmanlık</cbc:Name>",
                                    "<cbc:Name>&xxe;</cbc:Name>");

            assertThatThrownBy(() -> reader.read(bytes(xml)))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageContaining("DTD")
                    .hasMessageNotContaining("TOP-SECRET-CONTENT");
        }

        @Test
        void internalEntityDeclarationRejected() {
            String xml =
                    simpleInvoice()
                            .xml()
                            .replace(
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY a"
                                            + " \"aaaaaaaaaa\">]>\n");

            assertThatThrownBy(() -> reader.read(bytes(xml)))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageContaining("DTD");
        }

        @Test
        void predefinedEntitiesStillRead() {
            UblTestWriter writer = simpleInvoice();
            writer.customerName = "Ak & Kara <Ltd>";

            EInvoice document = reader.read(writer.bytes());

            assertThat(document.customer().name()).isEqualTo("Ak & Kara <Ltd>");
        }
    }

    @Nested
    class MalformedInput {

        @Test
        void amountNotNumberNamesPath() {
            String xml =
                    simpleInvoice()
                            .xml()
                            .replace(
                                    "<cbc:PayableAmount currencyID=\"TRY\">120.00",
                                    "<cbc:PayableAmount currencyID=\"TRY\">12O.00");

            assertThatThrownBy(() -> reader.read(bytes(xml)))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessage(
                            "invalid /Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount:"
                                    + " \"12O.00\"; expected a decimal number with a dot as"
                                    + " decimal separator, such as 118.00")
                    .extracting(e -> ((EInvoiceFormatException) e).path())
                    .isEqualTo("/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount");
        }

        @Test
        void missingPayableAmountNamesPath() {
            String xml =
                    simpleInvoice()
                            .xml()
                            .replace(
                                    "<cbc:PayableAmount currencyID=\"TRY\">120.00</cbc:PayableAmount>",
                                    "");

            assertThatThrownBy(() -> reader.read(bytes(xml)))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageStartingWith(
                            "missing /Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount; expected");
        }

        @Test
        void badDateNamesPath() {
            String xml =
                    simpleInvoice()
                            .xml()
                            .replace(
                                    "<cbc:IssueDate>2025-10-21</cbc:IssueDate>",
                                    "<cbc:IssueDate>21.10.2025</cbc:IssueDate>");

            assertThatThrownBy(() -> reader.read(bytes(xml)))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageContaining("/Invoice/cbc:IssueDate: \"21.10.2025\"")
                    .hasMessageContaining("YYYY-MM-DD");
        }

        @Test
        void foreignCurrencyAmountNamesAttribute() {
            String xml =
                    simpleInvoice()
                            .xml()
                            .replace(
                                    "<cbc:PayableAmount currencyID=\"TRY\">",
                                    "<cbc:PayableAmount currencyID=\"USD\">");

            assertThatThrownBy(() -> reader.read(bytes(xml)))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageContaining(
                            "/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID: USD")
                    .hasMessageContaining("TRY");
        }

        @Test
        void unclosedElementNamesOpenPath() {
            String xml =
                    simpleInvoice()
                            .xml()
                            .replace("</cac:LegalMonetaryTotal>", "</cac:LegalMonetaryTotalX>");

            assertThatThrownBy(() -> reader.read(bytes(xml)))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageContaining("/Invoice/cac:LegalMonetaryTotal")
                    .hasMessageContaining("not well-formed");
        }

        @Test
        void withoutLinesRejected() {
            String xml =
                    simpleInvoice()
                            .xml()
                            .replaceAll("(?s)<cac:InvoiceLine>.*</cac:InvoiceLine>\n", "");

            assertThatThrownBy(() -> reader.read(bytes(xml)))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageStartingWith("missing /Invoice/cac:InvoiceLine");
        }

        @Test
        void otherRootRejected() {
            String xml = "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>";

            assertThatThrownBy(() -> reader.read(bytes(xml)))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageContaining("/Order")
                    .hasMessageContaining("a UBL Order is not an Invoice or CreditNote");
        }
    }

    @Nested
    class UnknownElements {

        @Test
        void unknownElementsSkipped() {
            UblTestWriter writer = simpleInvoice();
            writer.extraElements =
                    "<cbc:FutureElement>x</cbc:FutureElement>\n"
                            + "<acme:Custom xmlns:acme=\"urn:example:acme\"><acme:Deep>"
                            + "<cbc:PayableAmount currencyID=\"TRY\">999</cbc:PayableAmount>"
                            + "</acme:Deep></acme:Custom>\n";

            EInvoice document = reader.read(writer.bytes());

            assertThat(document.monetaryTotal().payableAmount())
                    .isEqualByComparingTo(money("120.00", "TRY"));
            assertThat(document.lines()).hasSize(1);
        }

        @Test
        void otherPrefixesReadByNamespace() {
            String xml =
                    simpleInvoice()
                            .xml()
                            .replace("xmlns:cbc=", "xmlns:b=")
                            .replace("<cbc:", "<b:")
                            .replace("</cbc:", "</b:");

            EInvoice document = reader.read(bytes(xml));

            assertThat(document.id()).isEqualTo("TST2025000000001");
            assertThat(document.lines().get(0).quantity()).isEqualByComparingTo("2");
        }
    }
}
