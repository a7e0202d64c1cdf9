package io.github.tahsilat.engine;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.ContactDetails;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Companies, counterparties and documents for the engine tests, on a fixed clock. */
final class EngineFixtures {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    /** 2025-10-21 12:00 in Istanbul. */
    static final Instant NOW = Instant.parse("2025-10-21T09:00:00Z");

    static final LocalDate TODAY = LocalDate.of(2025, 10, 21);

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** The calendar every test company uses, registered with the engine under {@code "test"}. */
    static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();

    static final InvoiceContext CONTEXT =
            new InvoiceContext(
                    RoundingMode.HALF_UP,
                    io.github.tahsilat.company.VatRounding.PER_LINE,
                    CALENDAR,
                    ISTANBUL);

    private EngineFixtures() {}

    static Tahsilat engine(Stores stores) {
        return Tahsilat.builder()
                .stores(stores)
                .clock(CLOCK)
                .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                .build();
    }

    static Company company(CompanyId id) {
        return Company.builder()
                .id(id)
                .legalName("Anadolu Tekstil A.Ş.")
                .settings(
                        new CompanySettings(
                                Monetary.getCurrency("TRY"),
                                ISTANBUL,
                                RoundingMode.HALF_EVEN,
                                io.github.tahsilat.company.VatRounding.PER_LINE,
                                CALENDAR))
                .vkn(new Vkn("4540536920"))
                .mersisNumber(new MersisNumber("0454053692000015"))
                .addBankAccount(
                        new BankAccount(
                                new Iban("TR330006100519786457841326"),
                                "Ziraat Bankası",
                                Monetary.getCurrency("TRY")))
                .build();
    }

    static Counterparty person(CompanyId companyId) {
        return Counterparty.builder()
                .id(CounterpartyId.random())
                .companyId(companyId)
                .kind(CounterpartyKind.CUSTOMER)
                .name("Ayşe Yılmaz")
                .taxIdentifier(new Tckn("10000000146"))
                .addIban(Iban.parse("DE89 3704 0044 0532 0130 00"))
                .segment("RETAIL")
                .contactDetails(ContactDetails.of("ayse@example.com", "+905321234567", null))
                .build();
    }

    static Counterparty firm(CompanyId companyId) {
        return Counterparty.builder()
                .id(CounterpartyId.random())
                .companyId(companyId)
                .kind(CounterpartyKind.BOTH)
                .name("Ege Boya Ltd.")
                .taxIdentifier(new Vkn("4540536920"))
                .addIban(Iban.parse("GB82 WEST 1234 5698 7654 32"))
                .build();
    }

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    static InvoiceLine line(String quantity, String unitPrice, String vatRate) {
        return InvoiceLine.of(
                "Pamuklu kumaş",
                new BigDecimal(quantity),
                new BigDecimal(unitPrice),
                new BigDecimal(vatRate));
    }

    /** A builder of a receivable of 1,000.00 TRY net at 20 % VAT, due in 30 days. */
    static Invoice.Builder invoice(Counterparty counterparty, String number) {
        return Invoice.builder()
                .companyId(counterparty.companyId())
                .counterpartyId(counterparty.id())
                .number(number)
                .direction(Direction.RECEIVABLE)
                .issueDate(TODAY)
                .currency("TRY")
                .terms(PaymentTermsNotation.parse("NET 30"))
                .line(line("10", "100.00", "20"));
    }

    static Invoice simpleInvoice(Counterparty counterparty, String number) {
        return invoice(counterparty, number).build(CONTEXT);
    }

    /** A credit note of {@code amount} TRY at 0 % VAT against {@code invoiceNumber}. */
    static CreditDocument creditNote(
            Counterparty counterparty, String number, String invoiceNumber, String amount) {
        return CreditDocument.builder()
                .kind(CreditDocumentKind.CREDIT_NOTE)
                .number(number)
                .companyId(counterparty.companyId())
                .counterpartyId(counterparty.id())
                .direction(Direction.RECEIVABLE)
                .issueDate(TODAY)
                .reference(InvoiceReference.toNumber(invoiceNumber))
                .currency("TRY")
                .line(line("1", amount, "0"))
                .build(CONTEXT);
    }
}
