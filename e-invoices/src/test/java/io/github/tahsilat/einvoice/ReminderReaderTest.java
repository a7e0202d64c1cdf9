package io.github.tahsilat.einvoice;

import static io.github.tahsilat.einvoice.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.notice.Notice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderReaderTest {

    private final ReminderReader reader = ReminderReader.create();

    private static final Company COMPANY = Notices.tryCompany();
    private static final Notice NOTICE = Notices.tryNotice(COMPANY);

    private static String written() {
        return new String(
                ReminderWriter.create()
                        .write(
                                NOTICE,
                                COMPANY,
                                Notices.counterparty(
                                        "Alıcı & Oğulları <Ltd>", new Vkn("1234567890"))),
                StandardCharsets.UTF_8);
    }

    private Reminder read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class RoundTrip {

        private final Reminder reminder = read(written());

        @Test
        void headerRead() {
            assertThat(reminder.id()).isEqualTo(NOTICE.noticeId("ubl-reminder").toString());
            assertThat(reminder.issueDate()).isEqualTo(LocalDate.parse("2025-04-01"));
            assertThat(reminder.sequenceNumber()).isEqualTo(2);
            assertThat(reminder.currency()).isEqualTo(Monetary.getCurrency("TRY"));
            assertThat(reminder.payableAmount()).isEqualTo(money("1467.83", "TRY"));
            assertThat(reminder.linesTotal()).isEqualTo(money("1467.83", "TRY"));
        }

        @Test
        void partiesRead() {
            assertThat(reminder.supplier().name()).isEqualTo("Örnek Şirket A.Ş. & Ortakları");
            assertThat(reminder.supplier().registrationName())
                    .isEqualTo("Örnek Şirket A.Ş. & Ortakları");
            assertThat(reminder.supplier().taxIdentifier()).contains(new Vkn("4840847211"));
            assertThat(reminder.supplier().identifiers())
                    .contains(new PartyIdentifier("MERSISNO", "0123456789012345"));
            assertThat(reminder.supplier().ibans()).containsExactly(Notices.TR_IBAN);
            assertThat(reminder.customer().name()).isEqualTo("Alıcı & Oğulları <Ltd>");
            assertThat(reminder.customer().taxIdentifier()).contains(new Vkn("1234567890"));
        }

        @Test
        void paymentRead() {
            assertThat(reminder.payBy()).contains(LocalDate.parse("2025-04-15"));
            assertThat(reminder.paymentReference()).contains("INV-2025.001");
            assertThat(reminder.paymentMeans()).hasSize(1);
            assertThat(reminder.paymentMeans().get(0).code()).isEqualTo("42");
            assertThat(reminder.paymentMeans().get(0).payeeAccountIds())
                    .containsExactly("TR330006100519786457841326");
        }

        @ParameterizedTest
        @CsvSource(
                nullValues = "-",
                value = {
                    "0, 1, ITEM, FTR2025000000042, 2025-02-28, -, 1180.50",
                    "1, 2, ITEM, A&B <2025/7>, 2025-03-10, -, 99.99",
                    "2, 3, FEE, -, -, -, 150.00",
                    "3, 4, FEE, A&B <2025/7>, -, -, 25.00",
                    "4, 5, INTEREST, FTR2025000000042, 2025-02-28, 2025-04-01, 12.34",
                })
        void lineRead(
                int index,
                String id,
                ReminderLineKind kind,
                String invoiceNumber,
                LocalDate startDate,
                LocalDate endDate,
                String amount) {
            ReminderLine line = reminder.lines().get(index);

            assertThat(line.id()).isEqualTo(id);
            assertThat(line.kind()).isEqualTo(kind);
            assertThat(line.invoiceNumber()).isEqualTo(invoiceNumber);
            assertThat(line.startDate()).isEqualTo(startDate);
            assertThat(line.endDate()).isEqualTo(endDate);
            assertThat(line.amount()).isEqualTo(money(amount, "TRY"));
        }

        @Test
        void linesCountedByKind() {
            assertThat(reminder.lines()).hasSize(5);
            assertThat(reminder.lines(ReminderLineKind.ITEM)).hasSize(2);
            assertThat(reminder.lines(ReminderLineKind.FEE)).hasSize(2);
            assertThat(reminder.lines(ReminderLineKind.INTEREST)).hasSize(1);
        }

        @Test
        void naturalPersonKeepsTckn() {
            byte[] xml =
                    ReminderWriter.create()
                            .write(
                                    NOTICE,
                                    COMPANY,
                                    Notices.counterparty("Ayşe Yılmaz", new Tckn("10000000146")));

            Reminder read = reader.read(xml);

            assertThat(read.customer().taxIdentifier()).contains(new Tckn("10000000146"));
            assertThat(read.customer().name()).isEqualTo("Ayşe Yılmaz");
        }

        @Test
        void foreignCustomerKeepsTaxId() {
            Company company =
                    Notices.company(
                            "Satıcı A.Ş.",
                            new BankAccount(
                                    Notices.DE_IBAN, "Deutsche Bank", Monetary.getCurrency("KWD")));
            Notice notice =
                    Notices.notice(
                            company,
                            Monetary.getCurrency("KWD"),
                            3,
                            List.of(Notices.item("INV-9", "2025-01-31", 60, "12.345 KWD")),
                            List.of(Notices.noticeFee(3, "0.500 KWD")),
                            List.of());
            byte[] xml =
                    ReminderWriter.create()
                            .write(
                                    notice,
                                    company,
                                    Notices.counterparty(
                                            "Gulf Trading W.L.L.",
                                            new ForeignTaxId("DE", "123456789")));

            Reminder read = reader.read(xml);

            assertThat(read.customer().taxIdentifier())
                    .contains(new ForeignTaxId("DE", "123456789"));
            assertThat(read.payableAmount()).isEqualTo(money("12.845", "KWD"));
            assertThat(read.supplier().ibans()).containsExactly(Notices.DE_IBAN);
        }

        @Test
        void fileRead(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("reminder.xml");
            Files.writeString(file, written());

            assertThat(reader.read(file).lines()).hasSize(5);
        }
    }

    @Nested
    class OtherSystems {

        private static final String MINIMAL =
                """
                <Reminder xmlns="urn:oasis:names:specification:ubl:schema:xsd:Reminder-2"
                  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:ID>R-7</cbc:ID>
                  <cbc:IssueDate>2025-05-02+03:00</cbc:IssueDate>
                  <cac:AccountingSupplierParty><cac:Party><cac:PartyName>
                    <cbc:Name>Satıcı</cbc:Name></cac:PartyName></cac:Party>
                  </cac:AccountingSupplierParty>
                  <cac:AccountingCustomerParty><cac:Party><cac:PartyName>
                    <cbc:Name>Alıcı</cbc:Name></cac:PartyName></cac:Party>
                  </cac:AccountingCustomerParty>
                  <cac:LegalMonetaryTotal>
                    <cbc:PayableAmount currencyID="EUR">90.00</cbc:PayableAmount>
                  </cac:LegalMonetaryTotal>
                  <cac:ReminderLine>
                    <cbc:ID>A</cbc:ID>
                    <cbc:DebitLineAmount currencyID="EUR">100.00</cbc:DebitLineAmount>
                    <cbc:PaymentPurposeCode>OVERDUE</cbc:PaymentPurposeCode>
                  </cac:ReminderLine>
                  <cac:ReminderLine>
                    <cbc:ID>B</cbc:ID>
                    <cbc:CreditLineAmount currencyID="EUR">10.00</cbc:CreditLineAmount>
                  </cac:ReminderLine>
                </Reminder>
                """;

        @Test
        void currencyTakenFromPayableAmount() {
            Reminder reminder = read(MINIMAL);

            assertThat(reminder.currency()).isEqualTo(Monetary.getCurrency("EUR"));
            assertThat(reminder.issueDate()).isEqualTo(LocalDate.parse("2025-05-02"));
            assertThat(reminder.sequenceNumber()).isNull();
            assertThat(reminder.paymentMeans()).isEmpty();
        }

        @Test
        void creditLineReadAsNegative() {
            Reminder reminder = read(MINIMAL);

            assertThat(reminder.lines().get(1).amount()).isEqualTo(money("-10.00", "EUR"));
            assertThat(reminder.linesTotal()).isEqualTo(reminder.payableAmount());
        }

        @ParameterizedTest
        @CsvSource(
                nullValues = "-",
                value = {
                    "FEE, FEE",
                    "fee, FEE",
                    "INTEREST, INTEREST",
                    "interest, INTEREST",
                    "' Interest ', INTEREST",
                    "ITEM, ITEM",
                    "OVERDUE, ITEM",
                    "-, ITEM",
                })
        void purposeCodeMappedToKind(String code, ReminderLineKind kind) {
            assertThat(ReminderLineKind.ofCode(code)).isEqualTo(kind);
        }

        @Test
        void unknownPurposeCodeReadAsItem() {
            Reminder reminder = read(MINIMAL);

            assertThat(reminder.lines().get(0).kind()).isEqualTo(ReminderLineKind.ITEM);
            assertThat(reminder.lines().get(1).kind()).isEqualTo(ReminderLineKind.ITEM);
            assertThat(reminder.lines().get(0).invoiceNumber()).isNull();
        }
    }

    @Nested
    class MalformedInput {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "<cbc:DebitLineAmount currencyID=\"TRY\">1180.50<"
                            + "| <cbc:DebitLineAmount currencyID=\"TRY\">1.180,50<"
                            + "| /Reminder/cac:ReminderLine/cbc:DebitLineAmount"
                            + "| \"1.180,50\"",
                    "<cbc:DebitLineAmount currencyID=\"TRY\">99.99<"
                            + "| <cbc:DebitLineAmount currencyID=\"EUR\">99.99<"
                            + "| /Reminder/cac:ReminderLine/cbc:DebitLineAmount/@currencyID"
                            + "| expected the document currency TRY",
                    "<cbc:StartDate>2025-02-28<"
                            + "| <cbc:StartDate>28.02.2025<"
                            + "| /Reminder/cac:ReminderLine/cac:ReminderPeriod/cbc:StartDate"
                            + "| \"28.02.2025\"",
                    "<cbc:ReminderSequenceNumeric>2<"
                            + "| <cbc:ReminderSequenceNumeric>two<"
                            + "| /Reminder/cbc:ReminderSequenceNumeric"
                            + "| expected a whole number",
                    "<cbc:PayableAmount currencyID=\"TRY\">1467.83<"
                            + "| <cbc:PayableAmount currencyID=\"TRY\"><"
                            + "| /Reminder/cac:LegalMonetaryTotal/cbc:PayableAmount"
                            + "| expected a decimal number",
                    "<cbc:DocumentCurrencyCode>TRY<"
                            + "| <cbc:DocumentCurrencyCode>TL<"
                            + "| /Reminder/cbc:DocumentCurrencyCode"
                            + "| \"TL\"",
                    "<cbc:IssueDate>2025-04-01</cbc:IssueDate>"
                            + "| "
                            + "| /Reminder/cbc:IssueDate"
                            + "| missing /Reminder/cbc:IssueDate",
                })
        void failureNamesElementPath(
                String original, String replacement, String path, String messagePart) {
            String xml = written();
            assertThat(xml).contains(original);

            String broken =
                    xml.replaceFirst(
                            java.util.regex.Pattern.quote(original),
                            java.util.regex.Matcher.quoteReplacement(
                                    replacement == null ? "" : replacement));

            assertThatThrownBy(() -> read(broken))
                    .isInstanceOfSatisfying(
                            EInvoiceFormatException.class,
                            e -> assertThat(e.path()).isEqualTo(path))
                    .hasMessageContaining(messagePart);
        }

        @Test
        void lineWithoutAmountNamesDebitAmount() {
            String broken =
                    written()
                            .replace(
                                    "<cbc:DebitLineAmount currencyID=\"TRY\">150.00"
                                            + "</cbc:DebitLineAmount>",
                                    "");

            assertThatThrownBy(() -> read(broken))
                    .isInstanceOfSatisfying(
                            EInvoiceFormatException.class,
                            e ->
                                    assertThat(e.path())
                                            .isEqualTo(
                                                    "/Reminder/cac:ReminderLine"
                                                            + "/cbc:DebitLineAmount"));
        }

        @Test
        void documentWithoutLinesRejected() {
            String xml = written();
            String broken = xml.substring(0, xml.indexOf("  <cac:ReminderLine>")) + "</Reminder>\n";

            assertThatThrownBy(() -> read(broken))
                    .isInstanceOfSatisfying(
                            EInvoiceFormatException.class,
                            e -> assertThat(e.path()).isEqualTo("/Reminder/cac:ReminderLine"))
                    .hasMessageContaining("at least one line");
        }

        @Test
        void truncatedDocumentNamesOpenElement() {
            String xml = written();
            String broken = xml.substring(0, xml.indexOf("<cbc:EndDate>") + 5);

            assertThatThrownBy(() -> read(broken))
                    .isInstanceOfSatisfying(
                            EInvoiceFormatException.class,
                            e ->
                                    assertThat(e.path())
                                            .isEqualTo(
                                                    "/Reminder/cac:ReminderLine"
                                                            + "/cac:ReminderPeriod"))
                    .hasMessageContaining("not well-formed");
        }

        @Test
        void invoiceDocumentRejected() {
            byte[] invoice =
                    new UblTestWriter()
                            .line(UblTestWriter.Line.of("Bakım", "1", "10.00", "20"))
                            .bytes();

            assertThatThrownBy(() -> reader.read(invoice))
                    .isInstanceOfSatisfying(
                            EInvoiceFormatException.class,
                            e -> assertThat(e.path()).isEqualTo("/Invoice"))
                    .hasMessageContaining("expected a UBL 2.1 Reminder");
        }

        @Test
        void externalEntityRejected(@TempDir Path folder) throws IOException {
            Path secret = folder.resolve("secret.txt");
            Files.writeString(secret, "TOP-SECRET-CONTENT");
            String xml =
                    written()
                            .replace(
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                            + "<!DOCTYPE Reminder [<!ENTITY xxe SYSTEM \""
                                            + secret.toUri()
                                            + "\">]>")
                            .replace("<cbc:Name>Alıcı", "<cbc:Name>&xxe;Alıcı");

            assertThatThrownBy(() -> read(xml))
                    .isInstanceOf(EInvoiceFormatException.class)
                    .hasMessageContaining("DTD")
                    .hasMessageNotContaining("TOP-SECRET-CONTENT");
        }
    }
}
