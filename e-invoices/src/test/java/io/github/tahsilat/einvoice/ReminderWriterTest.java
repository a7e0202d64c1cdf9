package io.github.tahsilat.einvoice;

import static io.github.tahsilat.einvoice.Notices.item;
import static io.github.tahsilat.einvoice.Notices.noticeFee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.notice.Notice;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderWriterTest {

    private final ReminderWriter writer = ReminderWriter.create();

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    @Nested
    class Schema {

        @Test
        void noticeWithFeesAndInterestValidates() {
            Company company = Notices.tryCompany();
            byte[] xml =
                    writer.write(
                            Notices.tryNotice(company),
                            company,
                            Notices.counterparty("Alıcı & Oğulları <Ltd>", new Vkn("1234567890")));

            assertThatCode(() -> UblSchemas.validateReminder(xml)).doesNotThrowAnyException();
        }

        @Test
        void noticeWithoutAccountsValidates() {
            Company company = Notices.company("Satıcı A.Ş.");
            Notice notice =
                    Notices.notice(
                            company,
                            Monetary.getCurrency("JPY"),
                            1,
                            List.of(item("INV-1", "2025-03-01", 31, "1240 JPY")),
                            List.of(),
                            List.of());
            byte[] xml =
                    writer.write(
                            notice,
                            company,
                            Notices.counterparty("Ayşe Yılmaz", new Tckn("10000000146")));

            assertThatCode(() -> UblSchemas.validateReminder(xml)).doesNotThrowAnyException();
        }

        @Test
        void foreignCustomerValidates() {
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
                            List.of(item("INV-9", "2025-01-31", 60, "12.345 KWD")),
                            List.of(noticeFee(3, "0.500 KWD")),
                            List.of());
            byte[] xml =
                    writer.write(
                            notice,
                            company,
                            Notices.counterparty(
                                    "Gulf Trading W.L.L.", new ForeignTaxId("DE", "123456789")));

            assertThatCode(() -> UblSchemas.validateReminder(xml)).doesNotThrowAnyException();
        }

        @Test
        void validatorRejectsElementsOutOfOrder() {
            Company company = Notices.tryCompany();
            String xml =
                    text(
                            writer.write(
                                    Notices.tryNotice(company),
                                    company,
                                    Notices.counterparty("Alıcı", null)));
            String swapped =
                    xml.replace("<cbc:UBLVersionID>2.1</cbc:UBLVersionID>", "")
                            .replace(
                                    "<cbc:DocumentCurrencyCode>TRY</cbc:DocumentCurrencyCode>",
                                    "<cbc:DocumentCurrencyCode>TRY</cbc:DocumentCurrencyCode>"
                                            + "<cbc:UBLVersionID>2.1</cbc:UBLVersionID>");

            assertThatThrownBy(
                            () ->
                                    UblSchemas.validateReminder(
                                            swapped.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("UBLVersionID");
        }
    }

    @Nested
    class Amounts {

        @ParameterizedTest
        @CsvSource({
            "TRY, 1180.5, 1180.50",
            "TRY, 0.01, 0.01",
            "TRY, 1234567.89, 1234567.89",
            "JPY, 1240, 1240",
            "KWD, 12.345, 12.345",
            "KWD, 7, 7.000",
        })
        void printedWithMinorUnitDecimals(String currency, String amount, String printed) {
            Company company = Notices.company("Satıcı A.Ş.");
            Notice notice =
                    Notices.notice(
                            company,
                            Monetary.getCurrency(currency),
                            1,
                            List.of(item("INV-1", "2025-03-01", 31, amount + " " + currency)),
                            List.of(),
                            List.of());

            String xml = text(writer.write(notice, company, Notices.counterparty("Alıcı", null)));

            assertThat(xml)
                    .contains(
                            "<cbc:DebitLineAmount currencyID=\""
                                    + currency
                                    + "\">"
                                    + printed
                                    + "</cbc:DebitLineAmount>");
            assertThat(xml)
                    .contains(
                            "<cbc:PayableAmount currencyID=\""
                                    + currency
                                    + "\">"
                                    + printed
                                    + "</cbc:PayableAmount>");
        }

        @Test
        void payableAmountIsNoticeTotal() {
            Company company = Notices.tryCompany();

            String xml =
                    text(
                            writer.write(
                                    Notices.tryNotice(company),
                                    company,
                                    Notices.counterparty("Alıcı", null)));

            // 1180.50 + 99.99 items, 150.00 + 25.00 fees, 12.34 interest
            assertThat(xml)
                    .contains("<cbc:PayableAmount currencyID=\"TRY\">1467.83</cbc:PayableAmount>");
        }
    }

    @Nested
    class Content {

        @Test
        void documentIdIsStableNoticeId() {
            Company company = Notices.tryCompany();
            Notice notice = Notices.tryNotice(company);
            Counterparty counterparty = Notices.counterparty("Alıcı", null);

            String first = text(writer.write(notice, company, counterparty));
            String second = text(writer.write(notice, company, counterparty));

            assertThat(first).contains("<cbc:ID>" + notice.noticeId("ubl-reminder") + "</cbc:ID>");
            assertThat(second).isEqualTo(first);
        }

        @Test
        void markupCharactersEscaped() {
            Company company = Notices.tryCompany();

            String xml =
                    text(
                            writer.write(
                                    Notices.tryNotice(company),
                                    company,
                                    Notices.counterparty("Ak & Kara <Ltd>", null)));

            assertThat(xml).contains("<cbc:Name>Ak &amp; Kara &lt;Ltd&gt;</cbc:Name>");
            assertThat(xml).contains("<cbc:ID>A&amp;B &lt;2025/7&gt;</cbc:ID>");
            assertThat(xml).contains("Örnek Şirket A.Ş. &amp; Ortakları");
        }

        @Test
        void streamReceivesSameBytes() {
            Company company = Notices.tryCompany();
            Notice notice = Notices.tryNotice(company);
            Counterparty counterparty = Notices.counterparty("Alıcı", null);
            ByteArrayOutputStream output = new ByteArrayOutputStream();

            writer.write(notice, company, counterparty, output);

            assertThat(output.toByteArray()).isEqualTo(writer.write(notice, company, counterparty));
        }
    }

    @Nested
    class Rejections {

        @Test
        void controlCharacterInNameRejectedWithoutName() {
            Company company = Notices.tryCompany();
            Counterparty counterparty = Notices.counterparty("Gizli\u0007Ad", null);

            assertThatThrownBy(
                            () -> writer.write(Notices.tryNotice(company), company, counterparty))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("counterparty.name")
                    .hasMessageContaining("U+0007 is at index 5")
                    .hasMessageNotContaining("Gizli");
        }

        @Test
        void carriageReturnInInvoiceNumberRejected() {
            Company company = Notices.company("Satıcı A.Ş.");
            Notice notice =
                    Notices.notice(
                            company,
                            Monetary.getCurrency("TRY"),
                            1,
                            List.of(item("INV\r1", "2025-03-01", 31, "10.00 TRY")),
                            List.of(),
                            List.of());

            assertThatThrownBy(
                            () ->
                                    writer.write(
                                            notice, company, Notices.counterparty("Alıcı", null)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("lines.invoiceNumber")
                    .hasMessageContaining("U+000D");
        }

        @Test
        void otherCounterpartyRejected() {
            Company company = Notices.tryCompany();
            Counterparty other =
                    Notices.counterparty("Alıcı", null).toBuilder()
                            .id(CounterpartyId.parse("00000000-0000-0000-0000-00000000d002"))
                            .build();

            assertThatThrownBy(() -> writer.write(Notices.tryNotice(company), company, other))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("counterparty");
        }

        @Test
        void missingOutputRejected() {
            Company company = Notices.tryCompany();

            assertThatThrownBy(
                            () ->
                                    writer.write(
                                            Notices.tryNotice(company),
                                            company,
                                            Notices.counterparty("Alıcı", null),
                                            null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("missing output");
        }
    }
}
