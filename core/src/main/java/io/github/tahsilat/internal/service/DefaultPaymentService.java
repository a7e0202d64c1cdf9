package io.github.tahsilat.internal.service;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.allocation.Allocator;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.allocation.OpenItem;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.LedgerRepository;
import io.github.tahsilat.internal.persistence.PaymentRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.internal.persistence.StoredAllocation;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.ledger.LedgerEntryKind;
import io.github.tahsilat.ledger.LedgerStateException;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.service.payment.PaymentService;
import io.github.tahsilat.service.payment.StoredPayment;
import io.github.tahsilat.terms.DueSchedule;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment service over the host's stores. Immutable and thread-safe.
 *
 * <p>NOTE: invoices carry no separate discount amount, so a granted early-payment discount is
 * applied to the invoice as part of its settlement; the allocation record and the ledger's {@code
 * DISCOUNT} entry keep it apart. A shortfall written off within a tolerance closes the invoice as
 * {@link InvoiceStatus#WRITTEN_OFF}, which makes that payment irreversible through this service.
 */
public final class DefaultPaymentService implements PaymentService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPaymentService.class);

    /** Open invoices read per page while allocating. */
    static final int PAGE_SIZE = 200;

    private final StoreContext context;
    private final CompanyRepository companies;
    private final CounterpartyRepository counterparties;
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final LedgerRepository ledger;

    /** Creates the service. */
    public DefaultPaymentService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.counterparties = new CounterpartyRepository(context);
        this.invoices = new InvoiceRepository(context);
        this.payments = new PaymentRepository(context);
        this.ledger = new LedgerRepository(context);
    }

    @Override
    public PaymentReceipt record(
            Payment payment, List<Designation> designations, AllocationPolicy policy) {
        InputChecks.present(payment, "payment", "a payment");
        List<Designation> named = InputChecks.distinctList(designations, "designations");
        InputChecks.present(policy, "policy", "an allocation policy");
        PaymentReceipt receipt = context.write(() -> recordInTransaction(payment, named, policy));
        LOG.debug(
                "Company {} payment {} recorded, applied {}, repeated: {}",
                payment.companyId(),
                payment.id(),
                receipt.allocation().applied(),
                receipt.repeated());
        return receipt;
    }

    private PaymentReceipt recordInTransaction(
            Payment payment, List<Designation> named, AllocationPolicy policy) {
        CompanyId companyId = payment.companyId();
        companies.require(companyId);
        requireCounterparty(companyId, payment.counterpartyId());
        Optional<StoredPayment> earlier = payments.repeatedRequest(payment);
        if (earlier.isPresent()) {
            return new PaymentReceipt(earlier.get().payment(), rebuild(earlier.get()), true);
        }
        LocalDate today = companies.today(companyId);
        Direction side = side(payment.direction());
        Map<InvoiceId, StoredInvoice> read = new HashMap<>();
        List<OpenItem> designated = new ArrayList<>();
        for (Designation designation : named) {
            StoredInvoice stored = invoices.require(companyId, designation.invoiceId());
            requireSameAccount(stored.invoice(), payment, side);
            read.put(stored.invoice().id(), stored);
            designated.addAll(items(stored.invoice(), payment.valueDate()));
        }
        OpenInvoiceItems oldestFirst = new OpenInvoiceItems(payment, side, read);
        AllocationResult result =
                Allocator.of(policy)
                        .allocate(
                                payment.amount(),
                                payment.valueDate(),
                                named,
                                designated,
                                oldestFirst);

        payments.insert(payment, units(result.unapplied()));
        MinorAmount amount = units(payment.amount());
        int sign = side == Direction.RECEIVABLE ? 1 : -1;
        entry(payment, LedgerEntryKind.PAYMENT, amount, signed(amount, -sign), null, "", null);
        MinorAmount charges = units(payment.charges());
        if (charges.isPositive()) {
            entry(payment, LedgerEntryKind.CHARGES, charges, zero(amount), null, "deducted", null);
        }
        for (ItemSettlement settlement : result.settlements()) {
            settle(payment, read.get(settlement.invoiceId()), settlement, today, sign, read);
        }
        MinorAmount excess = units(result.excessWrittenOff());
        if (excess.isPositive()) {
            entry(
                    payment,
                    LedgerEntryKind.WRITE_OFF,
                    excess,
                    signed(excess, sign),
                    null,
                    "excess within tolerance",
                    null);
        }
        appendRecorded(payment, result);
        return new PaymentReceipt(payment, result, false);
    }

    private void settle(
            Payment payment,
            StoredInvoice stored,
            ItemSettlement settlement,
            LocalDate today,
            int sign,
            Map<InvoiceId, StoredInvoice> read) {
        Invoice invoice = stored.invoice();
        MinorAmount principal = units(settlement.principal());
        MinorAmount discount = units(settlement.discount());
        MinorAmount writeOff = units(settlement.writeOff());
        Invoice next = invoice;
        MinorAmount cleared = principal.plus(discount);
        if (cleared.isPositive()) {
            next = next.applySettlement(cleared.toMonetaryAmount());
        }
        if (writeOff.isPositive() && next.outstanding().isEqualTo(settlement.writeOff())) {
            next = next.writeOff();
        } else if (writeOff.isPositive()) {
            // Later installments are still open, and Invoice.writeOff() would close them too.
            next = next.applySettlement(settlement.writeOff());
        }
        StoredInvoice updated = invoices.update(stored, next, today);
        read.put(invoice.id(), updated);
        payments.insertAllocation(
                payment.companyId(),
                payment.counterpartyId(),
                payment.id().value(),
                settlement,
                payment.valueDate());
        UUID invoiceId = invoice.id().value();
        MinorAmount applied = units(settlement.applied());
        if (applied.isPositive()) {
            entry(payment, LedgerEntryKind.ALLOCATION, applied, zero(applied), invoiceId, "", null);
        }
        if (discount.isPositive()) {
            entry(
                    payment,
                    LedgerEntryKind.DISCOUNT,
                    discount,
                    signed(discount, -sign),
                    invoiceId,
                    "early-payment discount",
                    null);
        }
        if (writeOff.isPositive()) {
            entry(
                    payment,
                    LedgerEntryKind.WRITE_OFF,
                    writeOff,
                    signed(writeOff, -sign),
                    invoiceId,
                    "shortfall within tolerance",
                    null);
        }
        context.appendEvent(
                payment.companyId(),
                EventTypes.PAYMENT_ALLOCATED,
                payment.id().value(),
                Map.of(
                        "paymentId", payment.id().toString(),
                        "invoiceId", invoice.id().toString(),
                        "installment", Integer.toString(settlement.installment()),
                        "currency", applied.currencyCode(),
                        "applied", Payloads.amount(settlement.applied()),
                        "discount", Payloads.amount(settlement.discount()),
                        "writeOff", Payloads.amount(settlement.writeOff()),
                        "componentOrder", settlement.componentOrder().name(),
                        "outstanding", Payloads.amount(next.outstanding())));
        if (next.status() == InvoiceStatus.PAID && invoice.status() != InvoiceStatus.PAID) {
            context.appendEvent(
                    payment.companyId(),
                    EventTypes.INVOICE_PAID,
                    invoice.id().value(),
                    Map.of(
                            "invoiceId", invoice.id().toString(),
                            "number", invoice.number(),
                            "paymentId", payment.id().toString()));
        }
    }

    private void appendRecorded(Payment payment, AllocationResult result) {
        context.appendEvent(
                payment.companyId(),
                EventTypes.PAYMENT_RECORDED,
                payment.id().value(),
                Map.of(
                        "paymentId", payment.id().toString(),
                        "counterpartyId", payment.counterpartyId().toString(),
                        "direction", payment.direction().name(),
                        "method", payment.method().name(),
                        "valueDate", payment.valueDate().toString(),
                        "currency", payment.currency().getCurrencyCode(),
                        "amount", Payloads.amount(payment.amount()),
                        "charges", Payloads.amount(payment.charges()),
                        "applied", Payloads.amount(result.applied()),
                        "unapplied", Payloads.amount(result.unapplied())));
        if (result.unapplied().isPositive()) {
            context.appendEvent(
                    payment.companyId(),
                    EventTypes.CREDIT_CREATED,
                    payment.id().value(),
                    Map.of(
                            "paymentId", payment.id().toString(),
                            "counterpartyId", payment.counterpartyId().toString(),
                            "currency", payment.currency().getCurrencyCode(),
                            "amount", Payloads.amount(result.unapplied())));
        }
    }

    @Override
    public StoredPayment reverse(
            CompanyId companyId, PaymentId paymentId, LocalDate valueDate, String reason) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(paymentId, "paymentId", "the payment's id");
        InputChecks.present(valueDate, "valueDate", "the value date of the reversal");
        InputChecks.text(reason, "reason", 500);
        StoredPayment reversed =
                context.write(() -> reverseInTransaction(companyId, paymentId, valueDate, reason));
        LOG.debug("Company {} payment {} reversed", companyId, paymentId);
        return reversed;
    }

    private StoredPayment reverseInTransaction(
            CompanyId companyId, PaymentId paymentId, LocalDate valueDate, String reason) {
        LocalDate today = companies.today(companyId);
        StoredPayment stored =
                payments.find(companyId, paymentId)
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "payment",
                                                paymentId.toString(),
                                                "company " + companyId,
                                                "check the payment id and the company id"));
        if (stored.reversedOn().isPresent()) {
            throw new LedgerStateException(
                    "payment "
                            + paymentId
                            + " was already reversed on "
                            + stored.reversedOn().get());
        }
        Payment payment = stored.payment();
        int sign = side(payment.direction()) == Direction.RECEIVABLE ? 1 : -1;
        List<StoredAllocation> made =
                payments.allocationsOf(companyId, paymentId.value()).stream()
                        .filter(allocation -> !allocation.reversing())
                        .toList();
        for (StoredAllocation allocation : made) {
            if (allocation.settlement().writeOff().isPositive()) {
                throw new LedgerStateException(
                        "payment "
                                + paymentId
                                + " closed invoice "
                                + allocation.settlement().invoiceId()
                                + " with a write-off within tolerance, so it cannot be reversed;"
                                + " record a correcting invoice instead");
            }
        }
        for (StoredAllocation allocation : made) {
            ItemSettlement settlement = allocation.settlement();
            StoredInvoice invoice = invoices.require(companyId, settlement.invoiceId());
            MinorAmount discount = units(settlement.discount());
            MinorAmount cleared = units(settlement.principal()).plus(discount);
            if (cleared.isPositive()) {
                Invoice next = invoice.invoice().reverseSettlement(cleared.toMonetaryAmount());
                invoices.update(invoice, next, today);
            }
            payments.insertReversal(companyId, allocation, valueDate);
            UUID invoiceId = settlement.invoiceId().value();
            MinorAmount applied = units(settlement.applied());
            if (applied.isPositive()) {
                entry(
                        payment,
                        LedgerEntryKind.ALLOCATION,
                        applied.negate(),
                        zero(applied),
                        invoiceId,
                        reason,
                        null);
            }
            if (discount.isPositive()) {
                entry(
                        payment,
                        LedgerEntryKind.DISCOUNT,
                        discount.negate(),
                        signed(discount, sign),
                        invoiceId,
                        reason,
                        null);
            }
        }
        MinorAmount excess =
                ledger.excessWrittenOff(companyId, paymentId.value(), payment.currency());
        if (excess.isPositive()) {
            entry(
                    payment,
                    LedgerEntryKind.WRITE_OFF,
                    excess.negate(),
                    signed(excess, -sign),
                    null,
                    reason,
                    null);
        }
        MinorAmount charges = units(payment.charges());
        if (charges.isPositive()) {
            entry(
                    payment,
                    LedgerEntryKind.CHARGES,
                    charges.negate(),
                    zero(charges),
                    null,
                    reason,
                    null);
        }
        MinorAmount amount = units(payment.amount());
        UUID paymentEntry =
                ledger.firstEntryOf(companyId, paymentId.value(), LedgerEntryKind.PAYMENT)
                        .orElse(null);
        entry(
                payment,
                LedgerEntryKind.REVERSAL,
                amount,
                signed(amount, sign),
                null,
                reason,
                paymentEntry);
        StoredPayment marked = payments.markReversed(stored, valueDate);
        context.appendEvent(
                companyId,
                EventTypes.PAYMENT_REVERSED,
                paymentId.value(),
                Map.of(
                        "paymentId", paymentId.toString(),
                        "counterpartyId", payment.counterpartyId().toString(),
                        "valueDate", valueDate.toString(),
                        "currency", payment.currency().getCurrencyCode(),
                        "amount", Payloads.amount(payment.amount()),
                        "allocations", Integer.toString(made.size())));
        return marked;
    }

    @Override
    public Optional<StoredPayment> find(CompanyId companyId, PaymentId paymentId) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(paymentId, "paymentId", "the payment's id");
        return payments.find(companyId, paymentId);
    }

    @Override
    public MonetaryAmount balance(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            CurrencyUnit currency,
            LocalDate asOf,
            Instant knownAt) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
        InputChecks.present(asOf, "asOf", "a date");
        InputChecks.present(knownAt, "knownAt", "an instant");
        return ledger.balance(companyId, counterpartyId, currency, asOf, knownAt);
    }

    // ---- Helpers -----------------------------------------------------------------------------

    /** Rebuilds the allocation of a payment recorded earlier from its stored allocations. */
    private AllocationResult rebuild(StoredPayment stored) {
        Payment payment = stored.payment();
        List<ItemSettlement> settlements = new ArrayList<>();
        MinorAmount applied = MinorAmount.zero(payment.currency());
        for (StoredAllocation allocation :
                payments.allocationsOf(payment.companyId(), payment.id().value())) {
            if (!allocation.reversing()) {
                settlements.add(allocation.settlement());
                applied = applied.plus(units(allocation.settlement().applied()));
            }
        }
        MinorAmount excess =
                ledger.excessWrittenOff(
                        payment.companyId(), payment.id().value(), payment.currency());
        MinorAmount amount = units(payment.amount());
        return new AllocationResult(
                amount.toMonetaryAmount(),
                settlements,
                amount.minus(applied).minus(excess).toMonetaryAmount(),
                excess.toMonetaryAmount());
    }

    private void entry(
            Payment payment,
            LedgerEntryKind kind,
            MinorAmount amount,
            MinorAmount effect,
            UUID invoiceId,
            String note,
            UUID reverses) {
        ledger.append(
                payment.companyId(),
                payment.counterpartyId(),
                kind,
                payment.valueDate(),
                amount,
                effect,
                payment.id().value(),
                Optional.ofNullable(invoiceId),
                note,
                Optional.ofNullable(reverses));
    }

    private void requireCounterparty(CompanyId companyId, CounterpartyId counterpartyId) {
        if (counterparties.find(companyId, counterpartyId).isEmpty()) {
            throw new NotFoundException(
                    "counterparty",
                    counterpartyId.toString(),
                    "company " + companyId,
                    "register the counterparty before its payments");
        }
    }

    private static void requireSameAccount(Invoice invoice, Payment payment, Direction side) {
        if (!invoice.counterpartyId().equals(payment.counterpartyId())
                || invoice.direction() != side
                || !invoice.currency().equals(payment.currency())) {
            throw new InvalidInputException(
                    "designations",
                    invoice.number(),
                    "invoices of the payment's counterparty, direction and currency");
        }
    }

    /** Returns the invoice's installments with an amount outstanding, as open items. */
    static List<OpenItem> items(Invoice invoice, LocalDate valueDate) {
        List<OpenItem> items = new ArrayList<>();
        if (invoice.status().isFinal()) {
            return items;
        }
        List<DueSchedule.Installment> schedule = invoice.dueSchedule().installments();
        MonetaryAmount zero = MinorAmount.zero(invoice.currency()).toMonetaryAmount();
        for (var balance : invoice.installmentBalances(valueDate)) {
            if (balance.outstanding().isPositive()) {
                items.add(
                        new OpenItem(
                                invoice.id(),
                                balance.number(),
                                balance.dueDate(),
                                zero,
                                zero,
                                balance.outstanding(),
                                schedule.get(balance.number() - 1).discounts()));
            }
        }
        return items;
    }

    private static Direction side(PaymentDirection direction) {
        return direction == PaymentDirection.RECEIVED ? Direction.RECEIVABLE : Direction.PAYABLE;
    }

    private static MinorAmount units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
    }

    private static MinorAmount zero(MinorAmount like) {
        return MinorAmount.zero(like.currency());
    }

    private static MinorAmount signed(MinorAmount amount, int sign) {
        return sign < 0 ? amount.negate() : amount;
    }

    /**
     * The counterparty's open invoices of one direction and currency, read page by page in the
     * store's due-date order, as open items. Reading stops where the allocator stops asking.
     *
     * <p>NOTE: the store orders invoices by their earliest open due date, so a later installment of
     * one invoice comes before an earlier installment of the next invoice.
     */
    private final class OpenInvoiceItems implements Iterator<OpenItem> {
        private final Payment payment;
        private final Direction side;
        private final Map<InvoiceId, StoredInvoice> read;
        private final Deque<OpenItem> buffer = new ArrayDeque<>();
        private Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE_SIZE));
        private final Deque<StoredInvoice> pending = new ArrayDeque<>();

        OpenInvoiceItems(Payment payment, Direction side, Map<InvoiceId, StoredInvoice> read) {
            this.payment = payment;
            this.side = side;
            this.read = read;
        }

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty()) {
                if (pending.isEmpty() && !readPage()) {
                    return false;
                }
                StoredInvoice stored = pending.poll();
                if (stored == null) {
                    continue;
                }
                Invoice invoice = stored.invoice();
                if (invoice.direction() != side || !invoice.currency().equals(payment.currency())) {
                    continue;
                }
                StoredInvoice current = read.computeIfAbsent(invoice.id(), id -> stored);
                buffer.addAll(items(current.invoice(), payment.valueDate()));
            }
            return true;
        }

        private boolean readPage() {
            if (request.isEmpty()) {
                return false;
            }
            Page<StoredInvoice> page =
                    invoices.openItemsOf(
                            payment.companyId(), payment.counterpartyId(), request.get());
            pending.addAll(page.items());
            request = request.get().following(page);
            return !page.items().isEmpty() || request.isPresent();
        }

        @Override
        public OpenItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more open items");
            }
            return buffer.poll();
        }
    }
}
