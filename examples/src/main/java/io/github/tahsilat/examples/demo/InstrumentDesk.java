package io.github.tahsilat.examples.demo;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.service.instrument.InstrumentReceipt;
import io.github.tahsilat.service.instrument.StoredInstrument;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Records the replay's post-dated cheques and promissory notes through {@link
 * Tahsilat#instruments()} and bounce fees through {@link Tahsilat#charges()}, and keeps the counts
 * and month-end portfolio values for the report. Every instrument is in the company's currency. Not
 * thread-safe.
 */
final class InstrumentDesk {

    /**
     * The amounts that clearing an instrument settled, as its provisional allocation recorded them.
     */
    record Cleared(MonetaryAmount applied, MonetaryAmount discounts) {}

    private final Tahsilat engine;
    private final CompanyId companyId;
    private final CounterpartyId supplier;
    private final CurrencyUnit currency;
    private final Map<String, InstrumentId> bySerial = new HashMap<>();
    private final Map<InstrumentId, AllocationResult> allocations = new HashMap<>();
    private final Set<InstrumentId> uncleared = new LinkedHashSet<>();
    private final List<DemoResult.PortfolioMonth> months = new ArrayList<>();
    private MonetaryAmount feesCharged;
    private int received;
    private int notes;
    private int cleared;
    private int bounced;
    private int endorsed;
    private int handedToBank;
    private int[] thisMonth = new int[4];

    InstrumentDesk(
            Tahsilat engine, CompanyId companyId, CounterpartyId supplier, CurrencyUnit unit) {
        this.engine = engine;
        this.companyId = companyId;
        this.supplier = supplier;
        this.currency = unit;
        this.feesCharged = Money.zero(unit);
    }

    /**
     * Runs one step of an instrument's life on {@code date}, and returns what a clearing settled.
     */
    Optional<Cleared> apply(InstrumentEvent event, LocalDate date) {
        InstrumentId id = event.request().id();
        switch (event.step()) {
            case RECEIVE -> receive(event);
            case ENDORSE -> {
                engine.instruments().endorse(companyId, id, supplier, date);
                endorsed++;
                thisMonth[3]++;
            }
            case HAND_TO_BANK -> {
                engine.instruments()
                        .handToBank(
                                companyId,
                                id,
                                InstrumentStatus.AT_BANK_FOR_COLLECTION,
                                "Demo Bankası",
                                date);
                handedToBank++;
            }
            case CLEAR_ENDORSED -> {
                return Optional.of(clear(id, date));
            }
            case BOUNCE -> bounce(event, date);
        }
        return Optional.empty();
    }

    private void receive(InstrumentEvent event) {
        InstrumentReceipt receipt =
                engine.instruments()
                        .receive(
                                event.request(),
                                List.of(Designation.of(event.invoiceId())),
                                AllocationPolicy.defaults());
        InstrumentId id = event.request().id();
        bySerial.put(event.request().serialNumber(), id);
        allocations.put(id, receipt.allocation());
        uncleared.add(id);
        received++;
        thisMonth[0]++;
        if (event.request().kind()
                == io.github.tahsilat.instrument.InstrumentKind.PROMISSORY_NOTE) {
            notes++;
        }
    }

    /**
     * Clears the instrument whose serial number a collected statement entry names.
     *
     * @throws IllegalStateException if no received instrument has that serial number
     */
    Cleared clearCollected(String serialNumber, LocalDate date) {
        InstrumentId id = bySerial.get(serialNumber);
        if (id == null) {
            throw new IllegalStateException(
                    "instrument not found: serial number "
                            + serialNumber
                            + " on a collected statement entry was never received");
        }
        return clear(id, date);
    }

    private Cleared clear(InstrumentId id, LocalDate date) {
        engine.instruments().clear(companyId, id, date);
        cleared++;
        thisMonth[1]++;
        AllocationResult allocation = allocations.remove(id);
        MonetaryAmount discounts = Money.zero(currency);
        for (var settlement : allocation.settlements()) {
            discounts = discounts.add(settlement.discount());
        }
        return new Cleared(allocation.applied(), discounts);
    }

    private void bounce(InstrumentEvent event, LocalDate date) {
        InstrumentId id = event.request().id();
        MonetaryAmount zero = Money.zero(currency);
        engine.instruments().bounce(companyId, id, date, zero, zero);
        allocations.remove(id);
        bounced++;
        thisMonth[2]++;
        engine.charges()
                .book(
                        companyId,
                        event.invoiceId(),
                        ItemComponent.FEE,
                        event.fee(),
                        date,
                        "fee for the unpaid (karşılıksız) instrument "
                                + event.request().serialNumber());
        feesCharged = feesCharged.add(event.fee());
    }

    /**
     * Takes the month-end value of the instruments that are neither cleared nor bounced, by status,
     * as the library stores them, and starts the next month's counts.
     */
    void closeMonth(LocalDate monthEnd) {
        MonetaryAmount inPortfolio = Money.zero(currency);
        MonetaryAmount endorsedOut = Money.zero(currency);
        MonetaryAmount atBank = Money.zero(currency);
        Iterator<InstrumentId> ids = uncleared.iterator();
        while (ids.hasNext()) {
            StoredInstrument stored =
                    engine.instruments().find(companyId, ids.next()).orElseThrow();
            if (stored.status().isFinal()) {
                ids.remove();
            } else if (stored.status() == InstrumentStatus.ENDORSED) {
                endorsedOut = endorsedOut.add(stored.amount());
            } else if (stored.status() == InstrumentStatus.AT_BANK_FOR_COLLECTION) {
                atBank = atBank.add(stored.amount());
            } else {
                inPortfolio = inPortfolio.add(stored.amount());
            }
        }
        months.add(
                new DemoResult.PortfolioMonth(
                        YearMonth.from(monthEnd),
                        inPortfolio,
                        atBank,
                        endorsedOut,
                        thisMonth[0],
                        thisMonth[1],
                        thisMonth[2],
                        thisMonth[3]));
        thisMonth = new int[4];
    }

    /** Returns the replay's instrument figures. */
    DemoResult.Instruments result() {
        return new DemoResult.Instruments(
                received, notes, handedToBank, cleared, bounced, endorsed, feesCharged, months);
    }
}
