package io.github.tahsilat.internal.dunning;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.dunning.DunningAction;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.internal.persistence.Calendars;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.notice.NoticeRenderer;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** A company with customers and overdue EUR invoices for the dunning run tests. */
final class DunningFixture {

    static final LocalDate DUE = LocalDate.of(2025, 3, 1);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T09:00:00Z"), ZoneOffset.UTC);
    static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();
    static final InvoiceContext CONTEXT =
            new InvoiceContext(
                    RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, ZoneOffset.UTC);

    /** Level 1 at 7 days without a fee, level 2 at 14 days with a fee of 10.00 per notice. */
    static final PolicyBook POLICIES =
            PolicyBook.builder(
                            DunningPolicy.builder("standard")
                                    .level(DunningLevel.builder(1, 7).build())
                                    .level(
                                            DunningLevel.builder(2, 14)
                                                    .action(DunningAction.CHARGE_FEE)
                                                    .fee(
                                                            new FixedFee(
                                                                    eur("10.00"),
                                                                    FeeBasis.PER_NOTICE))
                                                    .build())
                                    .build())
                    .build();

    final Stores stores;
    final Tahsilat engine;
    final CompanyId companyId;

    DunningFixture(Stores stores) {
        this(stores, CompanyId.random());
    }

    DunningFixture(Stores stores, CompanyId companyId) {
        this.stores = stores;
        this.companyId = companyId;
        this.engine = Tahsilat.builder().stores(stores).clock(CLOCK).build();
        engine.companies().register(company());
    }

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    Company company() {
        return Company.builder()
                .id(companyId)
                .legalName("Anadolu Tekstil A.Ş.")
                .settings(
                        new CompanySettings(
                                Monetary.getCurrency("EUR"),
                                ZoneOffset.UTC,
                                RoundingMode.HALF_UP,
                                VatRounding.PER_LINE,
                                CALENDAR))
                .vkn(new Vkn("1234567890"))
                .mersisNumber(new MersisNumber("0123456789000015"))
                .addBankAccount(
                        new BankAccount(
                                Iban.parse("DE89 3704 0044 0532 0130 00"),
                                "Deutsche Bank",
                                Monetary.getCurrency("EUR")))
                .build();
    }

    Counterparty customer(String name) {
        return customer(name, CounterpartyId.random());
    }

    Counterparty customer(String name, CounterpartyId id) {
        Counterparty customer =
                Counterparty.builder()
                        .id(id)
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name(name)
                        .build();
        engine.counterparties().register(customer);
        return customer;
    }

    Invoice invoice(Counterparty customer, String number, String amount) {
        return invoice(customer, number, amount, DUE);
    }

    /** Issues an invoice on NET 30 terms due on {@code dueDate}. */
    Invoice invoice(Counterparty customer, String number, String amount, LocalDate dueDate) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(dueDate.minusDays(30))
                        .currency("EUR")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "Service",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    DefaultDunningService service(List<NotificationChannel> channels, RunHook hook) {
        return service(stores, channels, hook);
    }

    /** Returns a service whose clock reads {@code clock}, for runs after a lease expires. */
    DefaultDunningService service(List<NotificationChannel> channels, Clock clock) {
        return service(stores, channels, RunHook.NONE, POLICIES, clock);
    }

    static DefaultDunningService service(
            Stores stores, List<NotificationChannel> channels, RunHook hook) {
        return service(stores, channels, hook, POLICIES);
    }

    /** Returns a service over {@code stores} that duns under {@code policies}. */
    static DefaultDunningService service(
            Stores stores, List<NotificationChannel> channels, RunHook hook, PolicyBook policies) {
        return service(stores, channels, hook, policies, CLOCK);
    }

    private static DefaultDunningService service(
            Stores stores,
            List<NotificationChannel> channels,
            RunHook hook,
            PolicyBook policies,
            Clock clock) {
        StoreContext context =
                new StoreContext(
                        stores,
                        clock,
                        Actor.system("dunning"),
                        new Calendars(TahsilatSettings.defaults().calendars()));
        return new DefaultDunningService(
                context,
                channels,
                policies,
                c -> List.of(new Recipient("email", "billing@example.com", "text/plain")),
                NoticeRenderer.withDefaults(),
                Tahsilat.DEFAULT_DUNNING_LEASE,
                hook);
    }

    /** Returns the sum of the fee entries in the ledger of the counterparty. */
    BigDecimal feesBooked(Counterparty customer) {
        return stores
                .ledger()
                .entriesOf(
                        companyId.value(),
                        customer.id().value(),
                        "EUR",
                        LocalDate.of(2000, 1, 1),
                        LocalDate.of(2100, 1, 1),
                        PageRequest.first(Page.MAX_SIZE))
                .items()
                .stream()
                .filter(e -> e.kind() == LedgerEntryKind.FEE)
                .map(LedgerEntryRecord::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
