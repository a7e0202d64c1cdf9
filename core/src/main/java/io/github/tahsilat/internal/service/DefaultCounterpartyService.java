package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.Hold;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.StoredCounterparty;
import io.github.tahsilat.service.counterparty.CounterpartyService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counterparty service over the host's stores. Immutable and thread-safe. */
public final class DefaultCounterpartyService implements CounterpartyService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCounterpartyService.class);

    private final StoreContext context;
    private final CompanyRepository companies;
    private final CounterpartyRepository counterparties;

    /** Creates the service. */
    public DefaultCounterpartyService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.counterparties = new CounterpartyRepository(context);
    }

    @Override
    public StoredCounterparty register(Counterparty counterparty) {
        require("counterparty", counterparty);
        StoredCounterparty stored =
                context.write(
                        () -> {
                            companies.require(counterparty.companyId());
                            StoredCounterparty inserted = counterparties.insert(counterparty);
                            append(
                                    inserted,
                                    EventTypes.COUNTERPARTY_REGISTERED,
                                    Map.of("kind", counterparty.kind().name()));
                            return inserted;
                        });
        LOG.debug(
                "Company {} counterparty {} registered",
                counterparty.companyId(),
                counterparty.id());
        return stored;
    }

    @Override
    public StoredCounterparty update(Counterparty counterparty, long expectedVersion) {
        require("counterparty", counterparty);
        StoredCounterparty stored =
                context.write(
                        () -> {
                            StoredCounterparty updated =
                                    counterparties.update(counterparty, expectedVersion);
                            append(updated, EventTypes.COUNTERPARTY_UPDATED, Map.of());
                            return updated;
                        });
        LOG.debug(
                "Company {} counterparty {} updated to version {}",
                counterparty.companyId(),
                counterparty.id(),
                stored.version());
        return stored;
    }

    @Override
    public StoredCounterparty putOnHold(CompanyId companyId, CounterpartyId id, String reason) {
        require("companyId", companyId);
        require("counterpartyId", id);
        new Hold(reason);
        StoredCounterparty stored =
                context.write(
                        () -> {
                            StoredCounterparty held =
                                    counterparties.change(
                                            companyId, id, current -> current.putOnHold(reason));
                            append(held, EventTypes.COUNTERPARTY_HELD, Map.of());
                            return held;
                        });
        LOG.debug("Company {} counterparty {} put on hold", companyId, id);
        return stored;
    }

    @Override
    public StoredCounterparty releaseHold(CompanyId companyId, CounterpartyId id) {
        require("companyId", companyId);
        require("counterpartyId", id);
        return context.write(
                () -> {
                    StoredCounterparty current = counterparties.find(companyId, id).orElse(null);
                    if (current != null && !current.counterparty().isOnHold()) {
                        return current;
                    }
                    StoredCounterparty released =
                            counterparties.change(companyId, id, Counterparty::releaseHold);
                    append(released, EventTypes.COUNTERPARTY_RELEASED, Map.of());
                    LOG.debug("Company {} counterparty {} released", companyId, id);
                    return released;
                });
    }

    @Override
    public Optional<StoredCounterparty> find(CompanyId companyId, CounterpartyId id) {
        require("companyId", companyId);
        require("counterpartyId", id);
        return counterparties.find(companyId, id);
    }

    @Override
    public List<StoredCounterparty> findByIban(CompanyId companyId, Iban iban) {
        require("companyId", companyId);
        require("iban", iban);
        return counterparties.findByIban(companyId, iban);
    }

    @Override
    public List<StoredCounterparty> findByTaxId(CompanyId companyId, TaxIdentifier taxId) {
        require("companyId", companyId);
        require("taxId", taxId);
        return counterparties.findByTaxId(companyId, taxId);
    }

    @Override
    public StoredCounterparty requestErasure(
            CompanyId companyId, CounterpartyId id, LocalDate retentionEnds) {
        require("companyId", companyId);
        require("counterpartyId", id);
        require("retentionEnds", retentionEnds);
        StoredCounterparty stored =
                context.write(
                        () -> {
                            StoredCounterparty requested =
                                    counterparties.recordErasureRequest(
                                            companyId, id, retentionEnds);
                            append(
                                    requested,
                                    EventTypes.ERASURE_REQUESTED,
                                    Map.of("retentionEnds", retentionEnds.toString()));
                            return requested;
                        });
        LOG.debug("Company {} counterparty {} erasure requested", companyId, id);
        return stored;
    }

    @Override
    public StoredCounterparty erase(CompanyId companyId, CounterpartyId id, String pseudonym) {
        require("companyId", companyId);
        require("counterpartyId", id);
        if (pseudonym == null || pseudonym.isBlank()) {
            throw new InvalidInputException(
                    "pseudonym", pseudonym, "a name to show in place of the real one");
        }
        StoredCounterparty stored =
                context.write(
                        () -> {
                            LocalDate today = companies.today(companyId);
                            StoredCounterparty erased =
                                    counterparties.erase(companyId, id, pseudonym, today);
                            append(erased, EventTypes.ERASURE_DONE, Map.of());
                            return erased;
                        });
        LOG.debug("Company {} counterparty {} erased", companyId, id);
        return stored;
    }

    private void append(StoredCounterparty stored, String type, Map<String, String> extra) {
        Counterparty counterparty = stored.counterparty();
        Map<String, String> payload = new java.util.TreeMap<>(extra);
        payload.put("counterpartyId", counterparty.id().toString());
        payload.put("version", Long.toString(stored.version()));
        context.appendEvent(counterparty.companyId(), type, counterparty.id().value(), payload);
    }

    static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "a value");
        }
    }
}
