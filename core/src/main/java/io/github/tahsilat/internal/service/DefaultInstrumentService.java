package io.github.tahsilat.internal.service;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStateException;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.ChargeRepository;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.InstrumentRepository;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.LedgerRepository;
import io.github.tahsilat.internal.persistence.PaymentRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.internal.persistence.StoredAllocation;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.ledger.CreditSourceKind;
import io.github.tahsilat.ledger.LedgerEntryKind;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.payment.PaymentMethod;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.instrument.InstrumentReceipt;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.instrument.InstrumentService;
import io.github.tahsilat.service.instrument.StoredInstrument;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instrument service over the host's stores. Immutable and thread-safe.
 *
 * <p>A received instrument's provisional allocations are allocation records whose source is the
 * instrument; they leave the invoices and the ledger's allocation entries untouched until the
 * instrument clears, and a bounce takes them back with reversing records.
 *
 * <p>Payments, set-offs and credit documents reach only the part of an invoice that no uncleared
 * instrument covers, so the cover is still open when the instrument clears.
 */
public final class DefaultInstrumentService implements InstrumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultInstrumentService.class);

    private final StoreContext context;
    private final CompanyRepository companies;
    private final CounterpartyRepository counterparties;
    private final InvoiceRepository invoices;
    private final PaymentRepository allocations;
    private final LedgerRepository ledger;
    private final ChargeRepository charges;
    private final InstrumentRepository instruments;
    private final DefaultPaymentService payments;

    /** Creates the service. */
    public DefaultInstrumentService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.counterparties = new CounterpartyRepository(context);
        this.invoices = new InvoiceRepository(context);
        this.allocations = new PaymentRepository(context);
        this.ledger = new LedgerRepository(context);
        this.charges = new ChargeRepository(context);
        this.instruments = new InstrumentRepository(context);
        this.payments = new DefaultPaymentService(context);
    }

    // ---- Receipt -----------------------------------------------------------------------------

    @Override
    public InstrumentReceipt receive(
            InstrumentRequest request, List<Designation> designations, AllocationPolicy policy) {
        InputChecks.present(request, "request", "an instrument request");
        List<Designation> named = InputChecks.distinctList(designations, "designations");
        InputChecks.present(policy, "policy", "an allocation policy");
        InstrumentReceipt receipt =
                context.write(() -> receiveInTransaction(request, named, policy));
        LOG.debug(
                "Company {} instrument {} received, repeated: {}",
                request.companyId(),
                request.id(),
                receipt.repeated());
        return receipt;
    }

    private InstrumentReceipt receiveInTransaction(
            InstrumentRequest request, List<Designation> named, AllocationPolicy policy) {
        CompanyId companyId = request.companyId();
        companies.require(companyId);
        requireCounterparty(companyId, request.counterpartyId());
        Optional<StoredInstrument> earlier = instruments.find(companyId, request.id());
        if (earlier.isPresent()) {
            if (!sameContent(earlier.get(), request)) {
                throw new AlreadyExistsException("instrument", "id", request.id().toString(), null);
            }
            return new InstrumentReceipt(earlier.get(), rebuild(earlier.get()), true);
        }
        Payment probe =
                asPayment(
                        companyId,
                        new PaymentId(request.id().value()),
                        request.counterpartyId(),
                        PaymentDirection.RECEIVED,
                        request.receivedOn(),
                        request.amount(),
                        request.kind(),
                        Optional.empty());
        AllocationResult result =
                payments.allocate(
                        probe,
                        named,
                        policy.withTolerances(List.of()),
                        new HashMap<>(),
                        payments.itemSource(probe, Direction.RECEIVABLE));

        StoredInstrument stored = instruments.insert(request);
        for (ItemSettlement settlement : result.settlements()) {
            allocations.insertAllocation(
                    companyId,
                    request.counterpartyId(),
                    request.id().value(),
                    settlement,
                    request.receivedOn());
        }
        MinorAmount amount = units(request.amount());
        ledger.append(
                companyId,
                request.counterpartyId(),
                LedgerEntryKind.INSTRUMENT,
                request.receivedOn(),
                amount,
                amount.negate(),
                request.id().value(),
                Optional.empty(),
                "received " + request.kind().name().toLowerCase(java.util.Locale.ROOT),
                Optional.empty());
        context.appendEvent(
                companyId,
                EventTypes.INSTRUMENT_RECEIVED,
                request.id().value(),
                Map.of(
                        "instrumentId", request.id().toString(),
                        "counterpartyId", request.counterpartyId().toString(),
                        "kind", request.kind().name(),
                        "maturity", request.maturity().toString(),
                        "currency", amount.currencyCode(),
                        "amount", Payloads.amount(request.amount()),
                        "allocated", Payloads.amount(result.applied()),
                        "unapplied", Payloads.amount(result.unapplied())));
        if (result.unapplied().isPositive()) {
            context.appendEvent(
                    companyId,
                    EventTypes.CREDIT_CREATED,
                    request.id().value(),
                    Map.of(
                            "source", CreditSourceKind.INSTRUMENT.name(),
                            "sourceId", request.id().toString(),
                            "instrumentId", request.id().toString(),
                            "counterpartyId", request.counterpartyId().toString(),
                            "currency", amount.currencyCode(),
                            "amount", Payloads.amount(result.unapplied())));
        }
        return new InstrumentReceipt(stored, result, false);
    }

    private static boolean sameContent(StoredInstrument stored, InstrumentRequest request) {
        return stored.counterpartyId().equals(request.counterpartyId())
                && stored.kind() == request.kind()
                && stored.serialNumber().equals(request.serialNumber())
                && stored.drawer().equals(request.drawer())
                && stored.receivedOn().equals(request.receivedOn())
                && stored.maturity().equals(request.maturity())
                && stored.amount().isEqualTo(request.amount());
    }

    /** Rebuilds the provisional allocation of an instrument received earlier. */
    private AllocationResult rebuild(StoredInstrument stored) {
        List<ItemSettlement> settlements = new ArrayList<>();
        MinorAmount applied = MinorAmount.zero(stored.amount().getCurrency());
        for (StoredAllocation allocation : provisional(stored)) {
            settlements.add(allocation.settlement());
            applied = applied.plus(units(allocation.settlement().applied()));
        }
        MinorAmount amount = units(stored.amount());
        return new AllocationResult(
                amount.toMonetaryAmount(),
                settlements,
                amount.minus(applied).toMonetaryAmount(),
                MinorAmount.zero(amount.currency()).toMonetaryAmount());
    }

    private List<StoredAllocation> provisional(StoredInstrument stored) {
        return allocations.allocationsOf(stored.companyId(), stored.id().value()).stream()
                .filter(allocation -> !allocation.reversing())
                .toList();
    }

    // ---- Clearing ----------------------------------------------------------------------------

    @Override
    public StoredInstrument clear(CompanyId companyId, InstrumentId instrumentId, LocalDate date) {
        checkIds(companyId, instrumentId, date);
        StoredInstrument cleared =
                context.write(() -> clearInTransaction(companyId, instrumentId, date));
        LOG.debug("Company {} instrument {} cleared", companyId, instrumentId);
        return cleared;
    }

    private StoredInstrument clearInTransaction(
            CompanyId companyId, InstrumentId instrumentId, LocalDate date) {
        StoredInstrument current = require(companyId, instrumentId, date);
        if (current.status() == InstrumentStatus.CLEARED) {
            return current;
        }
        if (!current.status().canMoveTo(InstrumentStatus.CLEARED)) {
            throw notAllowed("clear", current, "only an instrument that has not bounced clears");
        }
        LocalDate today = companies.today(companyId);
        MinorAmount credit = units(current.amount());
        Set<InvoiceId> settled = new LinkedHashSet<>();
        for (StoredAllocation allocation : provisional(current)) {
            settle(current, allocation.settlement(), date, today);
            credit = credit.minus(units(allocation.settlement().applied()));
            settled.add(allocation.settlement().invoiceId());
        }
        payments.realizeAtConfiguredRates(
                new DefaultPaymentService.SettlingDocument(
                        companyId,
                        current.counterpartyId(),
                        current.amount().getCurrency(),
                        instrumentId.value(),
                        "instrumentId"),
                settled);
        step(current, date, "cleared");
        StoredInstrument moved =
                instruments.move(
                        current, InstrumentStatus.CLEARED, current.holder(), zero(current));
        if (credit.isPositive()) {
            // What the allocations left becomes credit that refunds and set-offs may use.
            moved = instruments.setUnapplied(moved, credit);
        }
        appendStepEvent(
                EventTypes.INSTRUMENT_CLEARED,
                moved,
                date,
                Map.of("unapplied", Payloads.amount(moved.unapplied())));
        return moved;
    }

    /** Applies a provisional settlement to its invoice and books it in the ledger. */
    private void settle(
            StoredInstrument instrument,
            ItemSettlement settlement,
            LocalDate date,
            LocalDate today) {
        StoredInvoice stored = invoices.require(instrument.companyId(), settlement.invoiceId());
        Invoice invoice = stored.invoice();
        MinorAmount discount = units(settlement.discount());
        MinorAmount cleared = units(settlement.principal()).plus(discount);
        Invoice next = invoice;
        if (cleared.isPositive()) {
            next = invoice.applySettlement(cleared.toMonetaryAmount());
        }
        invoices.update(stored, next, today);
        UUID invoiceId = invoice.id().value();
        appendComponent(instrument, date, ItemComponent.FEE, settlement.fee(), invoiceId);
        appendComponent(instrument, date, ItemComponent.INTEREST, settlement.interest(), invoiceId);
        appendComponent(
                instrument, date, ItemComponent.PRINCIPAL, settlement.principal(), invoiceId);
        if (discount.isPositive()) {
            ledger.append(
                    instrument.companyId(),
                    instrument.counterpartyId(),
                    LedgerEntryKind.DISCOUNT,
                    date,
                    discount,
                    discount.negate(),
                    instrument.id().value(),
                    Optional.of(invoiceId),
                    "early-payment discount",
                    Optional.empty());
        }
        if (next.status() == InvoiceStatus.PAID && invoice.status() != InvoiceStatus.PAID) {
            context.appendEvent(
                    instrument.companyId(),
                    EventTypes.INVOICE_PAID,
                    invoiceId,
                    Map.of(
                            "invoiceId", invoice.id().toString(),
                            "number", invoice.number(),
                            "instrumentId", instrument.id().toString()));
        }
    }

    private void appendComponent(
            StoredInstrument instrument,
            LocalDate date,
            ItemComponent component,
            MonetaryAmount amount,
            UUID invoiceId) {
        MinorAmount units = units(amount);
        if (!units.isPositive()) {
            return;
        }
        ledger.append(
                instrument.companyId(),
                instrument.counterpartyId(),
                LedgerEntryKind.ALLOCATION,
                date,
                units,
                MinorAmount.zero(units.currency()),
                instrument.id().value(),
                Optional.of(invoiceId),
                Optional.of(component),
                "",
                Optional.empty());
    }

    // ---- Bounce ------------------------------------------------------------------------------

    @Override
    public StoredInstrument bounce(
            CompanyId companyId,
            InstrumentId instrumentId,
            LocalDate date,
            MonetaryAmount paid,
            MonetaryAmount fee) {
        checkIds(companyId, instrumentId, date);
        MinorAmount paidUnits = AmountChecks.nonNegative("paid", paid);
        MinorAmount feeUnits = AmountChecks.nonNegative("fee", fee);
        StoredInstrument bounced =
                context.write(
                        () ->
                                bounceInTransaction(
                                        companyId, instrumentId, date, paidUnits, feeUnits));
        LOG.debug("Company {} instrument {} bounced", companyId, instrumentId);
        return bounced;
    }

    private StoredInstrument bounceInTransaction(
            CompanyId companyId,
            InstrumentId instrumentId,
            LocalDate date,
            MinorAmount paid,
            MinorAmount fee) {
        StoredInstrument current = require(companyId, instrumentId, date);
        MinorAmount amount = units(current.amount());
        AmountChecks.inCurrency("compare", paid, amount.currency());
        AmountChecks.inCurrency("charge", fee, amount.currency());
        if (paid.compareTo(amount) >= 0) {
            throw new InvalidInputException(
                    "paid", paid, "zero or more and below the face amount " + amount);
        }
        if (current.status() == InstrumentStatus.BOUNCED) {
            if (units(current.paidOnBounce()).equals(paid)) {
                return current;
            }
            throw notAllowed(
                    "bounce",
                    current,
                    "it bounced before with " + units(current.paidOnBounce()) + " paid");
        }
        if (!current.status().canMoveTo(InstrumentStatus.BOUNCED)) {
            throw notAllowed("bounce", current, "only an instrument that has not cleared bounces");
        }
        List<StoredAllocation> provisional = provisional(current);
        Set<InvoiceId> covered = new LinkedHashSet<>();
        provisional.forEach(allocation -> covered.add(allocation.settlement().invoiceId()));
        if (fee.isPositive() && covered.isEmpty()) {
            throw new InvalidInputException(
                    "fee",
                    fee,
                    "zero, because instrument "
                            + instrumentId
                            + " covered no invoice; book the fee on an invoice with"
                            + " charges().book");
        }

        for (StoredAllocation allocation : provisional) {
            allocations.insertReversal(companyId, allocation, date);
        }
        ledger.append(
                companyId,
                current.counterpartyId(),
                LedgerEntryKind.INSTRUMENT,
                date,
                amount.negate(),
                amount,
                instrumentId.value(),
                Optional.empty(),
                "bounced",
                ledger.firstEntryOf(companyId, instrumentId.value(), LedgerEntryKind.INSTRUMENT));
        if (current.status() == InstrumentStatus.ENDORSED) {
            payments.reverse(
                    companyId, endorsementId(current), date, "endorsed instrument bounced");
        }
        Optional<PaymentId> partial = Optional.empty();
        if (paid.isPositive()) {
            partial = Optional.of(recordPartial(current, date, paid, covered));
        }
        if (fee.isPositive()) {
            charges.book(
                    companyId,
                    current.counterpartyId(),
                    covered.iterator().next(),
                    ItemComponent.FEE,
                    fee,
                    date,
                    instrumentId.value(),
                    "bounced " + current.kind().name().toLowerCase(java.util.Locale.ROOT) + " fee");
        }
        StoredInstrument moved =
                instruments.move(current, InstrumentStatus.BOUNCED, current.holder(), paid);
        appendStepEvent(
                EventTypes.INSTRUMENT_BOUNCED,
                moved,
                date,
                Map.of(
                        "paid", paid.toBigDecimal().toPlainString(),
                        "unpaid", amount.minus(paid).toBigDecimal().toPlainString(),
                        "fee", fee.toBigDecimal().toPlainString(),
                        "paymentId", partial.map(PaymentId::toString).orElse("")));
        return moved;
    }

    /** Records the part of a bounced instrument that was paid as a payment over its invoices. */
    private PaymentId recordPartial(
            StoredInstrument instrument, LocalDate date, MinorAmount paid, Set<InvoiceId> covered) {
        PaymentId id = derivedId("bounce", instrument);
        Payment payment =
                asPayment(
                        instrument.companyId(),
                        id,
                        instrument.counterpartyId(),
                        PaymentDirection.RECEIVED,
                        date,
                        paid.toMonetaryAmount(),
                        instrument.kind(),
                        Optional.of("instrument-bounce:" + instrument.id()));
        List<Designation> designations = covered.stream().map(Designation::of).toList();
        payments.record(payment, designations, AllocationPolicy.defaults());
        return id;
    }

    // ---- Endorsement and banks ---------------------------------------------------------------

    @Override
    public StoredInstrument endorse(
            CompanyId companyId,
            InstrumentId instrumentId,
            CounterpartyId supplier,
            LocalDate date) {
        checkIds(companyId, instrumentId, date);
        InputChecks.present(supplier, "supplier", "the supplier's counterparty id");
        StoredInstrument endorsed =
                context.write(() -> endorseInTransaction(companyId, instrumentId, supplier, date));
        LOG.debug("Company {} instrument {} endorsed", companyId, instrumentId);
        return endorsed;
    }

    private StoredInstrument endorseInTransaction(
            CompanyId companyId,
            InstrumentId instrumentId,
            CounterpartyId supplier,
            LocalDate date) {
        StoredInstrument current = require(companyId, instrumentId, date);
        String holder = supplier.toString();
        if (current.status() == InstrumentStatus.ENDORSED && current.holder().equals(holder)) {
            return current;
        }
        if (current.status() != InstrumentStatus.IN_PORTFOLIO) {
            throw notAllowed("endorse", current, "only an instrument in the portfolio is endorsed");
        }
        requireCounterparty(companyId, supplier);
        PaymentId paymentId = endorsementId(current);
        payments.record(
                asPayment(
                        companyId,
                        paymentId,
                        supplier,
                        PaymentDirection.PAID,
                        date,
                        current.amount(),
                        current.kind(),
                        Optional.of("instrument-endorsement:" + current.id())),
                List.of(),
                AllocationPolicy.defaults());
        step(current, date, "endorsed");
        StoredInstrument moved =
                instruments.move(current, InstrumentStatus.ENDORSED, holder, zero(current));
        appendStepEvent(
                EventTypes.INSTRUMENT_ENDORSED,
                moved,
                date,
                Map.of("supplierId", holder, "paymentId", paymentId.toString()));
        return moved;
    }

    @Override
    public StoredInstrument handToBank(
            CompanyId companyId,
            InstrumentId instrumentId,
            InstrumentStatus purpose,
            String bank,
            LocalDate date) {
        checkIds(companyId, instrumentId, date);
        InputChecks.present(purpose, "purpose", "AT_BANK_FOR_COLLECTION or AT_BANK_AS_COLLATERAL");
        if (purpose != InstrumentStatus.AT_BANK_FOR_COLLECTION
                && purpose != InstrumentStatus.AT_BANK_AS_COLLATERAL) {
            throw new InvalidInputException(
                    "purpose", purpose, "AT_BANK_FOR_COLLECTION or AT_BANK_AS_COLLATERAL");
        }
        InputChecks.text(bank, "bank", 200);
        StoredInstrument moved =
                context.write(
                        () -> {
                            StoredInstrument current = require(companyId, instrumentId, date);
                            if (current.status() == purpose && current.holder().equals(bank)) {
                                return current;
                            }
                            if (current.status() != InstrumentStatus.IN_PORTFOLIO) {
                                throw notAllowed(
                                        "hand to a bank",
                                        current,
                                        "only an instrument in the portfolio goes to a bank");
                            }
                            step(current, date, purpose.name().toLowerCase(java.util.Locale.ROOT));
                            StoredInstrument next =
                                    instruments.move(current, purpose, bank, zero(current));
                            appendStepEvent(
                                    EventTypes.INSTRUMENT_HANDED_TO_BANK,
                                    next,
                                    date,
                                    Map.of("purpose", purpose.name()));
                            return next;
                        });
        LOG.debug("Company {} instrument {} handed to a bank", companyId, instrumentId);
        return moved;
    }

    @Override
    public StoredInstrument returnToPortfolio(
            CompanyId companyId, InstrumentId instrumentId, LocalDate date) {
        checkIds(companyId, instrumentId, date);
        StoredInstrument moved =
                context.write(
                        () -> {
                            StoredInstrument current = require(companyId, instrumentId, date);
                            if (current.status() == InstrumentStatus.IN_PORTFOLIO) {
                                return current;
                            }
                            if (current.status() != InstrumentStatus.AT_BANK_FOR_COLLECTION
                                    && current.status() != InstrumentStatus.AT_BANK_AS_COLLATERAL) {
                                throw notAllowed(
                                        "return to the portfolio",
                                        current,
                                        "only an instrument at a bank returns");
                            }
                            step(current, date, "returned to portfolio");
                            StoredInstrument next =
                                    instruments.move(
                                            current,
                                            InstrumentStatus.IN_PORTFOLIO,
                                            "",
                                            zero(current));
                            appendStepEvent(EventTypes.INSTRUMENT_RETURNED, next, date, Map.of());
                            return next;
                        });
        LOG.debug("Company {} instrument {} returned to portfolio", companyId, instrumentId);
        return moved;
    }

    @Override
    public Optional<StoredInstrument> find(CompanyId companyId, InstrumentId instrumentId) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(instrumentId, "instrumentId", "the instrument's id");
        return instruments.find(companyId, instrumentId);
    }

    // ---- Helpers -----------------------------------------------------------------------------

    private static void checkIds(CompanyId companyId, InstrumentId instrumentId, LocalDate date) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(instrumentId, "instrumentId", "the instrument's id");
        InputChecks.present(date, "date", "the date of the step");
    }

    private StoredInstrument require(
            CompanyId companyId, InstrumentId instrumentId, LocalDate date) {
        StoredInstrument stored =
                instruments
                        .find(companyId, instrumentId)
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "instrument",
                                                instrumentId.toString(),
                                                "company " + companyId,
                                                "check the instrument id and the company id"));
        if (date.isBefore(stored.receivedOn())) {
            throw new InvalidInputException(
                    "date", date, "a date on or after the receipt date " + stored.receivedOn());
        }
        return stored;
    }

    private void requireCounterparty(CompanyId companyId, CounterpartyId counterpartyId) {
        if (counterparties.find(companyId, counterpartyId).isEmpty()) {
            throw new NotFoundException(
                    "counterparty",
                    counterpartyId.toString(),
                    "company " + companyId,
                    "register the counterparty first");
        }
    }

    private static InstrumentStateException notAllowed(
            String step, StoredInstrument instrument, String allowed) {
        return new InstrumentStateException(
                "cannot "
                        + step
                        + " instrument "
                        + instrument.id()
                        + " because it is "
                        + instrument.status()
                        + ": "
                        + allowed);
    }

    /** Appends a ledger entry without balance effect that records a step of the instrument. */
    private void step(StoredInstrument instrument, LocalDate date, String note) {
        MinorAmount amount = units(instrument.amount());
        ledger.append(
                instrument.companyId(),
                instrument.counterpartyId(),
                LedgerEntryKind.INSTRUMENT,
                date,
                amount,
                MinorAmount.zero(amount.currency()),
                instrument.id().value(),
                Optional.empty(),
                note,
                Optional.empty());
    }

    private void appendStepEvent(
            String type, StoredInstrument instrument, LocalDate date, Map<String, String> extra) {
        Map<String, String> payload = new HashMap<>(extra);
        payload.put("instrumentId", instrument.id().toString());
        payload.put("counterpartyId", instrument.counterpartyId().toString());
        payload.put("status", instrument.status().name());
        payload.put("date", date.toString());
        payload.put("currency", instrument.amount().getCurrency().getCurrencyCode());
        payload.put("amount", Payloads.amount(instrument.amount()));
        context.appendEvent(instrument.companyId(), type, instrument.id().value(), payload);
    }

    private Payment asPayment(
            CompanyId companyId,
            PaymentId id,
            CounterpartyId counterpartyId,
            PaymentDirection direction,
            LocalDate valueDate,
            MonetaryAmount amount,
            InstrumentKind kind,
            Optional<String> idempotencyKey) {
        Payment.Builder builder =
                Payment.builder()
                        .id(id)
                        .companyId(companyId)
                        .counterpartyId(counterpartyId)
                        .direction(direction)
                        .valueDate(valueDate)
                        .amount(amount)
                        .method(
                                kind == InstrumentKind.CHEQUE
                                        ? PaymentMethod.CHEQUE
                                        : PaymentMethod.PROMISSORY_NOTE)
                        .actor(context.actor().id());
        idempotencyKey.ifPresent(builder::idempotencyKey);
        return builder.build();
    }

    private static PaymentId endorsementId(StoredInstrument instrument) {
        return derivedId("endorsement", instrument);
    }

    /** Returns a payment id derived from the instrument, so that a later step can find it. */
    private static PaymentId derivedId(String purpose, StoredInstrument instrument) {
        String name = purpose + ":" + instrument.companyId() + ":" + instrument.id();
        return new PaymentId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    private static MinorAmount zero(StoredInstrument instrument) {
        return MinorAmount.zero(instrument.amount().getCurrency());
    }

    private static MinorAmount units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
    }
}
