package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.persistence.spi.Transactions;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.time.Clock;
import java.time.Instant;
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
     */
    public <T> T write(Supplier<T> work) {
        return Transactions.retryingOnStaleVersion(stores.transactions(), work);
    }

    /**
     * Appends an event to the company's log in the active transaction.
     *
     * @param payload ids, amounts and codes only, never personal data
     */
    public void appendEvent(
            CompanyId companyId, String type, UUID aggregateId, Map<String, String> payload) {
        NewEvent event =
                new NewEvent(UUID.randomUUID(), type, aggregateId, payload, now(), recordActor());
        long sequence = stores.events().append(companyId.value(), event).sequence();
        LOG.debug("Company {} event {} {} for {}", companyId, sequence, type, aggregateId);
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

    private Actor recordActor() {
        ActorKind kind =
                actor.kind() == io.github.tahsilat.service.Actor.Kind.USER
                        ? ActorKind.USER
                        : ActorKind.SYSTEM;
        return new Actor(kind, actor.id());
    }
}
