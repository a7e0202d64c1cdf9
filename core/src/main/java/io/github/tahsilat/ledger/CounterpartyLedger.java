package io.github.tahsilat.ledger;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.allocation.Allocator;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ExcessHandling;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.allocation.OpenItem;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.Instrument;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentStateException;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentConflictException;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.payment.PaymentId;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger of one counterparty in one currency of one company: its open items, its unapplied
 * credit, its payments and every entry that changed them.
 *
 * <p>A positive balance is what the counterparty owes the company. Receivable invoices, fees and
 * interest raise it; payments received, credit documents, discounts and write-offs lower it.
 * Payable items count the other way round. Invariants, after every operation:
 *
 * <ul>
 *   <li>the balance (the sum of every entry's effect) equals the open receivable items less the
 *       unapplied receivable credit, less the open payable items plus the unapplied payable credit;
 *   <li>no outstanding amount and no unapplied credit is negative;
 *   <li>each payment and credit document equals what was applied from it, plus its unapplied
 *       credit, refunds and written-off excess, until it is reversed.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe. Every operation checks its input first, throws
 * without changing anything when it is rejected, and otherwise returns the next ledger with the new
 * entries appended. Recording instants must not go back in time, so a balance as known at an
 * instant never changes afterwards.
 *
 * <p>NOTE: every operation copies the ledger's maps and entry list, so its cost grows with the
 * ledger. The value is meant for one counterparty's working set and for tests; a store-backed
 * service reads open items page by page and feeds {@link Allocator} directly.
 */
public final class CounterpartyLedger {

    private static final Logger LOG = LoggerFactory.getLogger(CounterpartyLedger.class);

    private static final Comparator<OpenItem> DUE_ORDER =
            Comparator.comparing(OpenItem::dueDate)
                    .thenComparing(item -> item.invoiceId().value(), CounterpartyLedger::unsigned)
                    .thenComparingInt(OpenItem::installment);

    private final CompanyId companyId;
    private final CounterpartyId counterpartyId;
    private final CurrencyUnit currency;
    private final Map<InvoiceId, ItemState> items;
    private final Map<UUID, CreditState> credits;
    private final Map<PaymentId, PaymentState> payments;
    private final Map<String, PaymentId> paymentKeys;
    private final Map<UUID, List<Application>> applications;
    private final Map<InstrumentId, InstrumentState> instruments;
    private final List<LedgerEntry> entries;
    private final Instant lastRecordedAt;

    /** A received instrument with the allocation request it came with. */
    private record InstrumentState(
            Instrument instrument, List<Designation> designations, AllocationPolicy policy) {}

    /** A recorded payment with the request it came with and its allocation. */
    private record PaymentState(
            Payment payment,
            List<Designation> designations,
            AllocationResult allocation,
            boolean reversed) {}

    private CounterpartyLedger(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            CurrencyUnit currency,
            Map<InvoiceId, ItemState> items,
            Map<UUID, CreditState> credits,
            Map<PaymentId, PaymentState> payments,
            Map<String, PaymentId> paymentKeys,
            Map<UUID, List<Application>> applications,
            Map<InstrumentId, InstrumentState> instruments,
            List<LedgerEntry> entries,
            Instant lastRecordedAt) {
        this.companyId = companyId;
        this.counterpartyId = counterpartyId;
        this.currency = currency;
        this.items = items;
        this.credits = credits;
        this.payments = payments;
        this.paymentKeys = paymentKeys;
        this.applications = applications;
        this.instruments = instruments;
        this.entries = entries;
        this.lastRecordedAt = lastRecordedAt;
    }

    /**
     * Returns an empty ledger.
     *
     * @throws InvalidInputException if an argument is missing or the currency has no minor unit
     */
    public static CounterpartyLedger open(
            CompanyId companyId, CounterpartyId counterpartyId, CurrencyUnit currency) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
        AmountChecks.exact("currency", MinorAmount.zero(currency).toMonetaryAmount());
        return new CounterpartyLedger(
                companyId,
                counterpartyId,
                currency,
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(),
                Instant.MIN);
    }

    // ---- Accessors ---------------------------------------------------------------------------

    /** Returns the company. */
    public CompanyId companyId() {
        return companyId;
    }

    /** Returns the counterparty. */
    public CounterpartyId counterpartyId() {
        return counterpartyId;
    }

    /** Returns the currency of every amount in this ledger. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** Returns every entry in append order, unmodifiable. */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /** Returns every item, in the order the invoices were added. */
    public List<ItemBalance> items() {
        Map<InvoiceId, MinorAmount> provisional = provisional();
        return items.values().stream()
                .map(item -> item.balance(provisional.getOrDefault(item.id, zero())))
                .toList();
    }

    /** Returns the item of the invoice, or empty if the invoice was not added. */
    public Optional<ItemBalance> item(InvoiceId invoiceId) {
        Map<InvoiceId, MinorAmount> provisional = provisional();
        return Optional.ofNullable(items.get(invoiceId))
                .map(item -> item.balance(provisional.getOrDefault(item.id, zero())));
    }

    /** Returns every source of credit, reversed payments left out, in the order they arose. */
    public List<CreditBalance> credits() {
        return credits.values().stream().map(CreditState::balance).toList();
    }

    /** Returns the credit from the payment or credit document, if it is in this ledger. */
    public Optional<CreditBalance> credit(UUID sourceId) {
        return Optional.ofNullable(credits.get(sourceId)).map(CreditState::balance);
    }

    /** Returns the unapplied credit on {@code side}, zero or more. */
    public MonetaryAmount unappliedCredit(Direction side) {
        MinorAmount sum = zero();
        for (CreditState credit : credits.values()) {
            if (credit.side() == side) {
                sum = sum.plus(credit.unapplied());
            }
        }
        return sum.toMonetaryAmount();
    }

    /** Returns the sum of the items' outstanding amounts on {@code side}. */
    public MonetaryAmount openAmount(Direction side) {
        MinorAmount sum = zero();
        for (ItemState item : items.values()) {
            if (item.side == side) {
                sum = sum.plus(item.outstanding());
            }
        }
        return sum.toMonetaryAmount();
    }

    /** Returns the payment recorded with this id, if any, reversed or not. */
    public Optional<Payment> payment(PaymentId paymentId) {
        return Optional.ofNullable(payments.get(paymentId)).map(PaymentState::payment);
    }

    /** Returns {@code true} if the payment was recorded and later reversed. */
    public boolean isReversed(PaymentId paymentId) {
        PaymentState state = payments.get(paymentId);
        return state != null && state.reversed();
    }

    /**
     * Returns the open items on {@code side} in due order: by installment due date, then invoice id
     * as an unsigned 128-bit number, then installment number.
     */
    public List<OpenItem> openItems(Direction side) {
        List<OpenItem> open = new ArrayList<>();
        for (ItemState item : items.values()) {
            if (item.side == side) {
                open.addAll(item.openItems());
            }
        }
        open.sort(DUE_ORDER);
        return open;
    }

    /** Returns the instrument received with this id, if any. */
    public Optional<Instrument> instrument(InstrumentId instrumentId) {
        return Optional.ofNullable(instruments.get(instrumentId)).map(InstrumentState::instrument);
    }

    /**
     * Returns the instruments not yet cleared or bounced, in the portfolio, at a bank or endorsed,
     * in the order they were received.
     */
    public List<Instrument> portfolio() {
        return instruments.values().stream()
                .map(InstrumentState::instrument)
                .filter(Instrument::isUncleared)
                .toList();
    }

    /** Returns the face amount of the instruments not yet cleared or bounced. */
    public MonetaryAmount portfolioAmount() {
        MinorAmount sum = zero();
        for (Instrument instrument : portfolio()) {
            sum = sum.plus(units(instrument.amount()));
        }
        return sum.toMonetaryAmount();
    }

    /**
     * Returns the counterparty's risk: the balance plus the instruments not yet cleared, since a
     * cheque that bounces puts its amount back on the account.
     */
    public MonetaryAmount risk() {
        return balance().add(portfolioAmount());
    }

    /** Returns per invoice the amounts settled by instruments not yet cleared. */
    private Map<InvoiceId, MinorAmount> provisional() {
        Map<InvoiceId, MinorAmount> sums = new LinkedHashMap<>();
        for (InstrumentState state : instruments.values()) {
            if (!state.instrument().isUncleared()) {
                continue;
            }
            for (Application application :
                    applications.getOrDefault(state.instrument().id().value(), List.of())) {
                sums.merge(application.invoiceId(), application.applied(), MinorAmount::plus);
            }
        }
        return sums;
    }

    // ---- Balances and statements -------------------------------------------------------------

    /** Returns the balance after every entry. */
    public MonetaryAmount balance() {
        MinorAmount sum = zero();
        for (LedgerEntry entry : entries) {
            sum = sum.plus(units(entry.balanceEffect()));
        }
        return sum.toMonetaryAmount();
    }

    /**
     * Returns the balance of the entries whose value date is on or before {@code asOf}.
     *
     * @throws InvalidInputException if {@code asOf} is missing
     */
    public MonetaryAmount balance(LocalDate asOf) {
        return balance(asOf, Instant.MAX);
    }

    /**
     * Returns the balance as of {@code asOf} as the ledger showed it at {@code knownAt}: only
     * entries recorded at or before that instant count.
     *
     * @throws InvalidInputException if an argument is missing
     */
    public MonetaryAmount balance(LocalDate asOf, Instant knownAt) {
        InputChecks.present(asOf, "asOf", "a date");
        InputChecks.present(knownAt, "knownAt", "an instant");
        MinorAmount sum = zero();
        for (LedgerEntry entry : entries) {
            if (entry.countsOn(asOf) && entry.knownAt(knownAt)) {
                sum = sum.plus(units(entry.balanceEffect()));
            }
        }
        return sum.toMonetaryAmount();
    }

    /**
     * Returns the statement from {@code from} to {@code to}, both inclusive.
     *
     * @throws InvalidInputException if a date is missing or {@code to} is before {@code from}
     */
    public Statement statement(LocalDate from, LocalDate to) {
        return statement(from, to, Instant.MAX);
    }

    /**
     * Returns the statement from {@code from} to {@code to} as the ledger showed it at {@code
     * knownAt}.
     *
     * @throws InvalidInputException if an argument is missing or {@code to} is before {@code from}
     */
    public Statement statement(LocalDate from, LocalDate to, Instant knownAt) {
        InputChecks.present(from, "from", "the first day of the period");
        InputChecks.present(to, "to", "the last day of the period");
        InputChecks.present(knownAt, "knownAt", "an instant");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", to, "a date on or after " + from);
        }
        MinorAmount opening = zero();
        List<LedgerEntry> period = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            if (!entry.knownAt(knownAt) || entry.valueDate().isAfter(to)) {
                continue;
            }
            if (entry.valueDate().isBefore(from)) {
                opening = opening.plus(units(entry.balanceEffect()));
            } else {
                period.add(entry);
            }
        }
        period.sort(
                Comparator.comparing(LedgerEntry::valueDate)
                        .thenComparingLong(LedgerEntry::sequence));
        MinorAmount running = opening;
        List<StatementLine> lines = new ArrayList<>();
        for (LedgerEntry entry : period) {
            running = running.plus(units(entry.balanceEffect()));
            lines.add(new StatementLine(entry, running.toMonetaryAmount()));
        }
        return new Statement(
                counterpartyId,
                from,
                to,
                opening.toMonetaryAmount(),
                lines,
                running.toMonetaryAmount());
    }

    /**
     * Returns the net amount due for the selected invoices and credit sources: open items count
     * with their sign, unapplied credit against them. An invoice of 150.00 and a credit note of
     * 70.00 net to 80.00.
     *
     * @param documentIds ids of invoices ({@link InvoiceId#value()}), payments and credit documents
     * @throws InvalidInputException if {@code documentIds} is missing or names a document not in
     *     this ledger
     */
    public MonetaryAmount amountToPay(Collection<UUID> documentIds) {
        InputChecks.present(documentIds, "documentIds", "a collection of ids");
        MinorAmount sum = zero();
        for (UUID id : new HashSet<>(documentIds)) {
            ItemState item = items.get(new InvoiceId(id));
            CreditState credit = credits.get(id);
            if (item != null) {
                sum = sum.plus(signed(item.side, item.outstanding()));
            } else if (credit != null) {
                sum = sum.minus(signed(credit.side(), credit.unapplied()));
            } else {
                throw new InvalidInputException(
                        "documentIds", id, "ids of invoices or credit sources in this ledger");
            }
        }
        return sum.toMonetaryAmount();
    }

    /**
     * Returns the amount a payment on {@code valueDate} must bring to settle the invoice in full:
     * everything open, less the early-payment discounts that payment would earn. After a partial
     * payment this is the discounted remainder. Empty when nothing is open, so that "settle the
     * remaining balance" records no payment of zero.
     *
     * @throws InvalidInputException if an argument is missing or the invoice is not in this ledger
     */
    public Optional<MonetaryAmount> amountToSettle(InvoiceId invoiceId, LocalDate valueDate) {
        ItemState item = requireItem(invoiceId);
        InputChecks.present(valueDate, "valueDate", "the value date of the payment");
        MinorAmount sum = zero();
        for (OpenItem open : item.openItems()) {
            sum = sum.plus(units(open.amountToSettle(valueDate)));
        }
        return sum.isPositive() ? Optional.of(sum.toMonetaryAmount()) : Optional.empty();
    }

    // ---- Documents ---------------------------------------------------------------------------

    /**
     * Adds an invoice as an open item, with an {@link LedgerEntryKind#INVOICE} entry on its issue
     * date.
     *
     * @throws InvalidInputException if an argument is missing, the invoice belongs to another
     *     company or counterparty, is already in the ledger, has anything applied to it, or the
     *     stamp goes back in time
     * @throws CurrencyMismatchException if the invoice is in another currency
     */
    public CounterpartyLedger addInvoice(Invoice invoice, EntryStamp stamp) {
        InputChecks.present(invoice, "invoice", "an invoice");
        requireParties(invoice.companyId(), invoice.counterpartyId(), "invoice");
        requireCurrency(invoice.currency());
        if (items.containsKey(invoice.id())) {
            throw new InvalidInputException(
                    "invoice.id", invoice.id(), "an invoice not yet in the ledger");
        }
        if (!invoice.outstanding().isEqualTo(invoice.receivable())) {
            throw new InvalidInputException(
                    "invoice",
                    invoice.number(),
                    "an invoice with nothing applied yet; the ledger applies settlements itself");
        }
        Draft draft = new Draft(stamp);
        ItemState item = ItemState.of(invoice);
        draft.items.put(invoice.id(), item);
        MinorAmount receivable = item.receivable();
        draft.entry(
                LedgerEntryKind.INVOICE,
                invoice.issueDate(),
                receivable,
                signed(item.side, receivable),
                invoice.id().value(),
                invoice.id(),
                null,
                invoice.number(),
                null);
        return draft.build();
    }

    /**
     * Adds a credit note or return invoice as unapplied credit, with a {@link
     * LedgerEntryKind#CREDIT_DOCUMENT} entry on its issue date. Apply it with {@link #applyCredit}.
     *
     * @throws InvalidInputException if an argument is missing, the document belongs to another
     *     company or counterparty, is already in the ledger, was partly applied already, or the
     *     stamp goes back in time
     * @throws CurrencyMismatchException if the document is in another currency
     */
    public CounterpartyLedger addCreditDocument(CreditDocument document, EntryStamp stamp) {
        InputChecks.present(document, "document", "a credit document");
        requireParties(document.companyId(), document.counterpartyId(), "document");
        requireCurrency(document.currency());
        UUID id = document.id().value();
        if (credits.containsKey(id)) {
            throw new InvalidInputException(
                    "document.id", id, "a credit document not yet in the ledger");
        }
        if (!document.unapplied().isEqualTo(document.amount())) {
            throw new InvalidInputException(
                    "document",
                    document.number(),
                    "a credit document with nothing applied yet; the ledger applies it itself");
        }
        Draft draft = new Draft(stamp);
        MinorAmount amount = units(document.amount());
        MinorAmount none = zero();
        draft.credits.put(
                id,
                new CreditState(
                        id,
                        CreditSourceKind.CREDIT_DOCUMENT,
                        document.direction(),
                        document.issueDate(),
                        amount,
                        none,
                        none,
                        none));
        draft.entry(
                LedgerEntryKind.CREDIT_DOCUMENT,
                document.issueDate(),
                amount,
                signed(document.direction(), amount).negate(),
                id,
                null,
                null,
                document.number(),
                null);
        return draft.build();
    }

    /**
     * Charges a fee or interest on an item, with a {@link LedgerEntryKind#FEE} or {@link
     * LedgerEntryKind#INTEREST} entry.
     *
     * @throws InvalidInputException if an argument is missing, {@code component} is {@link
     *     ItemComponent#PRINCIPAL}, the amount is not greater than zero, the invoice is not in the
     *     ledger, or the stamp goes back in time
     * @throws CurrencyMismatchException if the amount is in another currency
     * @throws LedgerStateException if the item was written off
     */
    public CounterpartyLedger charge(
            InvoiceId invoiceId,
            ItemComponent component,
            MonetaryAmount amount,
            LocalDate valueDate,
            String reason,
            EntryStamp stamp) {
        ItemState item = requireItem(invoiceId);
        InputChecks.present(component, "component", "FEE or INTEREST");
        if (component == ItemComponent.PRINCIPAL) {
            throw new InvalidInputException("component", component, "FEE or INTEREST");
        }
        MinorAmount units = money("amount", amount);
        InputChecks.present(valueDate, "valueDate", "the date of the charge");
        InputChecks.present(reason, "reason", "the reason, possibly empty");
        if (item.closedByWriteOff) {
            throw new LedgerStateException(
                    "invoice " + item.number + " was written off, so nothing can be charged on it");
        }
        Draft draft = new Draft(stamp);
        draft.items.put(invoiceId, item.charge(component, units));
        LedgerEntryKind kind =
                component == ItemComponent.FEE ? LedgerEntryKind.FEE : LedgerEntryKind.INTEREST;
        draft.entry(
                kind,
                valueDate,
                units,
                signed(item.side, units),
                UUID.randomUUID(),
                invoiceId,
                component,
                reason,
                null);
        return draft.build();
    }

    /**
     * Writes off everything open on an item as uncollectible, with {@link
     * LedgerEntryKind#WRITE_OFF} entries that carry the reason. The item's status becomes {@link
     * io.github.tahsilat.invoice.InvoiceStatus#WRITTEN_OFF}.
     *
     * @throws InvalidInputException if an argument is missing, the reason is blank, the invoice is
     *     not in the ledger, or the stamp goes back in time
     * @throws LedgerStateException if nothing is open on the item
     */
    public CounterpartyLedger writeOff(
            InvoiceId invoiceId, LocalDate valueDate, String reason, EntryStamp stamp) {
        ItemState item = requireItem(invoiceId);
        InputChecks.present(valueDate, "valueDate", "the date of the write-off");
        InputChecks.text(reason, "reason", 500);
        if (!item.outstanding().isPositive()) {
            throw new LedgerStateException(
                    "invoice " + item.number + " has nothing open to write off");
        }
        Draft draft = new Draft(stamp);
        UUID operation = UUID.randomUUID();
        for (Application application : item.writeOffAll(operation)) {
            draft.apply(application, valueDate, reason);
        }
        draft.items.put(invoiceId, draft.items.get(invoiceId).closedByWriteOff(true));
        return draft.build();
    }

    // ---- Payments ----------------------------------------------------------------------------

    /**
     * Records a payment and allocates it under {@code policy}: a {@link LedgerEntryKind#PAYMENT}
     * entry for the amount, a {@link LedgerEntryKind#CHARGES} entry for any charges, and an {@link
     * LedgerEntryKind#ALLOCATION}, {@link LedgerEntryKind#DISCOUNT} or {@link
     * LedgerEntryKind#WRITE_OFF} entry for each thing done to an item. Money left over becomes
     * unapplied credit of the payment.
     *
     * <p>A payment whose idempotency key is already recorded with the same content and designations
     * is not recorded again: the outcome returns this ledger and the first allocation, with {@link
     * PaymentOutcome#repeated()} set.
     *
     * @param recordedAt the instant of recording; the payment's actor is the entries' actor
     * @throws InvalidInputException if an argument is missing, the payment belongs to another
     *     company or counterparty, its id is already recorded, a designation names an invoice not
     *     open in this ledger on the payment's side, or {@code recordedAt} goes back in time
     * @throws CurrencyMismatchException if the payment is in another currency
     * @throws PaymentConflictException if the idempotency key is recorded with other content
     */
    public PaymentOutcome recordPayment(
            Payment payment,
            List<Designation> designations,
            AllocationPolicy policy,
            Instant recordedAt) {
        InputChecks.present(payment, "payment", "a payment");
        InputChecks.present(policy, "policy", "an allocation policy");
        List<Designation> named = InputChecks.distinctList(designations, "designations");
        requireParties(payment.companyId(), payment.counterpartyId(), "payment");
        requireCurrency(payment.currency());
        Optional<PaymentOutcome> repeated = repeatedRequest(payment, named);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        if (payments.containsKey(payment.id())) {
            throw new InvalidInputException(
                    "payment.id", payment.id(), "a payment id not yet recorded");
        }
        Direction side = side(payment.direction());
        EntryStamp stamp = new EntryStamp(payment.actor(), recordedAt);
        checkStamp(stamp);
        AllocationResult result =
                allocate(payment.amount(), payment.valueDate(), named, policy, side);

        Draft draft = new Draft(stamp);
        UUID id = payment.id().value();
        MinorAmount amount = units(payment.amount());
        draft.entry(
                LedgerEntryKind.PAYMENT,
                payment.valueDate(),
                amount,
                signed(side, amount).negate(),
                id,
                null,
                null,
                payment.idempotencyKey().orElse(payment.method().name()),
                null);
        MinorAmount charges = units(payment.charges());
        if (charges.isPositive()) {
            draft.entry(
                    LedgerEntryKind.CHARGES,
                    payment.valueDate(),
                    charges,
                    zero(),
                    id,
                    null,
                    null,
                    "deducted from payment",
                    null);
        }
        MinorAmount none = zero();
        draft.credits.put(
                id,
                new CreditState(
                        id,
                        CreditSourceKind.PAYMENT,
                        side,
                        payment.valueDate(),
                        amount,
                        none,
                        none,
                        none));
        draft.applyResult(id, result, payment.valueDate());
        draft.payments.put(payment.id(), new PaymentState(payment, named, result, false));
        payment.idempotencyKey().ifPresent(key -> draft.paymentKeys.put(key, payment.id()));
        LOG.debug(
                "Payment {} recorded, applied {}, unapplied {}",
                payment.id(),
                result.applied(),
                result.unapplied());
        return new PaymentOutcome(draft.build(), payment, result, false);
    }

    private Optional<PaymentOutcome> repeatedRequest(Payment payment, List<Designation> named) {
        if (payment.idempotencyKey().isEmpty()) {
            return Optional.empty();
        }
        String key = payment.idempotencyKey().get();
        PaymentId storedId = paymentKeys.get(key);
        if (storedId == null) {
            return Optional.empty();
        }
        PaymentState stored = payments.get(storedId);
        if (!stored.payment().sameContentAs(payment) || !stored.designations().equals(named)) {
            throw new PaymentConflictException(key, storedId);
        }
        return Optional.of(new PaymentOutcome(this, stored.payment(), stored.allocation(), true));
    }

    /**
     * Applies unapplied credit of a payment or a credit document to items under {@code policy},
     * with an {@link LedgerEntryKind#ALLOCATION} entry per item. Applying credit moves no money:
     * the balance does not change, and no second receipt appears.
     *
     * @param sourceId the payment's or credit document's id
     * @throws InvalidInputException if an argument is missing, the source is not in this ledger, a
     *     designation names an invoice not open on the credit's side, or the stamp goes back in
     *     time
     * @throws LedgerStateException if the source has no unapplied credit
     */
    public CreditOutcome applyCredit(
            UUID sourceId,
            List<Designation> designations,
            AllocationPolicy policy,
            LocalDate valueDate,
            EntryStamp stamp) {
        CreditState credit = requireCredit(sourceId);
        List<Designation> named = InputChecks.distinctList(designations, "designations");
        InputChecks.present(policy, "policy", "an allocation policy");
        InputChecks.present(valueDate, "valueDate", "the date of the application");
        checkStamp(stamp);
        if (!credit.unapplied().isPositive()) {
            throw new LedgerStateException(
                    "credit " + sourceId + " has no unapplied amount left to apply");
        }
        AllocationResult result =
                allocate(
                        credit.unapplied().toMonetaryAmount(),
                        valueDate,
                        named,
                        policy,
                        credit.side());
        Draft draft = new Draft(stamp);
        draft.applyResult(sourceId, result, valueDate);
        LOG.debug("Credit {} applied {}", sourceId, result.applied());
        return new CreditOutcome(draft.build(), result);
    }

    /**
     * Reverses a payment as a whole, such as a bank return: every application made from it,
     * including later applications of its credit, is taken back, its credit disappears, and a
     * {@link LedgerEntryKind#REVERSAL} entry restores the balance. Items it touched return to the
     * amounts they had without it.
     *
     * @throws InvalidInputException if an argument is missing, the reason is blank, the payment is
     *     not in this ledger, or the stamp goes back in time
     * @throws LedgerStateException if the payment was already reversed, part of its credit was
     *     refunded, or an item it touched was written off since
     */
    public CounterpartyLedger reversePayment(
            PaymentId paymentId, LocalDate valueDate, String reason, EntryStamp stamp) {
        InputChecks.present(paymentId, "paymentId", "a payment id");
        InputChecks.present(valueDate, "valueDate", "the date of the reversal");
        InputChecks.text(reason, "reason", 500);
        checkStamp(stamp);
        PaymentState state = payments.get(paymentId);
        if (state == null) {
            throw new InvalidInputException(
                    "paymentId", paymentId, "a payment recorded in this ledger");
        }
        if (state.reversed()) {
            throw new LedgerStateException("payment " + paymentId + " is already reversed");
        }
        UUID id = paymentId.value();
        CreditState credit = credits.get(id);
        if (credit.refunded().isPositive()) {
            throw new LedgerStateException(
                    "payment "
                            + paymentId
                            + " has "
                            + credit.refunded()
                            + " of its credit refunded; a refunded payment cannot be reversed");
        }
        List<Application> undone = applications.getOrDefault(id, List.of());
        for (Application application : undone) {
            ItemState item = items.get(application.invoiceId());
            if (item.closedByWriteOff) {
                throw new LedgerStateException(
                        "invoice "
                                + item.number
                                + " was written off after payment "
                                + paymentId
                                + " touched it; the payment cannot be reversed");
            }
        }
        Draft draft = new Draft(stamp);
        for (Application application : undone) {
            draft.unapply(application, valueDate, reason);
        }
        draft.applications.remove(id);
        Payment payment = state.payment();
        Direction side = credit.side();
        if (credit.writtenOff().isPositive()) {
            draft.entry(
                    LedgerEntryKind.WRITE_OFF,
                    valueDate,
                    credit.writtenOff().negate(),
                    signed(side, credit.writtenOff()).negate(),
                    id,
                    null,
                    null,
                    reason,
                    null);
        }
        MinorAmount charges = units(payment.charges());
        if (charges.isPositive()) {
            draft.entry(
                    LedgerEntryKind.CHARGES,
                    valueDate,
                    charges.negate(),
                    zero(),
                    id,
                    null,
                    null,
                    reason,
                    null);
        }
        MinorAmount amount = units(payment.amount());
        draft.entry(
                LedgerEntryKind.REVERSAL,
                valueDate,
                amount,
                signed(side, amount),
                id,
                null,
                null,
                reason,
                firstEntryOf(id, LedgerEntryKind.PAYMENT));
        draft.credits.remove(id);
        draft.payments.put(
                paymentId,
                new PaymentState(payment, state.designations(), state.allocation(), true));
        LOG.debug("Payment {} reversed", paymentId);
        return draft.build();
    }

    /**
     * Pays back unapplied credit to the counterparty, with a {@link LedgerEntryKind#REFUND} entry.
     *
     * @throws InvalidInputException if an argument is missing, the amount is not greater than zero,
     *     the reason is blank, the source is not in this ledger, or the stamp goes back in time
     * @throws CurrencyMismatchException if the amount is in another currency
     * @throws LedgerStateException if the amount exceeds the source's unapplied credit
     */
    public CounterpartyLedger refund(
            UUID sourceId,
            MonetaryAmount amount,
            LocalDate valueDate,
            String reason,
            EntryStamp stamp) {
        CreditState credit = requireCredit(sourceId);
        MinorAmount units = money("amount", amount);
        InputChecks.present(valueDate, "valueDate", "the date of the refund");
        InstrumentState instrument = instruments.get(new InstrumentId(sourceId));
        if (instrument != null && instrument.instrument().isUncleared()) {
            throw new LedgerStateException(
                    "the credit of instrument "
                            + sourceId
                            + " is not refundable before the instrument clears");
        }
        InputChecks.text(reason, "reason", 500);
        if (units.compareTo(credit.unapplied()) > 0) {
            throw new LedgerStateException(
                    "refund of "
                            + units
                            + " exceeds the unapplied credit "
                            + credit.unapplied()
                            + " of "
                            + sourceId
                            + "; refund at most that amount");
        }
        Draft draft = new Draft(stamp);
        MinorAmount none = zero();
        draft.credits.put(sourceId, credit.plus(none, units, none));
        draft.entry(
                LedgerEntryKind.REFUND,
                valueDate,
                units,
                signed(credit.side(), units),
                sourceId,
                null,
                null,
                reason,
                null);
        return draft.build();
    }

    /**
     * Offsets open receivable items against open payable items of the counterparty (mahsup), oldest
     * first on both sides, up to {@code limit} or the smaller side's total. Two {@link
     * LedgerEntryKind#SET_OFF} entries record it, one per side, and they cancel out in the balance.
     * Early-payment discounts are not granted by a set-off.
     *
     * @throws InvalidInputException if an argument is missing, the limit is not greater than zero,
     *     the reason is blank, or the stamp goes back in time
     * @throws CurrencyMismatchException if the limit is in another currency
     * @throws LedgerStateException if either side has nothing open
     */
    public CounterpartyLedger setOff(
            MonetaryAmount limit,
            LocalDate valueDate,
            String reason,
            AllocationPolicy policy,
            EntryStamp stamp) {
        MinorAmount cap = money("limit", limit);
        InputChecks.present(valueDate, "valueDate", "the date of the set-off");
        InputChecks.text(reason, "reason", 500);
        InputChecks.present(policy, "policy", "an allocation policy");
        checkStamp(stamp);
        MinorAmount receivable = units(openAmount(Direction.RECEIVABLE));
        MinorAmount payable = units(openAmount(Direction.PAYABLE));
        MinorAmount amount = cap.min(receivable).min(payable);
        if (!amount.isPositive()) {
            throw new LedgerStateException(
                    "nothing to set off: open receivables "
                            + receivable
                            + ", open payables "
                            + payable);
        }
        AllocationPolicy plain =
                policy.withTolerances(List.of()).withExcess(ExcessHandling.KEEP_AS_CREDIT);
        Draft draft = new Draft(stamp);
        UUID operation = UUID.randomUUID();
        for (Direction side : Direction.values()) {
            List<OpenItem> open = withoutDiscounts(openItems(side));
            AllocationResult result =
                    Allocator.of(plain)
                            .allocate(amount.toMonetaryAmount(), valueDate, open.iterator());
            draft.entry(
                    LedgerEntryKind.SET_OFF,
                    valueDate,
                    amount,
                    signed(side, amount).negate(),
                    operation,
                    null,
                    null,
                    reason,
                    null);
            draft.applyResult(operation, result, valueDate);
        }
        return draft.build();
    }

    // ---- Instruments -------------------------------------------------------------------------

    /**
     * Receives a cheque or promissory note: an {@link LedgerEntryKind#INSTRUMENT} entry credits the
     * account at once, the amount moves into the portfolio, and it is allocated to items under
     * {@code policy} provisionally. Until it clears, {@link ItemBalance#provisional()} shows that
     * part, and {@link #risk()} counts the instrument.
     *
     * @throws InvalidInputException if an argument is missing, the instrument belongs to another
     *     company or counterparty, is already in the ledger or not just received, a designation
     *     names an invoice not open on the receivable side, or the stamp goes back in time
     * @throws CurrencyMismatchException if the instrument is in another currency
     */
    public CounterpartyLedger receiveInstrument(
            Instrument instrument,
            List<Designation> designations,
            AllocationPolicy policy,
            EntryStamp stamp) {
        InputChecks.present(instrument, "instrument", "a cheque or promissory note");
        List<Designation> named = InputChecks.distinctList(designations, "designations");
        InputChecks.present(policy, "policy", "an allocation policy");
        requireParties(instrument.companyId(), instrument.counterpartyId(), "instrument");
        requireCurrency(instrument.currency());
        if (instruments.containsKey(instrument.id())) {
            throw new InvalidInputException(
                    "instrument.id", instrument.id(), "an instrument not yet in the ledger");
        }
        if (instrument.steps().size() != 1) {
            throw new InvalidInputException(
                    "instrument", instrument.status(), "an instrument just received");
        }
        checkStamp(stamp);
        AllocationResult result =
                allocate(
                        instrument.amount(),
                        instrument.receivedOn(),
                        named,
                        policy,
                        Direction.RECEIVABLE);
        Draft draft = new Draft(stamp);
        UUID id = instrument.id().value();
        MinorAmount amount = units(instrument.amount());
        draft.entry(
                LedgerEntryKind.INSTRUMENT,
                instrument.receivedOn(),
                amount,
                amount.negate(),
                id,
                null,
                null,
                "received " + instrument.kind() + " " + instrument.serialNumber(),
                null);
        MinorAmount none = zero();
        draft.credits.put(
                id,
                new CreditState(
                        id,
                        CreditSourceKind.INSTRUMENT,
                        Direction.RECEIVABLE,
                        instrument.receivedOn(),
                        amount,
                        none,
                        none,
                        none));
        draft.applyResult(id, result, instrument.receivedOn());
        draft.instruments.put(instrument.id(), new InstrumentState(instrument, named, policy));
        return draft.build();
    }

    /**
     * Records a step of an instrument that moves no money on the account: clearing at maturity,
     * endorsement (ciro) to a supplier, deposit at a bank for collection or as collateral, or its
     * return to the portfolio. Clearing makes its allocations final. Each step is an {@link
     * LedgerEntryKind#INSTRUMENT} entry with no amount and the step in its note.
     *
     * @param holder the bank or endorsee afterwards, empty when the company holds it
     * @throws InvalidInputException if an argument is missing, the instrument is not in this
     *     ledger, {@code next} is {@link InstrumentStatus#BOUNCED}, or the stamp goes back in time
     * @throws InstrumentStateException if the instrument's status does not allow the step
     */
    public CounterpartyLedger moveInstrument(
            InstrumentId instrumentId,
            InstrumentStatus next,
            LocalDate date,
            String holder,
            EntryStamp stamp) {
        InstrumentState state = requireInstrument(instrumentId);
        checkStamp(stamp);
        Instrument moved =
                state.instrument().moveTo(next, date, holder, stamp.actor(), stamp.recordedAt());
        Draft draft = new Draft(stamp);
        draft.instruments.put(
                instrumentId, new InstrumentState(moved, state.designations(), state.policy()));
        draft.entry(
                LedgerEntryKind.INSTRUMENT,
                date,
                zero(),
                zero(),
                instrumentId.value(),
                null,
                null,
                holder.isEmpty() ? next.name() : next.name() + " " + holder,
                null);
        return draft.build();
    }

    /**
     * Records that an instrument bounced, after {@code paid} of it was paid: its allocations are
     * taken back, an {@link LedgerEntryKind#INSTRUMENT} entry puts its amount back on the account,
     * and the part paid, if any, is allocated again as final. A fee of the host, if given, is
     * charged on the first invoice the instrument had settled.
     *
     * @throws InvalidInputException if an argument is missing, the instrument is not in this
     *     ledger, an amount is out of range, or the stamp goes back in time
     * @throws CurrencyMismatchException if an amount is in another currency
     * @throws InstrumentStateException if the instrument is already cleared or bounced
     * @throws LedgerStateException if an item it settled was written off since, or a fee is given
     *     but the instrument settled no invoice
     */
    public CounterpartyLedger bounceInstrument(
            InstrumentId instrumentId,
            LocalDate date,
            MonetaryAmount paid,
            Optional<MonetaryAmount> fee,
            String reason,
            EntryStamp stamp) {
        InstrumentState state = requireInstrument(instrumentId);
        InputChecks.present(fee, "fee", "a fee or empty");
        InputChecks.text(reason, "reason", 500);
        checkStamp(stamp);
        MinorAmount paidUnits = AmountChecks.nonNegative("paid", paid);
        AmountChecks.inCurrency("book", paidUnits, currency);
        MinorAmount feeUnits = fee.isPresent() ? money("fee", fee.get()) : zero();
        Instrument bounced =
                state.instrument().bounce(date, paid, stamp.actor(), stamp.recordedAt());
        UUID id = instrumentId.value();
        List<Application> undone = applications.getOrDefault(id, List.of());
        for (Application application : undone) {
            if (items.get(application.invoiceId()).closedByWriteOff) {
                throw new LedgerStateException(
                        "invoice "
                                + items.get(application.invoiceId()).number
                                + " was written off after the instrument settled it; write-offs"
                                + " must be reversed by hand first");
            }
        }
        if (feeUnits.isPositive() && undone.isEmpty()) {
            throw new LedgerStateException(
                    "instrument "
                            + instrumentId
                            + " settled no invoice to charge the fee on; charge it on an invoice"
                            + " with charge()");
        }

        Draft draft = new Draft(stamp);
        for (Application application : undone) {
            draft.unapply(application, date, reason);
        }
        draft.applications.remove(id);
        CreditState credit = credits.get(id);
        if (credit.writtenOff().isPositive()) {
            draft.entry(
                    LedgerEntryKind.WRITE_OFF,
                    date,
                    credit.writtenOff().negate(),
                    credit.writtenOff().negate(),
                    id,
                    null,
                    null,
                    reason,
                    null);
        }
        MinorAmount amount = credit.amount();
        draft.entry(
                LedgerEntryKind.INSTRUMENT,
                date,
                amount.negate(),
                amount,
                id,
                null,
                null,
                reason,
                firstEntryOf(id, LedgerEntryKind.INSTRUMENT));
        draft.credits.remove(id);
        draft.instruments.put(
                instrumentId, new InstrumentState(bounced, state.designations(), state.policy()));
        if (paidUnits.isPositive()) {
            draft.entry(
                    LedgerEntryKind.INSTRUMENT,
                    date,
                    paidUnits,
                    paidUnits.negate(),
                    id,
                    null,
                    null,
                    "paid on bounced " + bounced.kind(),
                    null);
            MinorAmount none = zero();
            draft.credits.put(
                    id,
                    new CreditState(
                            id,
                            CreditSourceKind.INSTRUMENT,
                            Direction.RECEIVABLE,
                            date,
                            paidUnits,
                            none,
                            none,
                            none));
            CounterpartyLedger between = draft.build();
            AllocationResult result =
                    between.allocate(
                            paid, date, state.designations(), state.policy(), Direction.RECEIVABLE);
            draft.applyResult(id, result, date);
        }
        if (feeUnits.isPositive()) {
            InvoiceId first = undone.get(0).invoiceId();
            ItemState item = draft.items.get(first);
            draft.items.put(first, item.charge(ItemComponent.FEE, feeUnits));
            draft.entry(
                    LedgerEntryKind.FEE,
                    date,
                    feeUnits,
                    feeUnits,
                    UUID.randomUUID(),
                    first,
                    ItemComponent.FEE,
                    "bounced " + bounced.kind() + " " + bounced.serialNumber(),
                    null);
        }
        LOG.debug("Instrument {} bounced, paid {}", instrumentId, paidUnits);
        return draft.build();
    }

    private InstrumentState requireInstrument(InstrumentId instrumentId) {
        InputChecks.present(instrumentId, "instrumentId", "an instrument id");
        InstrumentState state = instruments.get(instrumentId);
        if (state == null) {
            throw new InvalidInputException(
                    "instrumentId", instrumentId, "an instrument received in this ledger");
        }
        return state;
    }

    // ---- Internals ---------------------------------------------------------------------------

    private AllocationResult allocate(
            MonetaryAmount amount,
            LocalDate valueDate,
            List<Designation> named,
            AllocationPolicy policy,
            Direction side) {
        List<OpenItem> open = openItems(side);
        List<OpenItem> designated = new ArrayList<>();
        for (Designation designation : named) {
            ItemState item = items.get(designation.invoiceId());
            if (item == null || item.side != side) {
                throw new InvalidInputException(
                        "designations",
                        designation.invoiceId(),
                        "invoices of this ledger on the " + side + " side");
            }
            designated.addAll(item.openItems());
        }
        return Allocator.of(policy).allocate(amount, valueDate, named, designated, open.iterator());
    }

    private static List<OpenItem> withoutDiscounts(List<OpenItem> open) {
        return open.stream()
                .map(
                        item ->
                                new OpenItem(
                                        item.invoiceId(),
                                        item.installment(),
                                        item.dueDate(),
                                        item.fee(),
                                        item.interest(),
                                        item.principal(),
                                        List.of()))
                .toList();
    }

    private UUID firstEntryOf(UUID documentId, LedgerEntryKind kind) {
        for (LedgerEntry entry : entries) {
            if (entry.kind() == kind && entry.documentId().equals(documentId)) {
                return entry.id();
            }
        }
        return null;
    }

    private void requireParties(CompanyId company, CounterpartyId counterparty, String field) {
        if (!companyId.equals(company)) {
            throw new InvalidInputException(
                    field + ".companyId", company, "the ledger's company " + companyId);
        }
        if (!counterpartyId.equals(counterparty)) {
            throw new InvalidInputException(
                    field + ".counterpartyId",
                    counterparty,
                    "the ledger's counterparty " + counterpartyId);
        }
    }

    private void requireCurrency(CurrencyUnit other) {
        if (!currency.equals(other)) {
            throw new CurrencyMismatchException(
                    "book", currency.getCurrencyCode(), other.getCurrencyCode());
        }
    }

    private ItemState requireItem(InvoiceId invoiceId) {
        InputChecks.present(invoiceId, "invoiceId", "an invoice id");
        ItemState item = items.get(invoiceId);
        if (item == null) {
            throw new InvalidInputException(
                    "invoiceId", invoiceId, "an invoice added to this ledger");
        }
        return item;
    }

    private CreditState requireCredit(UUID sourceId) {
        InputChecks.present(sourceId, "sourceId", "a payment or credit document id");
        CreditState credit = credits.get(sourceId);
        if (credit == null) {
            throw new InvalidInputException(
                    "sourceId",
                    sourceId,
                    "a payment or credit document with credit in this ledger");
        }
        return credit;
    }

    private void checkStamp(EntryStamp stamp) {
        InputChecks.present(stamp, "stamp", "who records the operation and when");
        if (stamp.recordedAt().isBefore(lastRecordedAt)) {
            throw new InvalidInputException(
                    "recordedAt",
                    stamp.recordedAt(),
                    "an instant on or after the last recording " + lastRecordedAt);
        }
    }

    private MinorAmount money(String field, MonetaryAmount amount) {
        MinorAmount units = AmountChecks.positive(field, amount);
        AmountChecks.inCurrency("book", units, currency);
        return units;
    }

    private MinorAmount zero() {
        return MinorAmount.zero(currency);
    }

    private static MinorAmount units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
    }

    /** Returns {@code amount} as an effect on the balance for {@code side}. */
    private static MinorAmount signed(Direction side, MinorAmount amount) {
        return side == Direction.RECEIVABLE ? amount : amount.negate();
    }

    private static Direction side(PaymentDirection direction) {
        return direction == PaymentDirection.RECEIVED ? Direction.RECEIVABLE : Direction.PAYABLE;
    }

    private static int unsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        if (high != 0) {
            return high;
        }
        return Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** The copies one operation changes, turned into the next ledger by {@link #build()}. */
    private final class Draft {
        final EntryStamp stamp;
        final Map<InvoiceId, ItemState> items = new LinkedHashMap<>(CounterpartyLedger.this.items);
        final Map<UUID, CreditState> credits = new LinkedHashMap<>(CounterpartyLedger.this.credits);
        final Map<PaymentId, PaymentState> payments =
                new LinkedHashMap<>(CounterpartyLedger.this.payments);
        final Map<String, PaymentId> paymentKeys =
                new LinkedHashMap<>(CounterpartyLedger.this.paymentKeys);
        final Map<UUID, List<Application>> applications =
                new LinkedHashMap<>(CounterpartyLedger.this.applications);
        final Map<InstrumentId, InstrumentState> instruments =
                new LinkedHashMap<>(CounterpartyLedger.this.instruments);
        final List<LedgerEntry> entries = new ArrayList<>(CounterpartyLedger.this.entries);

        Draft(EntryStamp stamp) {
            checkStamp(stamp);
            this.stamp = stamp;
        }

        UUID entry(
                LedgerEntryKind kind,
                LocalDate valueDate,
                MinorAmount amount,
                MinorAmount effect,
                UUID documentId,
                InvoiceId invoiceId,
                ItemComponent component,
                String note,
                UUID reverses) {
            UUID id = UUID.randomUUID();
            entries.add(
                    new LedgerEntry(
                            id,
                            entries.size() + 1L,
                            kind,
                            valueDate,
                            stamp.recordedAt(),
                            amount.toMonetaryAmount(),
                            effect.toMonetaryAmount(),
                            documentId,
                            Optional.ofNullable(invoiceId),
                            Optional.ofNullable(component),
                            stamp.actor(),
                            note,
                            Optional.ofNullable(reverses)));
            return id;
        }

        /** Applies an allocation of {@code sourceId}'s money or credit to the items. */
        void applyResult(UUID sourceId, AllocationResult result, LocalDate valueDate) {
            Map<InvoiceId, Integer> chargesOn = new LinkedHashMap<>();
            List<Application> planned = new ArrayList<>();
            for (ItemSettlement settlement : result.settlements()) {
                ItemState item = items.get(settlement.invoiceId());
                int carrier = chargesOn.computeIfAbsent(item.id, i -> item.chargeInstallment());
                planned.add(item.application(sourceId, settlement, carrier));
            }
            for (Application application : planned) {
                apply(application, valueDate, "");
            }
            CreditState credit = credits.get(sourceId);
            if (credit != null) {
                MinorAmount excess = units(result.excessWrittenOff());
                credits.put(sourceId, credit.plus(units(result.applied()), zero(), excess));
                if (excess.isPositive()) {
                    entry(
                            LedgerEntryKind.WRITE_OFF,
                            valueDate,
                            excess,
                            signed(credit.side(), excess),
                            sourceId,
                            null,
                            null,
                            "excess within tolerance",
                            null);
                }
            }
        }

        void apply(Application application, LocalDate valueDate, String reason) {
            ItemState item = items.get(application.invoiceId());
            items.put(item.id, item.apply(application, false));
            List<Application> list =
                    new ArrayList<>(applications.getOrDefault(application.sourceId(), List.of()));
            list.add(application);
            applications.put(application.sourceId(), List.copyOf(list));
            entries(application, item.side, valueDate, reason, false);
        }

        void unapply(Application application, LocalDate valueDate, String reason) {
            ItemState item = items.get(application.invoiceId());
            items.put(item.id, item.apply(application, true));
            CreditState credit = credits.get(application.sourceId());
            if (credit != null) {
                credits.put(
                        credit.sourceId(),
                        credit.plus(application.applied().negate(), zero(), zero()));
            }
            entries(application, item.side, valueDate, reason, true);
        }

        private void entries(
                Application application,
                Direction side,
                LocalDate valueDate,
                String reason,
                boolean reverse) {
            UUID source = application.sourceId();
            InvoiceId invoice = application.invoiceId();
            MinorAmount applied = application.applied();
            MinorAmount discount = application.discount();
            MinorAmount writeOff = application.writeOff();
            if (applied.isPositive()) {
                MinorAmount amount = reverse ? applied.negate() : applied;
                entry(
                        LedgerEntryKind.ALLOCATION,
                        valueDate,
                        amount,
                        zero(),
                        source,
                        invoice,
                        null,
                        reason,
                        null);
            }
            if (discount.isPositive()) {
                MinorAmount amount = reverse ? discount.negate() : discount;
                entry(
                        LedgerEntryKind.DISCOUNT,
                        valueDate,
                        amount,
                        signed(side, amount).negate(),
                        source,
                        invoice,
                        ItemComponent.PRINCIPAL,
                        reason,
                        null);
            }
            if (writeOff.isPositive()) {
                MinorAmount amount = reverse ? writeOff.negate() : writeOff;
                String note = reason.isEmpty() ? "shortfall within tolerance" : reason;
                entry(
                        LedgerEntryKind.WRITE_OFF,
                        valueDate,
                        amount,
                        signed(side, amount).negate(),
                        source,
                        invoice,
                        null,
                        note,
                        null);
            }
        }

        CounterpartyLedger build() {
            return new CounterpartyLedger(
                    companyId,
                    counterpartyId,
                    currency,
                    unmodifiable(items),
                    unmodifiable(credits),
                    unmodifiable(payments),
                    unmodifiable(paymentKeys),
                    unmodifiable(applications),
                    unmodifiable(instruments),
                    List.copyOf(entries),
                    stamp.recordedAt());
        }
    }

    private static <K, V> Map<K, V> unmodifiable(Map<K, V> map) {
        return Collections.unmodifiableMap(map);
    }
}
