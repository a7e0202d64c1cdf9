package io.github.tahsilat.internal.service;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.allocation.Allocator;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.allocation.OpenItem;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.ExchangeDifferenceInvoice;
import io.github.tahsilat.fx.FxSettlement;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.ChargeBalance;
import io.github.tahsilat.internal.persistence.ChargeRepository;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.Coverage;
import io.github.tahsilat.internal.persistence.ForeignItems;
import io.github.tahsilat.internal.persistence.InstrumentRepository;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.LedgerAppender;
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
import io.github.tahsilat.ledger.LedgerStateException;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.fx.ItemExchangeDifference;
import io.github.tahsilat.service.payment.ExchangeDifferenceVat;
import io.github.tahsilat.service.payment.ForeignPaymentReceipt;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.service.payment.PaymentService;
import io.github.tahsilat.service.payment.StoredPayment;
import io.github.tahsilat.terms.DueSchedule;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
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

    private static final Comparator<OpenItem> DUE_ORDER =
            Comparator.comparing(OpenItem::dueDate)
                    .thenComparing(item -> item.invoiceId().value())
                    .thenComparingInt(OpenItem::installment);

    private final StoreContext context;
    private final CompanyRepository companies;
    private final CounterpartyRepository counterparties;
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final LedgerRepository ledger;
    private final ChargeRepository charges;
    private final InstrumentRepository instruments;
    private final ForeignItems foreignItems;

    /** Creates the service. */
    public DefaultPaymentService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.counterparties = new CounterpartyRepository(context);
        this.invoices = new InvoiceRepository(context);
        this.payments = new PaymentRepository(context);
        this.ledger = new LedgerRepository(context);
        this.charges = new ChargeRepository(context);
        this.instruments = new InstrumentRepository(context);
        this.foreignItems = new ForeignItems(context);
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

    @Override
    public ForeignPaymentReceipt record(
            Payment payment,
            List<Designation> designations,
            AllocationPolicy policy,
            ExchangeRateSource rates,
            ExchangeDifferenceVat vat) {
        InputChecks.present(payment, "payment", "a payment");
        List<Designation> named = InputChecks.distinctList(designations, "designations");
        InputChecks.present(policy, "policy", "an allocation policy");
        InputChecks.present(rates, "rates", "an exchange-rate source");
        InputChecks.present(vat, "vat", "the VAT rate and basis of exchange-difference invoices");
        ForeignPaymentReceipt receipt =
                context.write(
                        () -> {
                            PaymentReceipt recorded = recordInTransaction(payment, named, policy);
                            return realize(recorded, rates, vat);
                        });
        LOG.debug(
                "Company {} payment {} recorded with {} exchange differences",
                payment.companyId(),
                payment.id(),
                receipt.differences().size());
        return receipt;
    }

    /**
     * Records a payment as {@link #record(Payment, List, AllocationPolicy)} does and, when the
     * engine was built with exchange rates, books the realized exchange differences on the
     * foreign-currency items it settled as {@link #record(Payment, List, AllocationPolicy,
     * ExchangeRateSource, ExchangeDifferenceVat)} does. Bank statement lines are booked through it.
     *
     * @throws io.github.tahsilat.fx.MissingRateException if the engine's source has no rate for a
     *     date an item's history needs; nothing is written then
     */
    public PaymentReceipt recordAtConfiguredRates(
            Payment payment, List<Designation> designations, AllocationPolicy policy) {
        InputChecks.present(payment, "payment", "a payment");
        List<Designation> named = InputChecks.distinctList(designations, "designations");
        InputChecks.present(policy, "policy", "an allocation policy");
        PaymentReceipt receipt =
                context.write(
                        () -> {
                            PaymentReceipt recorded = recordInTransaction(payment, named, policy);
                            context.rates()
                                    .ifPresent(
                                            configured ->
                                                    realize(
                                                            recorded,
                                                            configured.rates(),
                                                            configured.vat()));
                            return recorded;
                        });
        LOG.debug(
                "Company {} payment {} recorded at the engine's rates, repeated: {}",
                payment.companyId(),
                payment.id(),
                receipt.repeated());
        return receipt;
    }

    /** Books the realized exchange differences of a new payment on the items it settled. */
    private ForeignPaymentReceipt realize(
            PaymentReceipt receipt, ExchangeRateSource rates, ExchangeDifferenceVat vat) {
        if (receipt.repeated()) {
            return new ForeignPaymentReceipt(receipt, List.of(), List.of());
        }
        Payment payment = receipt.payment();
        Set<InvoiceId> settled = new LinkedHashSet<>();
        for (ItemSettlement settlement : receipt.allocation().settlements()) {
            settled.add(settlement.invoiceId());
        }
        Realized realized =
                realize(
                        new SettlingDocument(
                                payment.companyId(),
                                payment.counterpartyId(),
                                payment.currency(),
                                payment.id().value(),
                                "paymentId"),
                        settled,
                        rates,
                        vat);
        return new ForeignPaymentReceipt(receipt, realized.differences(), realized.proposals());
    }

    /**
     * A payment or instrument that settled items, as the exchange-difference booking names it.
     *
     * @param idKey the event payload key of the document's id, {@code paymentId} or {@code
     *     instrumentId}
     */
    record SettlingDocument(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            CurrencyUnit currency,
            UUID id,
            String idKey) {}

    /** The realized differences a document booked and the invoices proposed for them. */
    record Realized(
            List<ItemExchangeDifference> differences, List<ExchangeDifferenceInvoice> proposals) {}

    /**
     * Books, at the engine's exchange rates, the realized exchange differences of a document that
     * settled principal on {@code settled} in the active transaction. Nothing is booked when the
     * engine has no rates or the document is in the functional currency.
     *
     * @throws io.github.tahsilat.fx.MissingRateException if the engine's source has no rate for a
     *     date an item's history needs
     */
    Realized realizeAtConfiguredRates(SettlingDocument document, Set<InvoiceId> settled) {
        Optional<io.github.tahsilat.internal.persistence.ConfiguredRates> configured =
                context.rates();
        if (configured.isEmpty()) {
            return new Realized(List.of(), List.of());
        }
        return realize(document, settled, configured.get().rates(), configured.get().vat());
    }

    private Realized realize(
            SettlingDocument document,
            Set<InvoiceId> settled,
            ExchangeRateSource rates,
            ExchangeDifferenceVat vat) {
        CompanySettings settings = companies.require(document.companyId()).settings();
        if (document.currency().equals(settings.functionalCurrency())) {
            return new Realized(List.of(), List.of());
        }
        List<ItemExchangeDifference> differences = new ArrayList<>();
        List<ExchangeDifferenceInvoice> proposals = new ArrayList<>();
        for (InvoiceId invoiceId : settled) {
            Invoice invoice = invoices.require(document.companyId(), invoiceId).invoice();
            FxSettlement settlement =
                    foreignItems.replay(invoice, settings, rates).settlements().get(document.id());
            if (settlement == null) {
                // The document settled only fees or interest on this item.
                continue;
            }
            differences.add(
                    foreignItems.book(
                            invoice, settlement.difference(), settlement.balance(), document.id()));
            if (invoice.direction() == Direction.RECEIVABLE
                    && !settlement.difference().amount().isZero()) {
                proposals.add(propose(invoice, settlement, vat, settings, document));
            }
        }
        return new Realized(differences, proposals);
    }

    private ExchangeDifferenceInvoice propose(
            Invoice invoice,
            FxSettlement settlement,
            ExchangeDifferenceVat vat,
            CompanySettings settings,
            SettlingDocument document) {
        ExchangeDifferenceInvoice proposal =
                ExchangeDifferenceInvoice.forDifference(
                        settlement.difference(),
                        invoice.id(),
                        invoice.number(),
                        vat.vatRate(),
                        vat.basis(),
                        settings.roundingMode());
        context.appendEvent(
                document.companyId(),
                EventTypes.EXCHANGE_DIFFERENCE_INVOICE_PROPOSED,
                document.id(),
                Map.ofEntries(
                        Map.entry(document.idKey(), document.id().toString()),
                        Map.entry("counterpartyId", document.counterpartyId().toString()),
                        Map.entry("direction", proposal.direction().name()),
                        Map.entry("referenceInvoiceId", invoice.id().toString()),
                        Map.entry("referenceNumber", proposal.referenceNumber()),
                        Map.entry("date", proposal.date().toString()),
                        Map.entry("currency", proposal.net().getCurrency().getCurrencyCode()),
                        Map.entry("net", Payloads.amount(proposal.net())),
                        Map.entry("vatRate", proposal.vatRate().toPlainString()),
                        Map.entry("vat", Payloads.amount(proposal.vat())),
                        Map.entry("gross", Payloads.amount(proposal.gross()))));
        return proposal;
    }

    private PaymentReceipt recordInTransaction(
            Payment payment, List<Designation> named, AllocationPolicy policy) {
        CompanyId companyId = payment.companyId();
        Company company = companies.require(companyId);
        requireCounterparty(companyId, payment.counterpartyId());
        Optional<StoredPayment> earlier = payments.repeatedRequest(payment);
        if (earlier.isPresent()) {
            return new PaymentReceipt(earlier.get().payment(), rebuild(earlier.get()), true);
        }
        LocalDate today = company.today(context.clock());
        Direction side = side(payment.direction());
        Map<InvoiceId, StoredInvoice> read = new HashMap<>();
        ItemSource source = itemSource(payment, side);
        AllocationResult result = allocate(payment, named, policy, read, source);

        payments.insert(payment, units(result.unapplied()));
        // Nothing reads the ledger before the payment's entries are appended below, so they are
        // appended with one store call.
        LedgerRepository.Batch entries = ledger.batch(companyId);
        MinorAmount amount = units(payment.amount());
        int sign = side == Direction.RECEIVABLE ? 1 : -1;
        entry(
                entries,
                payment,
                LedgerEntryKind.PAYMENT,
                amount,
                signed(amount, -sign),
                null,
                "",
                null);
        MinorAmount charges = units(payment.charges());
        if (charges.isPositive()) {
            entry(
                    entries,
                    payment,
                    LedgerEntryKind.CHARGES,
                    charges,
                    zero(amount),
                    null,
                    "deducted",
                    null);
        }
        for (ItemSettlement settlement : result.settlements()) {
            ChargeBalance carried = source.carriedBy(settlement);
            settle(
                    payment,
                    read.get(settlement.invoiceId()),
                    settlement,
                    carried,
                    today,
                    sign,
                    read,
                    entries);
        }
        MinorAmount excess = units(result.excessWrittenOff());
        if (excess.isPositive()) {
            entry(
                    entries,
                    payment,
                    LedgerEntryKind.WRITE_OFF,
                    excess,
                    signed(excess, sign),
                    null,
                    "excess within tolerance",
                    null);
        }
        entries.appendAll();
        appendRecorded(payment, result);
        return new PaymentReceipt(payment, result, false);
    }

    /**
     * Allocates {@code payment} over the counterparty's open items without writing anything. Items
     * that uncleared instruments cover provisionally are left out.
     *
     * @param read receives every invoice read, by id
     */
    AllocationResult allocate(
            Payment payment,
            List<Designation> named,
            AllocationPolicy policy,
            Map<InvoiceId, StoredInvoice> read,
            ItemSource source) {
        Direction side = side(payment.direction());
        List<OpenItem> designated = new ArrayList<>();
        for (Designation designation : named) {
            StoredInvoice stored = invoices.require(payment.companyId(), designation.invoiceId());
            requireSameAccount(stored.invoice(), payment, side);
            read.put(stored.invoice().id(), stored);
            designated.addAll(source.itemsOf(stored.invoice()));
        }
        OpenInvoiceItems oldestFirst =
                new OpenInvoiceItems(
                        payment, side, read, source, chargeOnlyItems(payment, source, read));
        return Allocator.of(policy)
                .allocate(payment.amount(), payment.valueDate(), named, designated, oldestFirst);
    }

    /** Returns the item source of one allocation of {@code payment}. */
    ItemSource itemSource(Payment payment, Direction side) {
        if (side != Direction.RECEIVABLE) {
            return new ItemSource(payment.valueDate(), Map.of(), Map.of());
        }
        return new ItemSource(
                payment.valueDate(),
                charges.openCharges(
                        payment.companyId(), payment.counterpartyId(), payment.currency()),
                instruments.coverage(
                        payment.companyId(), payment.counterpartyId(), payment.currency()));
    }

    private void settle(
            Payment payment,
            StoredInvoice stored,
            ItemSettlement settlement,
            ChargeBalance carried,
            LocalDate today,
            int sign,
            Map<InvoiceId, StoredInvoice> read,
            LedgerRepository.Batch entries) {
        Invoice invoice = stored.invoice();
        MinorAmount principal = units(settlement.principal());
        MinorAmount discount = units(settlement.discount());
        Map<ItemComponent, MinorAmount> writeOffs = writeOffs(settlement, carried);
        MinorAmount writeOff = writeOffs.get(ItemComponent.PRINCIPAL);
        Invoice next = invoice;
        MinorAmount cleared = principal.plus(discount);
        if (cleared.isPositive()) {
            next = next.applySettlement(cleared.toMonetaryAmount());
        }
        if (writeOff.isPositive() && next.outstanding().isEqualTo(writeOff.toMonetaryAmount())) {
            next = next.writeOff();
        } else if (writeOff.isPositive()) {
            // Later installments are still open, and Invoice.writeOff() would close them too.
            next = next.applySettlement(writeOff.toMonetaryAmount());
        }
        // The update also runs when only charges were settled: its version check keeps two
        // payments from settling the same charge at once.
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
        for (Map.Entry<ItemComponent, MinorAmount> part : components(settlement).entrySet()) {
            if (part.getValue().isPositive()) {
                componentEntry(
                        entries,
                        payment,
                        LedgerEntryKind.ALLOCATION,
                        part.getValue(),
                        zero(applied),
                        invoiceId,
                        part.getKey(),
                        "");
            }
        }
        if (discount.isPositive()) {
            entry(
                    entries,
                    payment,
                    LedgerEntryKind.DISCOUNT,
                    discount,
                    signed(discount, -sign),
                    invoiceId,
                    "early-payment discount",
                    null);
        }
        for (Map.Entry<ItemComponent, MinorAmount> part : writeOffs.entrySet()) {
            MinorAmount amount = part.getValue();
            if (amount.isPositive()) {
                componentEntry(
                        entries,
                        payment,
                        LedgerEntryKind.WRITE_OFF,
                        amount,
                        signed(amount, -sign),
                        invoiceId,
                        part.getKey(),
                        "shortfall within tolerance");
            }
        }
        context.appendEvent(
                payment.companyId(),
                EventTypes.PAYMENT_ALLOCATED,
                payment.id().value(),
                Map.ofEntries(
                        Map.entry("paymentId", payment.id().toString()),
                        Map.entry("invoiceId", invoice.id().toString()),
                        Map.entry("installment", Integer.toString(settlement.installment())),
                        Map.entry("currency", applied.currencyCode()),
                        Map.entry("applied", Payloads.amount(settlement.applied())),
                        Map.entry("fee", Payloads.amount(settlement.fee())),
                        Map.entry("interest", Payloads.amount(settlement.interest())),
                        Map.entry("principal", Payloads.amount(settlement.principal())),
                        Map.entry("discount", Payloads.amount(settlement.discount())),
                        Map.entry("writeOff", Payloads.amount(settlement.writeOff())),
                        Map.entry("componentOrder", settlement.componentOrder().name()),
                        Map.entry("outstanding", Payloads.amount(next.outstanding()))));
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
                            "source", CreditSourceKind.PAYMENT.name(),
                            "sourceId", payment.id().toString(),
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
            for (Map.Entry<ItemComponent, MinorAmount> part : components(settlement).entrySet()) {
                MinorAmount amount = part.getValue();
                if (amount.isPositive()) {
                    componentEntry(
                            ledger,
                            payment,
                            LedgerEntryKind.ALLOCATION,
                            amount.negate(),
                            zero(amount),
                            invoiceId,
                            part.getKey(),
                            reason);
                }
            }
            if (discount.isPositive()) {
                entry(
                        ledger,
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
                    ledger,
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
                    ledger,
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
                ledger,
                payment,
                LedgerEntryKind.REVERSAL,
                amount,
                signed(amount, sign),
                null,
                reason,
                paymentEntry);
        foreignItems.reverse(companyId, paymentId.value(), valueDate, reason);
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

    /** Appends a ledger entry of the payment, on the invoice's principal when there is one. */
    private static void entry(
            LedgerAppender target,
            Payment payment,
            LedgerEntryKind kind,
            MinorAmount amount,
            MinorAmount effect,
            UUID invoiceId,
            String note,
            UUID reverses) {
        Optional<UUID> invoice = Optional.ofNullable(invoiceId);
        target.append(
                payment.companyId(),
                payment.counterpartyId(),
                kind,
                payment.valueDate(),
                amount,
                effect,
                payment.id().value(),
                invoice,
                invoice.map(id -> ItemComponent.PRINCIPAL),
                note,
                Optional.ofNullable(reverses));
    }

    /** Appends a ledger entry of the payment on one component of the invoice. */
    private static void componentEntry(
            LedgerAppender target,
            Payment payment,
            LedgerEntryKind kind,
            MinorAmount amount,
            MinorAmount effect,
            UUID invoiceId,
            ItemComponent component,
            String note) {
        target.append(
                payment.companyId(),
                payment.counterpartyId(),
                kind,
                payment.valueDate(),
                amount,
                effect,
                payment.id().value(),
                Optional.of(invoiceId),
                Optional.of(component),
                note,
                Optional.empty());
    }

    /** Returns the money a settlement applied to each component, in settlement order. */
    private static Map<ItemComponent, MinorAmount> components(ItemSettlement settlement) {
        Map<ItemComponent, MinorAmount> parts = new EnumMap<>(ItemComponent.class);
        parts.put(ItemComponent.FEE, units(settlement.fee()));
        parts.put(ItemComponent.INTEREST, units(settlement.interest()));
        parts.put(ItemComponent.PRINCIPAL, units(settlement.principal()));
        return parts;
    }

    /**
     * Splits a settlement's write-off over the components: the allocator writes off whatever the
     * item had left open, so the charges it carried less the money applied to them come first and
     * the rest is principal.
     */
    private static Map<ItemComponent, MinorAmount> writeOffs(
            ItemSettlement settlement, ChargeBalance carried) {
        MinorAmount total = units(settlement.writeOff());
        Map<ItemComponent, MinorAmount> parts = new EnumMap<>(ItemComponent.class);
        if (!total.isPositive()) {
            for (ItemComponent component : ItemComponent.values()) {
                parts.put(component, zero(total));
            }
            return parts;
        }
        MinorAmount fee = carried.fee().minus(units(settlement.fee()));
        MinorAmount interest = carried.interest().minus(units(settlement.interest()));
        parts.put(ItemComponent.FEE, fee);
        parts.put(ItemComponent.INTEREST, interest);
        parts.put(ItemComponent.PRINCIPAL, total.minus(fee).minus(interest));
        return parts;
    }

    /**
     * Returns an item for each invoice whose charges are open but which has no installment open,
     * such as an invoice whose principal was paid first, oldest due first. The store's open
     * invoices do not include these.
     */
    private List<OpenItem> chargeOnlyItems(
            Payment payment, ItemSource source, Map<InvoiceId, StoredInvoice> read) {
        List<OpenItem> items = new ArrayList<>();
        for (InvoiceId invoiceId : source.charged()) {
            StoredInvoice stored =
                    read.computeIfAbsent(
                            invoiceId, id -> invoices.require(payment.companyId(), id));
            List<OpenItem> open = source.itemsOf(stored.invoice());
            if (open.size() == 1 && open.get(0).principal().isZero()) {
                items.add(open.get(0));
            }
        }
        items.sort(DUE_ORDER);
        return items;
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

    /**
     * Builds open items from invoices read during one allocation. An invoice's open charges go with
     * its first open installment, or with its last installment when none is open, and the item that
     * carries them is remembered so that a write-off can be split over the components. What
     * uncleared instruments cover provisionally is taken off each item first.
     */
    static final class ItemSource {
        private final LocalDate valueDate;
        private final Map<InvoiceId, ChargeBalance> charges;
        private final Map<InvoiceId, Map<Integer, Coverage>> coverage;
        private final Map<InvoiceId, OpenItem> carriers = new HashMap<>();

        ItemSource(
                LocalDate valueDate,
                Map<InvoiceId, ChargeBalance> charges,
                Map<InvoiceId, Map<Integer, Coverage>> coverage) {
            this.valueDate = valueDate;
            this.charges = charges;
            this.coverage = coverage;
        }

        /** Returns the invoices with open charges. */
        List<InvoiceId> charged() {
            return List.copyOf(charges.keySet());
        }

        /** Returns the invoice's installments with an amount outstanding, as open items. */
        List<OpenItem> itemsOf(Invoice invoice) {
            MinorAmount none = MinorAmount.zero(invoice.currency());
            MonetaryAmount zero = none.toMonetaryAmount();
            Map<Integer, Coverage> covered = coverage.getOrDefault(invoice.id(), Map.of());
            ChargeBalance open = uncovered(charges.get(invoice.id()), covered, none);
            MonetaryAmount fee = open == null ? zero : open.fee().toMonetaryAmount();
            MonetaryAmount interest = open == null ? zero : open.interest().toMonetaryAmount();
            List<DueSchedule.Installment> schedule = invoice.dueSchedule().installments();
            List<OpenItem> items = new ArrayList<>();
            if (!invoice.status().isFinal()) {
                for (var balance : invoice.installmentBalances(valueDate)) {
                    Coverage part = covered.get(balance.number());
                    MinorAmount principal = units(balance.outstanding());
                    if (part != null) {
                        principal = principal.minus(part.principal());
                    }
                    if (principal.isPositive()) {
                        boolean first = items.isEmpty();
                        items.add(
                                new OpenItem(
                                        invoice.id(),
                                        balance.number(),
                                        balance.dueDate(),
                                        first ? fee : zero,
                                        first ? interest : zero,
                                        principal.toMonetaryAmount(),
                                        part == null
                                                ? schedule.get(balance.number() - 1).discounts()
                                                : List.of()));
                    }
                }
            }
            if (items.isEmpty() && open != null && open.total().isPositive()) {
                DueSchedule.Installment last = schedule.get(schedule.size() - 1);
                items.add(
                        new OpenItem(
                                invoice.id(),
                                last.number(),
                                last.dueDate(),
                                fee,
                                interest,
                                zero,
                                List.of()));
            }
            if (open != null && !items.isEmpty()) {
                carriers.putIfAbsent(invoice.id(), items.get(0));
            }
            return items;
        }

        /** Returns the open charges less what instruments cover, or {@code null} for none. */
        private static ChargeBalance uncovered(
                ChargeBalance open, Map<Integer, Coverage> covered, MinorAmount none) {
            if (open == null) {
                return null;
            }
            MinorAmount fee = open.fee();
            MinorAmount interest = open.interest();
            for (Coverage part : covered.values()) {
                fee = fee.minus(part.fee());
                interest = interest.minus(part.interest());
            }
            return new ChargeBalance(fee.max(none), interest.max(none));
        }

        /** Returns the charges that the settled item carried, zero when it carried none. */
        ChargeBalance carriedBy(ItemSettlement settlement) {
            OpenItem carrier = carriers.get(settlement.invoiceId());
            CurrencyUnit currency = settlement.principal().getCurrency();
            if (carrier == null || carrier.installment() != settlement.installment()) {
                return ChargeBalance.zero(currency);
            }
            return new ChargeBalance(units(carrier.fee()), units(carrier.interest()));
        }
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
     * store's due-date order, as open items, merged by due date with the items that carry only
     * charges. Reading stops where the allocator stops asking.
     *
     * <p>NOTE: the store orders invoices by their earliest open due date, so a later installment of
     * one invoice comes before an earlier installment of the next invoice.
     */
    private final class OpenInvoiceItems implements Iterator<OpenItem> {
        private final Payment payment;
        private final Direction side;
        private final Map<InvoiceId, StoredInvoice> read;
        private final ItemSource source;
        private final Deque<OpenItem> chargeOnly;
        private final Deque<OpenItem> buffer = new ArrayDeque<>();
        private Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE_SIZE));
        private final Deque<StoredInvoice> pending = new ArrayDeque<>();

        OpenInvoiceItems(
                Payment payment,
                Direction side,
                Map<InvoiceId, StoredInvoice> read,
                ItemSource source,
                List<OpenItem> chargeOnly) {
            this.payment = payment;
            this.side = side;
            this.read = read;
            this.source = source;
            this.chargeOnly = new ArrayDeque<>(chargeOnly);
        }

        @Override
        public boolean hasNext() {
            return fillBuffer() || !chargeOnly.isEmpty();
        }

        private boolean fillBuffer() {
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
                buffer.addAll(source.itemsOf(current.invoice()));
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
            boolean buffered = fillBuffer();
            if (!buffered && chargeOnly.isEmpty()) {
                throw new NoSuchElementException("no more open items");
            }
            if (!buffered) {
                return chargeOnly.poll();
            }
            if (!chargeOnly.isEmpty() && DUE_ORDER.compare(chargeOnly.peek(), buffer.peek()) <= 0) {
                return chargeOnly.poll();
            }
            return buffer.poll();
        }
    }
}
