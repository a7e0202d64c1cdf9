package io.github.tahsilat.engine;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.internal.dunning.DefaultDunningService;
import io.github.tahsilat.internal.persistence.Calendars;
import io.github.tahsilat.internal.persistence.ConfiguredRates;
import io.github.tahsilat.internal.persistence.KeptMatchIndexes;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.internal.plan.DefaultPaymentPlanService;
import io.github.tahsilat.internal.service.DefaultAccountService;
import io.github.tahsilat.internal.service.DefaultChargeService;
import io.github.tahsilat.internal.service.DefaultCompanyService;
import io.github.tahsilat.internal.service.DefaultCounterpartyService;
import io.github.tahsilat.internal.service.DefaultCreditDocumentService;
import io.github.tahsilat.internal.service.DefaultExchangeDifferenceService;
import io.github.tahsilat.internal.service.DefaultInstrumentService;
import io.github.tahsilat.internal.service.DefaultInvoiceService;
import io.github.tahsilat.internal.service.DefaultPaymentService;
import io.github.tahsilat.internal.service.DefaultReconciliationService;
import io.github.tahsilat.internal.service.DefaultReportService;
import io.github.tahsilat.notice.NoticeRenderer;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.account.AccountService;
import io.github.tahsilat.service.charge.ChargeService;
import io.github.tahsilat.service.company.CompanyService;
import io.github.tahsilat.service.counterparty.CounterpartyService;
import io.github.tahsilat.service.credit.CreditDocumentService;
import io.github.tahsilat.service.dunning.DunningService;
import io.github.tahsilat.service.dunning.RecipientDirectory;
import io.github.tahsilat.service.fx.ExchangeDifferenceService;
import io.github.tahsilat.service.instrument.InstrumentService;
import io.github.tahsilat.service.invoice.InvoiceService;
import io.github.tahsilat.service.payment.ExchangeDifferenceVat;
import io.github.tahsilat.service.payment.PaymentService;
import io.github.tahsilat.service.plan.PaymentPlanService;
import io.github.tahsilat.service.reconciliation.ReconciliationService;
import io.github.tahsilat.service.report.ReportService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine a host builds once and shares: the services over the host's stores.
 *
 * <pre>{@code
 * Tahsilat tahsilat = Tahsilat.builder()
 *         .stores(InMemoryStores.create())
 *         .clock(Clock.systemUTC())
 *         .build();
 * tahsilat.companies().register(company);
 * tahsilat.actingAs(Actor.user("u-42")).invoices().issue(InvoiceRequest.of(invoice));
 * }</pre>
 *
 * <p>Every write records an actor: the system actor given to the builder, or the one given to
 * {@link #actingAs}. Every instant comes from the builder's clock. Immutable and thread-safe once
 * built, provided the host's stores, clock and channels are thread-safe, as their contracts
 * require.
 */
public final class Tahsilat {

    /** The system actor of an engine built without {@link Builder#systemActor}. */
    public static final Actor DEFAULT_SYSTEM_ACTOR = Actor.system("tahsilat");

    /** The dunning lease of an engine built without {@link Builder#dunningLease}: 10 minutes. */
    public static final Duration DEFAULT_DUNNING_LEASE = Duration.ofMinutes(10);

    private final Stores stores;
    private final Clock clock;
    private final Actor actor;
    private final List<NotificationChannel> channels;
    private final TahsilatSettings settings;
    private final Duration dunningLease;
    private final CompanyService companies;
    private final CounterpartyService counterparties;
    private final InvoiceService invoices;
    private final CreditDocumentService creditDocuments;
    private final PaymentService payments;
    private final ChargeService charges;
    private final InstrumentService instruments;
    private final AccountService accounts;
    private final ReportService reports;
    private final PaymentPlanService paymentPlans;
    private final ExchangeDifferenceService exchangeDifferences;
    private final Optional<ConfiguredRates> rates;
    private final Optional<KeptMatchIndexes> keptIndexes;

    private Tahsilat(
            Stores stores,
            Clock clock,
            Actor actor,
            List<NotificationChannel> channels,
            TahsilatSettings settings,
            Duration dunningLease,
            Optional<ConfiguredRates> rates,
            Optional<KeptMatchIndexes> keptIndexes) {
        this.keptIndexes = keptIndexes;
        this.stores = stores;
        this.clock = clock;
        this.actor = actor;
        this.channels = List.copyOf(channels);
        this.settings = settings;
        this.dunningLease = dunningLease;
        this.rates = rates;
        StoreContext context = context();
        this.companies = new DefaultCompanyService(context);
        this.counterparties = new DefaultCounterpartyService(context);
        this.invoices = new DefaultInvoiceService(context);
        this.creditDocuments = new DefaultCreditDocumentService(context);
        this.payments = new DefaultPaymentService(context);
        this.charges = new DefaultChargeService(context);
        this.instruments = new DefaultInstrumentService(context);
        this.accounts = new DefaultAccountService(context);
        this.reports = new DefaultReportService(context);
        this.paymentPlans = new DefaultPaymentPlanService(context);
        this.exchangeDifferences = new DefaultExchangeDifferenceService(context);
    }

    /** Returns an empty builder. The stores and the clock are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an engine over the same stores whose writes record {@code writer}, such as the user
     * of the current request. This engine stays as it is.
     *
     * @throws InvalidInputException if {@code writer} is {@code null}
     */
    public Tahsilat actingAs(Actor writer) {
        if (writer == null) {
            throw new InvalidInputException("actor", null, "Actor.user(id) or Actor.system(job)");
        }
        return new Tahsilat(
                stores, clock, writer, channels, settings, dunningLease, rates, keptIndexes);
    }

    private StoreContext context() {
        return new StoreContext(stores, clock, actor, new Calendars(settings.calendars()), rates);
    }

    /** Returns the company service. */
    public CompanyService companies() {
        return companies;
    }

    /** Returns the counterparty service. */
    public CounterpartyService counterparties() {
        return counterparties;
    }

    /** Returns the invoice service. */
    public InvoiceService invoices() {
        return invoices;
    }

    /** Returns the credit document service. */
    public CreditDocumentService creditDocuments() {
        return creditDocuments;
    }

    /** Returns the payment service: payments, their allocation and the counterparty ledger. */
    public PaymentService payments() {
        return payments;
    }

    /** Returns the charge service: fees and late interest on receivables, and their waivers. */
    public ChargeService charges() {
        return charges;
    }

    /**
     * Returns the exchange-difference service: carrying amounts of foreign-currency items and their
     * revaluation at a date.
     */
    public ExchangeDifferenceService exchangeDifferences() {
        return exchangeDifferences;
    }

    /** Returns the account service: refunds of customer credit and set-offs (mahsup). */
    public AccountService accounts() {
        return accounts;
    }

    /**
     * Returns the instrument service: received post-dated cheques and promissory notes, their
     * provisional allocation, clearing, bounce, endorsement and bank steps.
     */
    public InstrumentService instruments() {
        return instruments;
    }

    /**
     * Returns a dunning service over this engine's stores and channels, with the policies and
     * recipients the host supplies and the shipped notice templates.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    public DunningService dunning(PolicyBook policies, RecipientDirectory recipients) {
        return dunning(policies, recipients, NoticeRenderer.withDefaults());
    }

    /**
     * Returns a dunning service over this engine's stores and channels that renders notices with
     * {@code renderer}.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    public DunningService dunning(
            PolicyBook policies, RecipientDirectory recipients, NoticeRenderer renderer) {
        StoreContext context = context();
        return new DefaultDunningService(
                context, channels, policies, recipients, renderer, dunningLease);
    }

    /**
     * Returns a reconciliation service over this engine's stores with {@link
     * MatchSettings#defaults()} and {@link AllocationPolicy#defaults()}: no tolerance, an excess
     * kept as credit.
     */
    public ReconciliationService reconciliation() {
        return reconciliation(MatchSettings.defaults(), AllocationPolicy.defaults());
    }

    /**
     * Returns a reconciliation service over this engine's stores that matches with {@code
     * matchSettings} and books payments under {@code policy}. Give both the same tolerances: the
     * settings decide which proposals are full payments, the policy what happens to the difference.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    public ReconciliationService reconciliation(
            MatchSettings matchSettings, AllocationPolicy policy) {
        StoreContext context = context();
        return new DefaultReconciliationService(context, matchSettings, policy, true, keptIndexes);
    }

    /**
     * Returns the payment plan service: overdue receivables restructured into installments, which
     * dunning leaves out while the plan is active.
     */
    public PaymentPlanService paymentPlans() {
        return paymentPlans;
    }

    /**
     * Returns whether this engine keeps a match index per company from the store's feed of open
     * receivables: built with {@link Builder#keepMatchIndex()} over a store that offers one.
     */
    public boolean keepsMatchIndex() {
        return keptIndexes.isPresent();
    }

    /** Returns the report service: agings over the store's open items. */
    public ReportService reports() {
        return reports;
    }

    /** Returns the actor this engine's writes record. */
    public Actor actor() {
        return actor;
    }

    /** Returns the clock every instant comes from. */
    public Clock clock() {
        return clock;
    }

    /** Returns the host's stores. */
    public Stores stores() {
        return stores;
    }

    /** Returns the settings. */
    public TahsilatSettings settings() {
        return settings;
    }

    /** Returns how long a dunning claim keeps other runs from retrying its notice. */
    public Duration dunningLease() {
        return dunningLease;
    }

    /** Returns the notification channels in the order they were added, possibly none. */
    public List<NotificationChannel> notificationChannels() {
        return channels;
    }

    /** Returns the notification channel named {@code name}, or empty. */
    public Optional<NotificationChannel> notificationChannel(String name) {
        return channels.stream().filter(channel -> channel.name().equals(name)).findFirst();
    }

    /**
     * Collects the parts of an engine. Each option may be set once; setting it again throws {@link
     * IllegalStateException}, as a configuration mistake should not pass silently. Not thread-safe.
     */
    public static final class Builder {
        private Stores stores;
        private Clock clock;
        private Actor systemActor;
        private TahsilatSettings settings;
        private Duration dunningLease;
        private ConfiguredRates rates;
        private boolean keepMatchIndex;
        private final List<NotificationChannel> channels = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the stores, which are required: {@code InMemoryStores.create()} or the host's own
         * implementation of the storage SPI, with the transaction runner they join.
         *
         * @throws InvalidInputException if {@code value} is {@code null}
         * @throws IllegalStateException if the stores were already set
         */
        public Builder stores(Stores value) {
            requireUnset("stores", stores);
            this.stores = present("stores", value, STORES_HINT);
            return this;
        }

        /**
         * Sets the clock that every instant and "today" comes from, which is required. The engine
         * never falls back to the system clock by itself.
         *
         * @throws InvalidInputException if {@code value} is {@code null}
         * @throws IllegalStateException if the clock was already set
         */
        public Builder clock(Clock value) {
            requireUnset("clock", clock);
            this.clock = present("clock", value, CLOCK_HINT);
            return this;
        }

        /**
         * Sets the actor that writes record unless {@link Tahsilat#actingAs} gives another; {@link
         * Tahsilat#DEFAULT_SYSTEM_ACTOR} if not set.
         *
         * @throws InvalidInputException if {@code value} is {@code null}
         * @throws IllegalStateException if the actor was already set
         */
        public Builder systemActor(Actor value) {
            requireUnset("systemActor", systemActor);
            this.systemActor = present("systemActor", value, "Actor.system(jobName)");
            return this;
        }

        /**
         * Sets the engine's settings; {@link TahsilatSettings#defaults()} if not set.
         *
         * @throws InvalidInputException if {@code value} is {@code null}
         * @throws IllegalStateException if the settings were already set
         */
        public Builder settings(TahsilatSettings value) {
            requireUnset("settings", settings);
            this.settings =
                    present("settings", value, "TahsilatSettings.defaults() or your own settings");
            return this;
        }

        /**
         * Sets the dunning lease, or {@link Tahsilat#DEFAULT_DUNNING_LEASE} if not set. A run that
         * claims a notice, or takes one over for a retry, keeps it for this long from the clock's
         * instant, and no other run retries the notice before the lease expires. A run that dies
         * before it records the delivery result leaves the notice to the first run after the lease.
         * Choose a lease longer than the longest delivery of one notice on all its channels,
         * because a notice whose delivery outlasts the lease may be sent again under the same
         * notice id. Its fee is still booked once.
         *
         * @throws InvalidInputException if {@code value} is {@code null}, zero or negative
         * @throws IllegalStateException if the lease was already set
         */
        public Builder dunningLease(Duration value) {
            requireUnset("dunningLease", dunningLease);
            present("dunningLease", value, "a positive duration such as Duration.ofMinutes(10)");
            if (value.isZero() || value.isNegative()) {
                throw new InvalidInputException(
                        "dunningLease",
                        value,
                        "a positive duration such as Duration.ofMinutes(10)");
            }
            this.dunningLease = value;
            return this;
        }

        /**
         * Sets the exchange-rate source that payments booked from bank statement lines and cheques
         * or promissory notes that clear use, and the VAT terms of the exchange-difference invoices
         * proposed for them. With it, such a payment of a foreign-currency item books the realized
         * exchange difference as {@link PaymentService#record(io.github.tahsilat.payment.Payment,
         * List, AllocationPolicy, ExchangeRateSource, ExchangeDifferenceVat)} does; without it,
         * they release the carrying amount and book no difference. Optional.
         *
         * @throws InvalidInputException if an argument is {@code null}
         * @throws IllegalStateException if the exchange rates were already set
         */
        public Builder exchangeRates(ExchangeRateSource source, ExchangeDifferenceVat vat) {
            requireUnset("exchangeRates", rates);
            present("exchangeRates.source", source, "the host's ExchangeRateSource");
            present(
                    "exchangeRates.vat",
                    vat,
                    "the VAT rate and basis of exchange-difference invoices");
            this.rates = new ConfiguredRates(source, vat);
            return this;
        }

        /**
         * Makes the engine keep a bank-line match index per company, which the store's feed of open
         * receivables ({@code InvoiceStore.openReceivableFeed()}) keeps up to date as the store
         * writes. Imports then match against it instead of reading match candidates for every
         * batch, whenever the compact matcher decides their lines as {@code BankLineMatcher} would,
         * with the same results. A store without the feed, such as a store shared by several
         * processes, leaves the engine as without this option.
         *
         * <p>The index keeps every open receivable of every company on the heap. Over the in-memory
         * store with 1,000,000 open receivables it took 251 bytes per item (a scratch measurement
         * of the used heap after garbage collection, JDK 17, compressed references): 187 for the
         * compact index, as {@code CompactIndexFootprint 1000000 grown} in the benchmarks module
         * measures it, and about 60 for the invoice-number strings, which the in-memory store
         * decodes for each report. While the index grows, its old and new columns are both on the
         * heap. Building the engine subscribes to the feed, which reports every open receivable
         * once under the store's write lock.
         *
         * <p>An import matches against the index inside {@code OpenReceivableFeed.whileUnchanged},
         * so the store's writes wait while a batch is matched and turned into proposals.
         *
         * <p>NOTE: the feed has no way to unsubscribe, so the index stays on the heap, and the
         * store keeps reporting to it, for as long as the store lives. Build one such engine per
         * store and share it, as {@link Tahsilat#actingAs} does.
         *
         * @throws IllegalStateException if this option was already set
         */
        public Builder keepMatchIndex() {
            if (keepMatchIndex) {
                throw new IllegalStateException(
                        "keepMatchIndex was already set; set each option once");
            }
            keepMatchIndex = true;
            return this;
        }

        /**
         * Adds a notification channel. Channels are optional, and their names must be unique.
         *
         * @throws InvalidInputException if {@code channel} or its name is {@code null} or blank, or
         *     a channel with the same name was already added
         */
        public Builder notificationChannel(NotificationChannel channel) {
            present("notificationChannel", channel, "a NotificationChannel implementation");
            String name = channel.name();
            if (name == null || name.isBlank()) {
                throw new InvalidInputException(
                        "notificationChannel.name", name, "a name that is not blank");
            }
            for (NotificationChannel added : channels) {
                if (added.name().equals(name)) {
                    throw new InvalidInputException(
                            "notificationChannel.name",
                            name,
                            "a name no other channel of this engine has");
                }
            }
            channels.add(channel);
            return this;
        }

        /**
         * Builds the engine.
         *
         * @throws InvalidInputException if the stores or the clock is missing; the message names
         *     the part and how to supply it
         */
        public Tahsilat build() {
            present("stores", stores, STORES_HINT);
            present("clock", clock, CLOCK_HINT);
            return new Tahsilat(
                    stores,
                    clock,
                    systemActor != null ? systemActor : DEFAULT_SYSTEM_ACTOR,
                    channels,
                    settings != null ? settings : TahsilatSettings.defaults(),
                    dunningLease != null ? dunningLease : DEFAULT_DUNNING_LEASE,
                    Optional.ofNullable(rates),
                    keepMatchIndex
                            ? KeptMatchIndexes.subscribe(stores.invoices())
                            : Optional.empty());
        }

        private static final String STORES_HINT =
                "the host's Stores; call stores(InMemoryStores.create()) or pass your own"
                        + " implementation of the storage SPI";

        private static final String CLOCK_HINT =
                "a java.time.Clock; call clock(Clock.systemUTC()) in production or pass a fixed"
                        + " clock in tests";

        private static <T> T present(String part, T value, String hint) {
            if (value == null) {
                throw new InvalidInputException(part, null, hint);
            }
            return value;
        }

        private static void requireUnset(String part, Object current) {
            if (current != null) {
                throw new IllegalStateException(
                        part + " was already set to " + current + "; set each option once");
            }
        }
    }
}
