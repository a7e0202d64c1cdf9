package io.github.tahsilat.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ContactDetails;
import io.github.tahsilat.persistence.spi.record.CounterpartyKind;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.Erasure;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.TaxIdType;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Checks the in-memory feed against random sequences of invoice and counterparty writes across two
 * companies, some of them rolled back, with counterparties that share IBANs and tax ids. A listener
 * subscribed at any step must end each later step with the state that the store's own reads give.
 */
class OpenReceivableFeedPropertiesTest {

    private static final List<UUID> COMPANIES =
            List.of(
                    UUID.fromString("00000000-0000-0000-0000-00000000c001"),
                    UUID.fromString("00000000-0000-0000-0000-00000000c002"));
    private static final WriteStamp STAMP =
            new WriteStamp(Actor.system("property"), Instant.parse("2026-01-05T09:00:00Z"));
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);

    /** The kinds of write a step makes. */
    enum Kind {
        INSERT_COUNTERPARTY,
        RENAME_COUNTERPARTY,
        CHANGE_IBANS_AND_TAX_ID,
        INSERT_RECEIVABLE,
        INSERT_PAYABLE,
        SETTLE_PART,
        CLOSE,
        REOPEN,
        RENUMBER,
        FLIP_DIRECTION,
        RAISE_DUNNING_LEVEL
    }

    /**
     * One write: its kind, the company by index, a pick among the records written so far, a value
     * for the new field, and whether a transaction around it rolls back.
     */
    record Step(Kind kind, int company, int pick, int value, boolean rolledBack) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step =
                Combinators.combine(
                                Arbitraries.of(Kind.class),
                                Arbitraries.integers().between(0, 1),
                                Arbitraries.integers().between(0, 1_000),
                                Arbitraries.integers().between(0, 20),
                                Arbitraries.integers().between(0, 4).map(n -> n == 0))
                        .as(Step::new);
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void listenerFollowsStore(
            @ForAll("steps") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 40) int subscribeAt) {
        Model model = new Model(InMemoryStores.create());
        Recorder recorder = new Recorder();
        for (int i = 0; i <= steps.size(); i++) {
            if (i == Math.min(subscribeAt, steps.size())) {
                model.stores.invoices().openReceivableFeed().orElseThrow().subscribe(recorder);
                model.assertRecorded(recorder);
            }
            if (i < steps.size()) {
                model.run(steps.get(i));
                if (i >= subscribeAt) {
                    model.assertRecorded(recorder);
                }
            }
        }
    }

    /** The stores under test and the ids of every record a step tried to write. */
    private static final class Model {
        final Stores stores;
        final Map<UUID, Set<UUID>> counterpartyIds = new HashMap<>();
        final Map<UUID, Set<UUID>> invoiceIds = new HashMap<>();
        int nextNumber;

        Model(Stores stores) {
            this.stores = stores;
            for (UUID company : COMPANIES) {
                counterpartyIds.put(company, new LinkedHashSet<>());
                invoiceIds.put(company, new LinkedHashSet<>());
            }
        }

        void run(Step step) {
            UUID company = COMPANIES.get(step.company());
            Runnable write = () -> write(company, step);
            if (!step.rolledBack()) {
                try {
                    write.run();
                } catch (StoreException e) {
                    // The store rejected a duplicate number. The check after the step covers the
                    // state.
                }
                return;
            }
            try {
                stores.transactions()
                        .inTransaction(
                                () -> {
                                    write.run();
                                    throw new IllegalStateException("roll back");
                                });
            } catch (StoreException | IllegalStateException e) {
                // Expected: the transaction rolled back.
            }
        }

        private void write(UUID company, Step step) {
            switch (step.kind()) {
                case INSERT_COUNTERPARTY -> {
                    CounterpartyRecord counterparty =
                            counterparty(
                                    company,
                                    UUID.randomUUID(),
                                    0,
                                    "Name " + step.value(),
                                    step.value());
                    counterpartyIds.get(company).add(counterparty.id());
                    stores.counterparties().insert(company, counterparty);
                }
                case RENAME_COUNTERPARTY -> {
                    Optional<CounterpartyRecord> stored =
                            pick(counterpartyIds.get(company), step.pick())
                                    .flatMap(id -> stores.counterparties().find(company, id));
                    stored.ifPresent(
                            old ->
                                    stores.counterparties()
                                            .update(
                                                    company,
                                                    counterparty(
                                                            company,
                                                            old.id(),
                                                            old.version(),
                                                            "Renamed " + step.value(),
                                                            step.pick())));
                }
                case CHANGE_IBANS_AND_TAX_ID -> {
                    Optional<CounterpartyRecord> stored =
                            pick(counterpartyIds.get(company), step.pick())
                                    .flatMap(id -> stores.counterparties().find(company, id));
                    stored.ifPresent(
                            old ->
                                    stores.counterparties()
                                            .update(
                                                    company,
                                                    counterparty(
                                                            company,
                                                            old.id(),
                                                            old.version(),
                                                            old.name(),
                                                            step.value())));
                }
                case INSERT_RECEIVABLE, INSERT_PAYABLE -> {
                    Direction direction =
                            step.kind() == Kind.INSERT_RECEIVABLE
                                    ? Direction.RECEIVABLE
                                    : Direction.PAYABLE;
                    UUID counterpartyId =
                            pick(counterpartyIds.get(company), step.pick())
                                    .orElseGet(UUID::randomUUID);
                    // Numbers repeat now and then, so that some inserts are rejected.
                    String number = "INV-" + (nextNumber++ % 25);
                    InvoiceRecord invoice =
                            invoice(
                                    company,
                                    UUID.randomUUID(),
                                    direction,
                                    number,
                                    counterpartyId,
                                    step.value());
                    invoiceIds.get(company).add(invoice.id());
                    stores.invoices().insert(company, invoice);
                }
                default ->
                        pick(invoiceIds.get(company), step.pick())
                                .flatMap(id -> stores.invoices().find(company, id))
                                .ifPresent(
                                        stored ->
                                                stores.invoices()
                                                        .update(company, changed(stored, step)));
            }
        }

        private static InvoiceRecord changed(InvoiceRecord stored, Step step) {
            Draft draft = new Draft(stored);
            switch (step.kind()) {
                case SETTLE_PART -> {
                    draft.outstanding = BigDecimal.valueOf(step.value() * 100L, 2);
                    draft.status = InvoiceStatus.PARTIALLY_PAID;
                    draft.closedOn = Optional.empty();
                }
                case CLOSE -> {
                    draft.status =
                            List.of(
                                            InvoiceStatus.PAID,
                                            InvoiceStatus.CANCELLED,
                                            InvoiceStatus.WRITTEN_OFF)
                                    .get(step.value() % 3);
                    draft.outstanding = new BigDecimal("0.00");
                    draft.closedOn = Optional.of(ISSUED.plusDays(1));
                }
                case REOPEN -> {
                    draft.status = InvoiceStatus.OPEN;
                    draft.outstanding = new BigDecimal("20.00");
                    draft.closedOn = Optional.empty();
                }
                case RENUMBER -> {
                    draft.number = "NEW-" + step.value();
                    draft.externalReference =
                            step.value() % 2 == 0
                                    ? Optional.empty()
                                    : Optional.of("REF-" + step.value());
                }
                case FLIP_DIRECTION ->
                        draft.direction =
                                stored.direction() == Direction.RECEIVABLE
                                        ? Direction.PAYABLE
                                        : Direction.RECEIVABLE;
                case RAISE_DUNNING_LEVEL -> draft.dunningLevel = stored.lastDunningLevel() + 1;
                default -> throw new IllegalArgumentException("not an update: " + step.kind());
            }
            return draft.build();
        }

        private static Optional<UUID> pick(Set<UUID> ids, int pick) {
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ArrayList<>(ids).get(pick % ids.size()));
        }

        /** Checks the listener's state against the store's reads, company by company. */
        void assertRecorded(Recorder recorder) {
            for (UUID company : COMPANIES) {
                Map<UUID, Reported> counterparties = new HashMap<>();
                for (UUID id : counterpartyIds.get(company)) {
                    stores.counterparties()
                            .find(company, id)
                            .ifPresent(found -> counterparties.put(id, Reported.of(found)));
                }
                assertThat(recorder.counterparties(company)).isEqualTo(counterparties);

                Set<String> keys = new LinkedHashSet<>();
                List<MatchCandidateView> open = new ArrayList<>();
                for (UUID id : invoiceIds.get(company)) {
                    Optional<InvoiceRecord> found = stores.invoices().find(company, id);
                    found.ifPresent(
                            invoice -> keys.add(MatchKeys.invoiceNumberKey(invoice.number())));
                    found.filter(
                                    invoice ->
                                            invoice.direction() == Direction.RECEIVABLE
                                                    && invoice.status().isOpen())
                            .ifPresent(invoice -> open.add(MatchCandidateView.of(invoice)));
                }
                assertThat(recorder.open(company).values())
                        .containsExactlyInAnyOrderElementsOf(open);
                assertThat(recorder.open(company).values())
                        .containsExactlyInAnyOrderElementsOf(
                                stores.invoices().matchCandidatesByNumberKey(company, keys));
            }
        }
    }

    /** The IBANs that counterparties pick from, few enough that they share them. */
    private static final List<String> IBANS =
            List.of(
                    "TR330006100519786457841326",
                    "GB82WEST12345698765432",
                    "DE89370400440532013000");

    /**
     * Returns a counterparty whose IBANs and tax id {@code identifiers} picks: none, one or two
     * IBANs of {@link #IBANS}, and no tax id, one of two VKNs or a TCKN.
     */
    private static CounterpartyRecord counterparty(
            UUID company, UUID id, long version, String name, int identifiers) {
        List<String> ibans =
                switch (identifiers % 4) {
                    case 0 -> List.of();
                    case 1 -> List.of(IBANS.get(identifiers % 3));
                    default ->
                            List.of(IBANS.get(identifiers % 3), IBANS.get((identifiers + 1) % 3));
                };
        Optional<TaxId> taxId =
                switch (identifiers % 5) {
                    case 0, 1 -> Optional.empty();
                    case 2 -> Optional.of(new TaxId(TaxIdType.VKN, "4540536920"));
                    case 3 -> Optional.of(new TaxId(TaxIdType.VKN, "1234567890"));
                    default -> Optional.of(new TaxId(TaxIdType.TCKN, "10000000146"));
                };
        return new CounterpartyRecord(
                company,
                id,
                version,
                CounterpartyKind.CUSTOMER,
                name,
                taxId,
                ibans,
                "tr-TR",
                Optional.empty(),
                false,
                Optional.empty(),
                ContactDetails.NONE,
                false,
                Erasure.NONE,
                Optional.empty(),
                STAMP);
    }

    private static InvoiceRecord invoice(
            UUID company,
            UUID id,
            Direction direction,
            String number,
            UUID counterpartyId,
            int value) {
        Draft draft = new Draft(null);
        draft.company = company;
        draft.id = id;
        draft.direction = direction;
        draft.number = number;
        draft.counterpartyId = counterpartyId;
        draft.dueDate = ISSUED.plusDays(value);
        draft.externalReference = value % 3 == 0 ? Optional.of("EXT-" + number) : Optional.empty();
        return draft.build();
    }

    /** The invoice fields that the steps change, over a fixed total of 100.00 TRY. */
    private static final class Draft {
        UUID company;
        UUID id;
        long version;
        Direction direction;
        String number;
        UUID counterpartyId;
        LocalDate dueDate;
        BigDecimal outstanding = new BigDecimal("100.00");
        InvoiceStatus status = InvoiceStatus.OPEN;
        Optional<LocalDate> closedOn = Optional.empty();
        int dunningLevel;
        Optional<String> externalReference = Optional.empty();

        Draft(InvoiceRecord invoice) {
            if (invoice == null) {
                return;
            }
            company = invoice.companyId();
            id = invoice.id();
            version = invoice.version();
            direction = invoice.direction();
            number = invoice.number();
            counterpartyId = invoice.counterpartyId();
            dueDate = invoice.dueDate();
            outstanding = invoice.outstanding();
            status = invoice.status();
            closedOn = invoice.closedOn();
            dunningLevel = invoice.lastDunningLevel();
            externalReference = invoice.externalReference();
        }

        InvoiceRecord build() {
            BigDecimal total = new BigDecimal("100.00");
            return new InvoiceRecord(
                    company,
                    id,
                    version,
                    direction,
                    number,
                    counterpartyId,
                    "TRY",
                    ISSUED,
                    dueDate,
                    List.of(),
                    List.of(),
                    new InvoiceTotals(total, List.of(), total, new BigDecimal("0.00"), total),
                    outstanding,
                    status,
                    closedOn,
                    Optional.empty(),
                    Optional.empty(),
                    dunningLevel,
                    externalReference,
                    Optional.empty(),
                    STAMP);
        }
    }

    /** The fields of a counterparty that the feed reports. */
    record Reported(String name, List<String> ibans, Optional<TaxId> taxId) {
        static Reported of(CounterpartyRecord counterparty) {
            return new Reported(counterparty.name(), counterparty.ibans(), counterparty.taxId());
        }
    }

    /** A listener that keeps the state the feed reported, per company. */
    static final class Recorder implements OpenReceivableListener {
        private final Map<UUID, Map<Integer, MatchCandidateView>> open = new HashMap<>();
        private final Map<UUID, Map<UUID, Reported>> counterparties = new HashMap<>();

        Map<Integer, MatchCandidateView> open(UUID company) {
            return open.getOrDefault(company, Map.of());
        }

        Map<UUID, Reported> counterparties(UUID company) {
            return counterparties.getOrDefault(company, Map.of());
        }

        @Override
        public void counterpartyStored(
                UUID companyId,
                UUID counterpartyId,
                String name,
                List<String> ibans,
                Optional<TaxId> taxId) {
            counterparties
                    .computeIfAbsent(companyId, id -> new HashMap<>())
                    .put(counterpartyId, new Reported(name, ibans, taxId));
        }

        @Override
        public void counterpartyRemoved(UUID companyId, UUID counterpartyId) {
            counterparties.computeIfAbsent(companyId, id -> new HashMap<>()).remove(counterpartyId);
        }

        @Override
        public void opened(UUID companyId, int slot, MatchCandidateView item) {
            open.computeIfAbsent(companyId, id -> new HashMap<>()).put(slot, item);
        }

        @Override
        public void closed(UUID companyId, int slot) {
            open.computeIfAbsent(companyId, id -> new HashMap<>()).remove(slot);
        }
    }
}
