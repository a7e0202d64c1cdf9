package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.persistence.spi.Transactions;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.CompanyStore;
import io.github.tahsilat.persistence.spi.store.EventLog;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts every repository uses: the host's stores, the clock, the actor that writes are recorded
 * for, and the registered calendars. Immutable and thread-safe.
 */
public final class StoreContext {

    private static final Logger LOG = LoggerFactory.getLogger(StoreContext.class);

    /** The events of the outermost {@link #write} running on the calling thread, if any. */
    private static final ThreadLocal<PendingEvents> PENDING_EVENTS = new ThreadLocal<>();

    private final Stores stores;
    private final Clock clock;
    private final io.github.tahsilat.service.Actor actor;
    private final Calendars calendars;
    private final Optional<ConfiguredRates> rates;

    /**
     * Creates a context without exchange rates.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public StoreContext(
            Stores stores,
            Clock clock,
            io.github.tahsilat.service.Actor actor,
            Calendars calendars) {
        this(stores, clock, actor, calendars, Optional.empty());
    }

    /**
     * Creates the context.
     *
     * @param rates the engine's exchange rates, or empty when it was built without them
     * @throws NullPointerException if an argument is {@code null}
     */
    public StoreContext(
            Stores stores,
            Clock clock,
            io.github.tahsilat.service.Actor actor,
            Calendars calendars,
            Optional<ConfiguredRates> rates) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** Returns a context that records writes for {@code other} instead. */
    public StoreContext actingAs(io.github.tahsilat.service.Actor other) {
        return new StoreContext(stores, clock, other, calendars, rates);
    }

    /** Returns the engine's exchange rates, or empty when it was built without them. */
    public Optional<ConfiguredRates> rates() {
        return rates;
    }

    /** Returns the actor that writes are recorded for. */
    public io.github.tahsilat.service.Actor actor() {
        return actor;
    }

    /** Returns the clock. */
    public Clock clock() {
        return clock;
    }

    /**
     * Runs {@code work} in a transaction, and repeats it after a stale version at most three times
     * when this call opens the outermost transaction ({@link Transactions#retryingOnStaleVersion}).
     * The work must read what it updates inside itself.
     *
     * <p>The outermost write on a thread collects the events that {@link #appendEvent} makes during
     * each attempt and appends them with {@link EventLog#appendAll} when the attempt's work
     * returns, still inside its transaction. An attempt that throws appends none, so a retry starts
     * with no events. A write inside another one adds its events to the outer one's when both
     * stores have the same event log, and appends them at once when not.
     */
    public <T> T write(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (PENDING_EVENTS.get() != null) {
            return Transactions.retryingOnStaleVersion(stores.transactions(), work);
        }
        return Transactions.retryingOnStaleVersion(
                stores.transactions(), () -> collectingEvents(work));
    }

    private <T> T collectingEvents(Supplier<T> work) {
        PendingEvents pending = new PendingEvents(stores.events(), stores.companies());
        PENDING_EVENTS.set(pending);
        try {
            T result = work.get();
            pending.appendAll();
            return result;
        } finally {
            PENDING_EVENTS.remove();
        }
    }

    /**
     * Appends an event to the company's log in the active transaction. Inside a {@link #write} on
     * stores with the same event log, such as stores that wrap another store ({@link
     * Stores#withInvoices}), the event is appended when the outermost write's work returns, after
     * the events made before it. Outside one, it is appended at once.
     *
     * @param payload ids, amounts and codes only, never personal data
     */
    public void appendEvent(
            CompanyId companyId, String type, UUID aggregateId, Map<String, String> payload) {
        NewEvent event =
                new NewEvent(UUID.randomUUID(), type, aggregateId, payload, now(), recordActor());
        PendingEvents pending = PENDING_EVENTS.get();
        if (pending != null && pending.log == stores.events()) {
            pending.add(companyId, event);
            return;
        }
        long sequence = stores.events().append(companyId.value(), event).sequence();
        LOG.debug("Company {} event {} {} for {}", companyId, sequence, type, aggregateId);
    }

    /**
     * Reads the company through the company store. Inside a {@link #write} on stores with the same
     * company store, the write's attempt caches the first read and returns it for later reads of
     * the same company, so a write that records several payments reads the company once. An attempt
     * that throws, and a retry after a stale version, start with an empty cache. A company not
     * found is not cached, and {@link #forgetCompany} drops a cached one before a write to it.
     */
    Optional<CompanyRecord> readCompany(UUID companyId) {
        PendingEvents pending = PENDING_EVENTS.get();
        if (pending == null || pending.companyStore != stores.companies()) {
            return stores.companies().find(companyId);
        }
        CompanyRecord cached = pending.companiesRead.get(companyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<CompanyRecord> found = stores.companies().find(companyId);
        found.ifPresent(record -> pending.companiesRead.put(companyId, record));
        return found;
    }

    /** Drops the company from the cache of the running write's attempt ({@link #readCompany}). */
    void forgetCompany(UUID companyId) {
        PendingEvents pending = PENDING_EVENTS.get();
        if (pending != null) {
            pending.companiesRead.remove(companyId);
        }
    }

    Stores stores() {
        return stores;
    }

    Calendars calendars() {
        return calendars;
    }

    Instant now() {
        return clock.instant();
    }

    WriteStamp stamp() {
        return new WriteStamp(recordActor(), now());
    }

    /**
     * The events of one attempt of the outermost write on a thread, in the order they were made,
     * and the companies that the attempt read. The host's transaction runner binds a transaction to
     * one thread, so the write's events are kept per thread too.
     */
    private static final class PendingEvents {
        private final EventLog log;
        private final List<CompanyId> companies = new ArrayList<>();
        private final List<NewEvent> events = new ArrayList<>();
        private final CompanyStore companyStore;
        private final Map<UUID, CompanyRecord> companiesRead = new HashMap<>();

        PendingEvents(EventLog log, CompanyStore companyStore) {
            this.log = log;
            this.companyStore = companyStore;
        }

        void add(CompanyId companyId, NewEvent event) {
            companies.add(companyId);
            events.add(event);
        }

        /** Appends the events with one call per run of consecutive events of one company. */
        void appendAll() {
            int from = 0;
            while (from < events.size()) {
                CompanyId companyId = companies.get(from);
                int to = from + 1;
                while (to < events.size() && companies.get(to).equals(companyId)) {
                    to++;
                }
                List<EventRecord> stored =
                        log.appendAll(companyId.value(), events.subList(from, to));
                for (EventRecord event : stored) {
                    LOG.debug(
                            "Company {} event {} {} for {}",
                            companyId,
                            event.sequence(),
                            event.type(),
                            event.aggregateId());
                }
                from = to;
            }
        }
    }

    private Actor recordActor() {
        ActorKind kind =
                actor.kind() == io.github.tahsilat.service.Actor.Kind.USER
                        ? ActorKind.USER
                        : ActorKind.SYSTEM;
        return new Actor(kind, actor.id());
    }
}
