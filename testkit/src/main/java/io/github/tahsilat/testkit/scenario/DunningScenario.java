package io.github.tahsilat.testkit.scenario;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.dunning.DunningBlock;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.notification.RecordingChannel;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningService;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * One company, one customer and a dunning policy in EUR, against the in-memory stores, a clock the
 * scenario moves and a recording e-mail channel. A test writes, in a few lines, the invoices and
 * payments given, the runs, and then checks the notices, fees and balance.
 *
 * <pre>{@code
 * DunningScenario s = DunningScenario.given(policy).invoice("A", "500.00", due);
 * s.runOn(LocalDate.of(2025, 3, 8));
 * assertThat(s.delivered()).hasSize(1);
 * }</pre>
 *
 * <p>Amounts are EUR at two decimals; invoices carry one line at 0 % VAT. Not thread-safe, except
 * that {@link #run} may be called from several threads at once.
 */
public final class DunningScenario {

    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final InvoiceContext CONTEXT =
            new InvoiceContext(
                    RoundingMode.HALF_UP,
                    io.github.tahsilat.company.VatRounding.PER_LINE,
                    io.github.tahsilat.calendar.HolidayCalendar.weekendsOnly(),
                    ZONE);

    private final MovingClock clock = new MovingClock();
    private final Stores stores = InMemoryStores.create();
    private final RecordingChannel channel = new RecordingChannel("email");
    private final Tahsilat engine;
    private final CompanyId companyId = CompanyId.random();
    private final Counterparty customer;
    private final DunningService dunning;
    private final Map<String, Invoice> invoices = new HashMap<>();
    private AllocationPolicy allocation = AllocationPolicy.defaults();

    private DunningScenario(DunningPolicy policy) {
        engine =
                Tahsilat.builder().stores(stores).clock(clock).notificationChannel(channel).build();
        engine.companies().register(company());
        customer =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Ege Boya Ltd.")
                        .taxIdentifier(new Vkn("4540536920"))
                        .build();
        engine.counterparties().register(customer);
        dunning =
                engine.dunning(
                        PolicyBook.builder(policy).build(),
                        c -> List.of(new Recipient("email", "billing@example.com", "text/plain")));
    }

    /** Starts a scenario whose customer is dunned under {@code policy}. */
    public static DunningScenario given(DunningPolicy policy) {
        return new DunningScenario(policy);
    }

    private Company company() {
        return Company.builder()
                .id(companyId)
                .legalName("Anadolu Tekstil A.Ş.")
                .settings(
                        new CompanySettings(
                                EUR,
                                ZONE,
                                RoundingMode.HALF_UP,
                                io.github.tahsilat.company.VatRounding.PER_LINE,
                                io.github.tahsilat.calendar.HolidayCalendar.weekendsOnly()))
                .vkn(new Vkn("1234567890"))
                .mersisNumber(new MersisNumber("0123456789000015"))
                .addBankAccount(
                        new BankAccount(
                                Iban.parse("DE89 3704 0044 0532 0130 00"), "Deutsche Bank", EUR))
                .build();
    }

    /** Issues invoice {@code number} of {@code amount} EUR due on {@code dueDate}. */
    public DunningScenario invoice(String number, String amount, LocalDate dueDate) {
        clock.at(dueDate.minusDays(30).atTime(LocalTime.NOON));
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(dueDate.minusDays(30))
                        .currency(EUR)
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "Service",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        invoices.put(number, invoice);
        return this;
    }

    /**
     * Sets the allocation policy of the payments recorded after this call; {@link
     * AllocationPolicy#defaults()} until then.
     */
    public DunningScenario allocation(AllocationPolicy policy) {
        this.allocation = java.util.Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** Records a payment of {@code amount} EUR at {@code recordedAt}, allocated oldest first. */
    public DunningScenario payment(String amount, LocalDateTime recordedAt) {
        return pay(amount, recordedAt, List.of());
    }

    /** Records a payment of {@code amount} EUR at {@code recordedAt} designated to an invoice. */
    public DunningScenario payment(String amount, LocalDateTime recordedAt, String invoiceNumber) {
        return pay(
                amount,
                recordedAt,
                List.of(Designation.of(invoices.get(invoiceNumber).id(), eur(amount))));
    }

    private DunningScenario pay(
            String amount, LocalDateTime recordedAt, List<Designation> designations) {
        clock.at(recordedAt);
        Payment payment =
                Payment.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .valueDate(recordedAt.toLocalDate())
                        .amount(eur(amount))
                        .actor("clerk")
                        .build();
        engine.payments().record(payment, designations, allocation);
        return this;
    }

    /**
     * Receives, at noon on {@code receivedOn}, a cheque of {@code amount} EUR maturing on {@code
     * maturity}, designated to an invoice for its whole amount. Until it clears, it covers that
     * invoice provisionally.
     */
    public DunningScenario cheque(
            String amount, LocalDate receivedOn, LocalDate maturity, String invoiceNumber) {
        clock.at(receivedOn.atTime(LocalTime.NOON));
        InstrumentRequest request =
                new InstrumentRequest(
                        InstrumentId.random(),
                        companyId,
                        customer.id(),
                        InstrumentKind.CHEQUE,
                        "CHQ-" + invoiceNumber + "-" + amount,
                        "Drawer of the scenario, Ziraat Bankası",
                        receivedOn,
                        maturity,
                        eur(amount));
        engine.instruments()
                .receive(
                        request,
                        List.of(Designation.of(invoices.get(invoiceNumber).id(), eur(amount))),
                        allocation);
        return this;
    }

    /** Issues a credit note of {@code amount} EUR on {@code date} and applies it to an invoice. */
    public DunningScenario creditNote(String invoiceNumber, String amount, LocalDate date) {
        clock.at(date.atTime(LocalTime.NOON));
        CreditDocument note =
                CreditDocument.builder()
                        .kind(CreditDocumentKind.CREDIT_NOTE)
                        .number("CN-" + invoiceNumber)
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .direction(Direction.RECEIVABLE)
                        .issueDate(date)
                        .reference(InvoiceReference.toNumber(invoiceNumber))
                        .currency(EUR)
                        .line(
                                InvoiceLine.of(
                                        "Credit",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(CONTEXT);
        engine.creditDocuments().record(note, Optional.empty());
        engine.creditDocuments().apply(companyId, note.id(), invoices.get(invoiceNumber).id());
        return this;
    }

    /** Pauses dunning on an invoice from {@code from} up to and including {@code until}. */
    public DunningScenario block(String invoiceNumber, LocalDate from, LocalDate until) {
        dunning.block(
                companyId,
                invoices.get(invoiceNumber).id(),
                new DunningBlock("dispute", from, until));
        return this;
    }

    /**
     * Records, at noon on {@code promisedOn}, a promise to pay {@code amount} EUR on an invoice by
     * {@code payBy}.
     */
    public DunningScenario promise(
            String invoiceNumber, LocalDate promisedOn, LocalDate payBy, String amount) {
        clock.at(promisedOn.atTime(LocalTime.NOON));
        dunning.promise(companyId, invoices.get(invoiceNumber).id(), payBy, eur(amount));
        return this;
    }

    /** Returns the types of the events in the company's log, in order. */
    public List<String> eventTypes() {
        List<String> types = new ArrayList<>();
        stores.events()
                .readAfter(companyId.value(), 0, 10_000)
                .items()
                .forEach(e -> types.add(e.type()));
        return types;
    }

    /** Opens a dispute on an invoice. */
    public DunningScenario dispute(String invoiceNumber) {
        engine.invoices().openDispute(companyId, invoices.get(invoiceNumber).id(), "quality");
        return this;
    }

    /** Runs dunning at 09:00 on {@code date}, keyed by the date. */
    public DunningRunResult runOn(LocalDate date) {
        return runAt(date.atTime(9, 0));
    }

    /** Runs dunning at {@code time}, keyed by its date. */
    public DunningRunResult runAt(LocalDateTime time) {
        clock.at(time);
        return run(DunningRunRequest.of(companyId, time.toLocalDate()));
    }

    /** Runs dunning with a request of the host's own. */
    public DunningRunResult run(DunningRunRequest request) {
        return dunning.run(request);
    }

    /** Returns a run request for the scenario's company on {@code date}. */
    public DunningRunRequest request(LocalDate date) {
        return DunningRunRequest.of(companyId, date);
    }

    /** Returns the recording channel every notice goes to. */
    public RecordingChannel channel() {
        return channel;
    }

    /** Returns the stores. */
    public Stores stores() {
        return stores;
    }

    /** Returns the company's id. */
    public CompanyId companyId() {
        return companyId;
    }

    /** Returns the customer's balance in EUR as of the clock's date. */
    public MonetaryAmount balance() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        return engine.payments().balance(companyId, customer.id(), EUR, today, clock.instant());
    }

    /** Returns every notice of every run so far, in run order. */
    public List<Notice> notices(List<DunningRunResult> runs) {
        List<Notice> all = new ArrayList<>();
        runs.forEach(r -> all.addAll(r.notices()));
        return all;
    }

    /** Returns {@code amount} as EUR. */
    public static MonetaryAmount eur(String amount) {
        return Monetary.getDefaultAmountFactory()
                .setCurrency(EUR)
                .setNumber(new BigDecimal(amount))
                .create();
    }

    /** A clock that stays where the scenario sets it. */
    private static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2020-01-01T00:00:00Z");

        void at(LocalDateTime time) {
            Instant next = time.toInstant(ZoneOffset.UTC);
            if (next.isAfter(now)) {
                now = next;
            }
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
