package io.github.tahsilat.testkit.scenario;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.ContactDetails;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * The engine on a fixed clock, a company in TRY and its counterparties, shared by the scenario
 * tests that run against a backend's stores.
 */
final class EngineParties {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    /** 2025-10-21 12:00 in Istanbul. */
    static final Instant NOW = Instant.parse("2025-10-21T09:00:00Z");

    static final LocalDate TODAY = LocalDate.of(2025, 10, 21);

    /** The calendar of the company, registered with the engine under {@code "test"}. */
    static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();

    static final InvoiceContext CONTEXT =
            new InvoiceContext(RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, ISTANBUL);

    private EngineParties() {}

    /** Builds an engine on {@code stores} whose clock stays at {@link #NOW}. */
    static Tahsilat engine(Stores stores) {
        return Tahsilat.builder()
                .stores(stores)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                .build();
    }

    /** Registers a company in TRY with a VKN, a MERSIS number and one bank account. */
    static void registerCompany(Tahsilat engine, CompanyId id) {
        engine.companies()
                .register(
                        Company.builder()
                                .id(id)
                                .legalName("Anadolu Tekstil A.Ş.")
                                .settings(
                                        new CompanySettings(
                                                Monetary.getCurrency("TRY"),
                                                ISTANBUL,
                                                RoundingMode.HALF_EVEN,
                                                VatRounding.PER_LINE,
                                                CALENDAR))
                                .vkn(new Vkn("4540536920"))
                                .mersisNumber(new MersisNumber("0454053692000015"))
                                .addBankAccount(
                                        new BankAccount(
                                                new Iban("TR330006100519786457841326"),
                                                "Ziraat Bankası",
                                                Monetary.getCurrency("TRY")))
                                .build());
    }

    /** Registers a private customer with a TCKN, an IBAN, a segment and contact details. */
    static Counterparty registerPerson(Tahsilat engine, CompanyId companyId) {
        Counterparty person =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Ayşe Yılmaz")
                        .taxIdentifier(new Tckn("10000000146"))
                        .addIban(Iban.parse("DE89 3704 0044 0532 0130 00"))
                        .segment("RETAIL")
                        .contactDetails(
                                ContactDetails.of("ayse@example.com", "+905321234567", null))
                        .build();
        engine.counterparties().register(person);
        return person;
    }

    /** Registers a firm that is both customer and supplier. */
    static Counterparty registerFirm(Tahsilat engine, CompanyId companyId) {
        Counterparty firm =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.BOTH)
                        .name("Ege Boya Ltd.")
                        .taxIdentifier(new Vkn("4540536920"))
                        .addIban(Iban.parse("GB82 WEST 1234 5698 7654 32"))
                        .build();
        engine.counterparties().register(firm);
        return firm;
    }

    /** Returns one line of {@code amount} TRY at quantity 1 and 0 % VAT. */
    static InvoiceLine line(String amount) {
        return InvoiceLine.of(
                "Pamuklu kumaş", BigDecimal.ONE, new BigDecimal(amount), BigDecimal.ZERO);
    }

    /** Returns {@code amount} as TRY. */
    static MonetaryAmount lira(String amount) {
        return Monetary.getDefaultAmountFactory()
                .setCurrency("TRY")
                .setNumber(new BigDecimal(amount))
                .create();
    }
}
