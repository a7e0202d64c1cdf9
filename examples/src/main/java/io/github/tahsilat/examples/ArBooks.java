package io.github.tahsilat.examples;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.service.OpenItem;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.FixedDate;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The books of one US company on the in-memory store: records the invoices and settlements of an
 * accounts-receivable file through the engine, with a clock that the caller moves from day to day.
 * Not thread-safe.
 */
final class ArBooks {

    /** The currency of every amount in the IBM sample layout. */
    static final CurrencyUnit USD = Monetary.getCurrency("USD");

    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final PageRequest ALL = PageRequest.first(Page.MAX_SIZE);
    private static final LocalDate NO_DUE_DATE_LIMIT = LocalDate.of(9999, 12, 31);

    private final DayClock clock = new DayClock();
    private final Tahsilat engine;
    private final CompanyId companyId = CompanyId.random();
    private final InvoiceContext context = InvoiceContext.of(HolidayCalendar.weekendsOnly(), ZONE);
    private final Map<String, CounterpartyId> customers = new HashMap<>();
    private final Map<String, InvoiceId> invoiceIds = new HashMap<>();

    /** Creates the books with {@code channels} given to the engine, possibly none. */
    ArBooks(List<NotificationChannel> channels) {
        Tahsilat.Builder builder = Tahsilat.builder().stores(InMemoryStores.create()).clock(clock);
        channels.forEach(builder::notificationChannel);
        engine = builder.build();
        engine.companies()
                .register(
                        Company.builder()
                                .id(companyId)
                                .legalName("Accounts receivable sample")
                                .settings(CompanySettings.of(USD, ZONE))
                                .build());
    }

    Tahsilat engine() {
        return engine;
    }

    CompanyId companyId() {
        return companyId;
    }

    /** Moves the clock to noon (UTC) on {@code day}. */
    void moveTo(LocalDate day) {
        clock.moveTo(day);
    }

    /** Issues {@code row} as an invoice due on its own due date, registering its customer once. */
    InvoiceId issue(ArInvoice row) {
        CounterpartyId customer = customers.computeIfAbsent(row.customerId(), this::register);
        Invoice invoice =
                Invoice.builder()
                        .id(new InvoiceId(uuid("invoice:" + row.invoiceNumber())))
                        .companyId(companyId)
                        .counterpartyId(customer)
                        .number(row.invoiceNumber())
                        .direction(Direction.RECEIVABLE)
                        .issueDate(row.invoiceDate())
                        .currency(USD)
                        .terms(new FixedDate(row.dueDate()))
                        .line(
                                InvoiceLine.of(
                                        "Invoice", BigDecimal.ONE, row.amount(), BigDecimal.ZERO))
                        .build(context);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        invoiceIds.put(row.invoiceNumber(), invoice.id());
        return invoice.id();
    }

    /**
     * Records the settlement of {@code row}: a payment of its whole amount with its settled date as
     * value date, designated to its invoice.
     *
     * @return the amount recorded
     */
    MonetaryAmount settle(ArInvoice row) {
        MonetaryAmount amount = Money.of(row.amount(), USD);
        Payment payment =
                Payment.builder()
                        .companyId(companyId)
                        .counterpartyId(customers.get(row.customerId()))
                        .valueDate(row.settledDate())
                        .amount(amount)
                        .actor("ar-replay")
                        .build();
        engine.payments()
                .record(
                        payment,
                        List.of(Designation.of(invoiceIds.get(row.invoiceNumber()), amount)),
                        AllocationPolicy.defaults());
        return amount;
    }

    /** Returns the number of invoices with an amount outstanding, read from the store. */
    int openInvoices() {
        int count = 0;
        Optional<PageRequest> request = Optional.of(ALL);
        while (request.isPresent()) {
            Page<OpenItem> page =
                    engine.invoices()
                            .openItemsDueBefore(companyId, NO_DUE_DATE_LIMIT, request.get());
            count += page.items().size();
            request = request.get().following(page);
        }
        return count;
    }

    private CounterpartyId register(String customerId) {
        CounterpartyId id = new CounterpartyId(uuid("customer:" + customerId));
        engine.counterparties()
                .register(
                        Counterparty.builder()
                                .id(id)
                                .companyId(companyId)
                                .kind(CounterpartyKind.CUSTOMER)
                                .name(customerId)
                                .build());
        return id;
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** A clock that stays at noon of the day it was last moved to. */
    private static final class DayClock extends Clock {
        private Instant now = Instant.EPOCH;

        void moveTo(LocalDate day) {
            now = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
