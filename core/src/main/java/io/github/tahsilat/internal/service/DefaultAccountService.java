package io.github.tahsilat.internal.service;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.CreditDocumentRepository;
import io.github.tahsilat.internal.persistence.InstrumentRepository;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.LedgerRepository;
import io.github.tahsilat.internal.persistence.PaymentRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.invoice.CreditDocument;
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
import io.github.tahsilat.service.StoredCreditDocument;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.account.AccountService;
import io.github.tahsilat.service.account.CreditSetOffRequest;
import io.github.tahsilat.service.account.RefundReceipt;
import io.github.tahsilat.service.account.RefundRequest;
import io.github.tahsilat.service.account.RefundedCredit;
import io.github.tahsilat.service.account.SetOffReceipt;
import io.github.tahsilat.service.account.SetOffRequest;
import io.github.tahsilat.service.instrument.StoredInstrument;
import io.github.tahsilat.service.payment.StoredPayment;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account service over the host's stores. Immutable and thread-safe.
 *
 * <p>Refunds and set-offs against credit take the customer's unapplied credit oldest first from
 * three kinds of source: received payments, receivable credit documents and cleared cheques or
 * promissory notes.
 */
public final class DefaultAccountService implements AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultAccountService.class);

    private final StoreContext context;
    private final CompanyRepository companies;
    private final CounterpartyRepository counterparties;
    private final PaymentRepository payments;
    private final LedgerRepository ledger;
    private final InvoiceRepository invoices;
    private final PaymentRepository allocations;
    private final DefaultPaymentService paymentService;
    private final CreditDocumentRepository documents;
    private final InstrumentRepository instruments;

    /** Creates the service. */
    public DefaultAccountService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.counterparties = new CounterpartyRepository(context);
        this.payments = new PaymentRepository(context);
        this.ledger = new LedgerRepository(context);
        this.invoices = new InvoiceRepository(context);
        this.allocations = new PaymentRepository(context);
        this.paymentService = new DefaultPaymentService(context);
        this.documents = new CreditDocumentRepository(context);
        this.instruments = new InstrumentRepository(context);
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        InputChecks.present(request, "request", "a refund request");
        RefundReceipt receipt = context.write(() -> refundInTransaction(request));
        LOG.debug(
                "Company {} refund {} to counterparty {}, repeated: {}",
                request.companyId(),
                request.id(),
                request.counterpartyId(),
                receipt.repeated());
        return receipt;
    }

    private RefundReceipt refundInTransaction(RefundRequest request) {
        CompanyId companyId = request.companyId();
        companies.require(companyId);
        if (counterparties.find(companyId, request.counterpartyId()).isEmpty()) {
            throw new NotFoundException(
                    "counterparty",
                    request.counterpartyId().toString(),
                    "company " + companyId,
                    "register the counterparty first");
        }
        CurrencyUnit currency = request.amount().getCurrency();
        MinorAmount amount = units(request.amount());
        Optional<RefundReceipt> earlier = repeated(request, amount);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<CreditSource> sources = creditSources(companyId, request.counterpartyId(), currency);
        MinorAmount available = requireCredit(sources, amount);

        List<RefundedCredit> used = take(sources, amount, CreditSource::use);
        ledger.append(
                companyId,
                request.counterpartyId(),
                LedgerEntryKind.REFUND,
                request.valueDate(),
                amount,
                amount,
                request.id(),
                Optional.empty(),
                request.reason(),
                Optional.empty());
        context.appendEvent(
                companyId,
                EventTypes.CREDIT_REFUNDED,
                request.id(),
                withSourceSums(
                        Map.of(
                                "refundId", request.id().toString(),
                                "counterpartyId", request.counterpartyId().toString(),
                                "valueDate", request.valueDate().toString(),
                                "currency", amount.currencyCode(),
                                "amount", amount.toBigDecimal().toPlainString()),
                        used,
                        currency));
        return new RefundReceipt(
                request.id(),
                amount.toMonetaryAmount(),
                available.minus(amount).toMonetaryAmount(),
                used,
                false);
    }

    /**
     * A payment or credit document with unapplied credit, and how to pay part of it back or set
     * part of it off against an invoice.
     */
    private record CreditSource(
            UUID id,
            CreditSourceKind kind,
            LocalDate date,
            MinorAmount unapplied,
            Consumer<MinorAmount> refund,
            Consumer<MinorAmount> setOff) {

        void use(MinorAmount part) {
            refund.accept(part);
        }

        void setOff(MinorAmount part) {
            setOff.accept(part);
        }
    }

    /**
     * Returns the customer's sources of unapplied credit in {@code currency}, oldest first:
     * received payments by value date and receivable credit documents by issue date, a payment
     * before a document of the same date.
     */
    private List<CreditSource> creditSources(
            CompanyId companyId, CounterpartyId counterpartyId, CurrencyUnit currency) {
        List<CreditSource> sources = new ArrayList<>();
        for (StoredPayment payment :
                payments.receivedWithCredit(companyId, counterpartyId, currency)) {
            sources.add(
                    new CreditSource(
                            payment.payment().id().value(),
                            CreditSourceKind.PAYMENT,
                            payment.payment().valueDate(),
                            units(payment.unapplied()),
                            part -> payments.useCredit(payment, part),
                            part -> payments.useCredit(payment, part)));
        }
        for (StoredCreditDocument stored :
                documents.withRemainingCredit(companyId, counterpartyId)) {
            CreditDocument document = stored.document();
            if (document.direction() != Direction.RECEIVABLE
                    || !document.currency().equals(currency)
                    || !document.unapplied().isPositive()) {
                continue;
            }
            sources.add(
                    new CreditSource(
                            document.id().value(),
                            CreditSourceKind.CREDIT_DOCUMENT,
                            document.issueDate(),
                            units(document.unapplied()),
                            part ->
                                    documents.update(
                                            stored, document.refund(part.toMonetaryAmount())),
                            part ->
                                    documents.update(
                                            stored, document.setOff(part.toMonetaryAmount()))));
        }
        for (StoredInstrument instrument :
                instruments.withCredit(companyId, counterpartyId, currency)) {
            sources.add(
                    new CreditSource(
                            instrument.id().value(),
                            CreditSourceKind.INSTRUMENT,
                            instrument.receivedOn(),
                            units(instrument.unapplied()),
                            part -> useInstrumentCredit(instrument, part),
                            part -> useInstrumentCredit(instrument, part)));
        }
        // The sort is stable, so sources of one kind stay in their store order within a day.
        sources.sort(Comparator.comparing(CreditSource::date).thenComparing(CreditSource::kind));
        return sources;
    }

    private void useInstrumentCredit(StoredInstrument instrument, MinorAmount part) {
        instruments.setUnapplied(instrument, units(instrument.unapplied()).minus(part));
    }

    /**
     * Uses {@code amount} of the sources in their order, each up to its unapplied credit, and
     * returns the part taken from each source that gave any. The caller has checked that the
     * sources hold at least {@code amount}.
     */
    private static List<RefundedCredit> take(
            List<CreditSource> sources,
            MinorAmount amount,
            BiConsumer<CreditSource, MinorAmount> use) {
        List<RefundedCredit> used = new ArrayList<>();
        MinorAmount left = amount;
        for (CreditSource source : sources) {
            if (!left.isPositive()) {
                break;
            }
            MinorAmount part = left.min(source.unapplied());
            if (part.isPositive()) {
                use.accept(source, part);
                used.add(new RefundedCredit(source.id(), source.kind(), part.toMonetaryAmount()));
            }
            left = left.minus(part);
        }
        return used;
    }

    /**
     * Returns the total unapplied credit of {@code sources}, after checking that it covers {@code
     * amount}.
     *
     * @throws InvalidInputException if {@code amount} is greater than the total
     */
    private static MinorAmount requireCredit(List<CreditSource> sources, MinorAmount amount) {
        MinorAmount available = total(sources, amount.currency());
        if (amount.compareTo(available) > 0) {
            throw new InvalidInputException(
                    "amount",
                    amount,
                    "at most the customer's unapplied credit of "
                            + available
                            + " from payments, credit documents and cleared instruments");
        }
        return available;
    }

    private static MinorAmount total(List<CreditSource> sources, CurrencyUnit currency) {
        MinorAmount total = MinorAmount.zero(currency);
        for (CreditSource source : sources) {
            total = total.plus(source.unapplied());
        }
        return total;
    }

    /**
     * Returns {@code payload} with the sums taken from payments, credit documents and instruments
     * added under {@code fromPayments}, {@code fromCreditDocuments} and {@code fromInstruments}.
     */
    private static Map<String, String> withSourceSums(
            Map<String, String> payload, List<RefundedCredit> used, CurrencyUnit currency) {
        Map<String, String> all = new HashMap<>(payload);
        all.put("fromPayments", sum(used, CreditSourceKind.PAYMENT, currency));
        all.put("fromCreditDocuments", sum(used, CreditSourceKind.CREDIT_DOCUMENT, currency));
        all.put("fromInstruments", sum(used, CreditSourceKind.INSTRUMENT, currency));
        return Map.copyOf(all);
    }

    /** Returns the sum taken from sources of {@code kind}, as plain decimal text. */
    private static String sum(
            List<RefundedCredit> used, CreditSourceKind kind, CurrencyUnit currency) {
        MinorAmount total = MinorAmount.zero(currency);
        for (RefundedCredit part : used) {
            if (part.kind() == kind) {
                total = total.plus(units(part.amount()));
            }
        }
        return total.toBigDecimal().toPlainString();
    }

    /** Returns the first result when a refund with the request's id is already in the ledger. */
    private Optional<RefundReceipt> repeated(RefundRequest request, MinorAmount amount) {
        Optional<UUID> entry =
                ledger.firstEntryOf(request.companyId(), request.id(), LedgerEntryKind.REFUND);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        MinorAmount stored =
                ledger.amountOf(request.companyId(), request.id(), LedgerEntryKind.REFUND);
        if (!stored.equals(amount)) {
            throw new AlreadyExistsException("refund", "id", request.id().toString(), null);
        }
        MonetaryAmount left =
                unappliedCredit(request.companyId(), request.counterpartyId(), amount.currency());
        return Optional.of(
                new RefundReceipt(request.id(), amount.toMonetaryAmount(), left, List.of(), true));
    }

    @Override
    public SetOffReceipt setOff(SetOffRequest request) {
        InputChecks.present(request, "request", "a set-off request");
        SetOffReceipt receipt = context.write(() -> setOffInTransaction(request));
        LOG.debug(
                "Company {} set-off {} for counterparty {}, repeated: {}",
                request.companyId(),
                request.id(),
                request.counterpartyId(),
                receipt.repeated());
        return receipt;
    }

    private SetOffReceipt setOffInTransaction(SetOffRequest request) {
        CompanyId companyId = request.companyId();
        Operation operation = Operation.of(request);
        Optional<SetOffReceipt> earlier = repeatedSetOff(operation);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Invoice receivable = requireSide(operation, request.receivable(), Direction.RECEIVABLE);
        Invoice payable = requireSide(operation, request.payable(), Direction.PAYABLE);
        AllocationResult onReceivable =
                allocateOn(operation, receivable, PaymentDirection.RECEIVED);
        AllocationResult onPayable = allocateOn(operation, payable, PaymentDirection.PAID);

        LocalDate today = companies.today(companyId);
        settle(operation, receivable, onReceivable, today);
        settle(operation, payable, onPayable, today);
        MinorAmount amount = units(request.amount());
        for (Direction side : List.of(Direction.RECEIVABLE, Direction.PAYABLE)) {
            ledger.append(
                    companyId,
                    request.counterpartyId(),
                    LedgerEntryKind.SET_OFF,
                    request.valueDate(),
                    amount,
                    LedgerRepository.raising(side, amount).negate(),
                    request.id(),
                    Optional.empty(),
                    request.reason(),
                    Optional.empty());
        }
        context.appendEvent(
                companyId,
                EventTypes.SET_OFF_RECORDED,
                request.id(),
                Map.of(
                        "setOffId", request.id().toString(),
                        "counterpartyId", request.counterpartyId().toString(),
                        "receivableId", receivable.id().toString(),
                        "payableId", payable.id().toString(),
                        "valueDate", request.valueDate().toString(),
                        "currency", amount.currencyCode(),
                        "amount", amount.toBigDecimal().toPlainString()));
        return new SetOffReceipt(
                request.id(),
                onReceivable.settlements(),
                onPayable.settlements(),
                List.of(),
                false);
    }

    /** The parts of a set-off that its allocation and ledger entries need. */
    private record Operation(
            UUID id,
            CompanyId companyId,
            CounterpartyId counterpartyId,
            LocalDate valueDate,
            MonetaryAmount amount,
            String reason) {

        static Operation of(SetOffRequest request) {
            return new Operation(
                    request.id(),
                    request.companyId(),
                    request.counterpartyId(),
                    request.valueDate(),
                    request.amount(),
                    request.reason());
        }

        static Operation of(CreditSetOffRequest request) {
            return new Operation(
                    request.id(),
                    request.companyId(),
                    request.counterpartyId(),
                    request.valueDate(),
                    request.amount(),
                    request.reason());
        }
    }

    @Override
    public SetOffReceipt setOff(CreditSetOffRequest request) {
        InputChecks.present(request, "request", "a set-off request");
        SetOffReceipt receipt = context.write(() -> setOffCreditInTransaction(request));
        LOG.debug(
                "Company {} set-off {} against the credit of counterparty {}, repeated: {}",
                request.companyId(),
                request.id(),
                request.counterpartyId(),
                receipt.repeated());
        return receipt;
    }

    private SetOffReceipt setOffCreditInTransaction(CreditSetOffRequest request) {
        CompanyId companyId = request.companyId();
        Operation operation = Operation.of(request);
        Optional<SetOffReceipt> earlier = repeatedSetOff(operation);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Invoice receivable = requireSide(operation, request.receivable(), Direction.RECEIVABLE);
        CurrencyUnit currency = request.amount().getCurrency();
        MinorAmount amount = units(request.amount());
        List<CreditSource> sources = creditSources(companyId, request.counterpartyId(), currency);
        requireCredit(sources, amount);
        AllocationResult result = allocateOn(operation, receivable, PaymentDirection.RECEIVED);

        settle(operation, receivable, result, companies.today(companyId));
        List<RefundedCredit> used = take(sources, amount, CreditSource::setOff);
        ledger.append(
                companyId,
                request.counterpartyId(),
                LedgerEntryKind.SET_OFF,
                request.valueDate(),
                amount,
                MinorAmount.zero(currency),
                request.id(),
                Optional.empty(),
                request.reason(),
                Optional.empty());
        context.appendEvent(
                companyId,
                EventTypes.SET_OFF_RECORDED,
                request.id(),
                withSourceSums(
                        Map.of(
                                "setOffId", request.id().toString(),
                                "counterpartyId", request.counterpartyId().toString(),
                                "receivableId", receivable.id().toString(),
                                "valueDate", request.valueDate().toString(),
                                "currency", amount.currencyCode(),
                                "amount", amount.toBigDecimal().toPlainString()),
                        used,
                        currency));
        return new SetOffReceipt(request.id(), result.settlements(), List.of(), used, false);
    }

    /**
     * Returns the receipt of a repeated set-off when the ledger already has an entry under the
     * operation's id, after checking that the company exists.
     */
    private Optional<SetOffReceipt> repeatedSetOff(Operation operation) {
        companies.require(operation.companyId());
        if (ledger.firstEntryOf(operation.companyId(), operation.id(), LedgerEntryKind.SET_OFF)
                .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new SetOffReceipt(operation.id(), List.of(), List.of(), List.of(), true));
    }

    /**
     * Returns the invoice of the set-off on {@code side}.
     *
     * @throws InvalidInputException if the invoice belongs to another counterparty, is on the other
     *     side or is in another currency than the set-off
     */
    private Invoice requireSide(Operation request, InvoiceId invoiceId, Direction side) {
        Invoice invoice = invoices.require(request.companyId(), invoiceId).invoice();
        if (!invoice.counterpartyId().equals(request.counterpartyId())
                || invoice.direction() != side
                || !invoice.currency().equals(request.amount().getCurrency())) {
            throw new InvalidInputException(
                    side == Direction.RECEIVABLE ? "receivable" : "payable",
                    invoice.number(),
                    "a "
                            + side.name().toLowerCase(Locale.ROOT)
                            + " of counterparty "
                            + request.counterpartyId()
                            + " in "
                            + request.amount().getCurrency().getCurrencyCode());
        }
        return invoice;
    }

    /** Allocates the set-off amount to the invoice alone and rejects any amount left over. */
    private AllocationResult allocateOn(
            Operation request, Invoice invoice, PaymentDirection direction) {
        Payment probe =
                Payment.builder()
                        .id(new PaymentId(request.id()))
                        .companyId(request.companyId())
                        .counterpartyId(request.counterpartyId())
                        .direction(direction)
                        .valueDate(request.valueDate())
                        .amount(request.amount())
                        .method(PaymentMethod.OTHER)
                        .actor(context.actor().id())
                        .build();
        AllocationResult result =
                paymentService.allocate(
                        probe,
                        List.of(Designation.of(invoice.id())),
                        AllocationPolicy.defaults(),
                        new HashMap<>(),
                        paymentService.itemSource(probe, invoice.direction()));
        if (result.unapplied().isPositive()) {
            throw new InvalidInputException(
                    "amount",
                    units(request.amount()),
                    "at most the "
                            + units(result.applied())
                            + " open on invoice "
                            + invoice.number());
        }
        return result;
    }

    private void settle(
            Operation request, Invoice invoice, AllocationResult result, LocalDate today) {
        UUID invoiceId = invoice.id().value();
        for (ItemSettlement settlement : result.settlements()) {
            StoredInvoice stored = invoices.require(request.companyId(), invoice.id());
            MinorAmount discount = units(settlement.discount());
            MinorAmount cleared = units(settlement.principal()).plus(discount);
            Invoice next = stored.invoice();
            if (cleared.isPositive()) {
                next = next.applySettlement(cleared.toMonetaryAmount());
            }
            invoices.update(stored, next, today);
            allocations.insertAllocation(
                    request.companyId(),
                    request.counterpartyId(),
                    request.id(),
                    settlement,
                    request.valueDate());
            appendComponent(request, invoiceId, ItemComponent.FEE, settlement.fee());
            appendComponent(request, invoiceId, ItemComponent.INTEREST, settlement.interest());
            appendComponent(request, invoiceId, ItemComponent.PRINCIPAL, settlement.principal());
            if (discount.isPositive()) {
                ledger.append(
                        request.companyId(),
                        request.counterpartyId(),
                        LedgerEntryKind.DISCOUNT,
                        request.valueDate(),
                        discount,
                        LedgerRepository.raising(invoice.direction(), discount).negate(),
                        request.id(),
                        Optional.of(invoiceId),
                        "early-payment discount",
                        Optional.empty());
            }
            if (next.status() == InvoiceStatus.PAID
                    && stored.invoice().status() != InvoiceStatus.PAID) {
                context.appendEvent(
                        request.companyId(),
                        EventTypes.INVOICE_PAID,
                        invoiceId,
                        Map.of(
                                "invoiceId", invoice.id().toString(),
                                "number", invoice.number(),
                                "setOffId", request.id().toString()));
            }
        }
    }

    private void appendComponent(
            Operation request, UUID invoiceId, ItemComponent component, MonetaryAmount amount) {
        MinorAmount units = units(amount);
        if (units.isPositive()) {
            ledger.append(
                    request.companyId(),
                    request.counterpartyId(),
                    LedgerEntryKind.ALLOCATION,
                    request.valueDate(),
                    units,
                    MinorAmount.zero(units.currency()),
                    request.id(),
                    Optional.of(invoiceId),
                    Optional.of(component),
                    request.reason(),
                    Optional.empty());
        }
    }

    @Override
    public MonetaryAmount unappliedCredit(
            CompanyId companyId, CounterpartyId counterpartyId, CurrencyUnit currency) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
        return total(creditSources(companyId, counterpartyId, currency), currency)
                .toMonetaryAmount();
    }

    private static MinorAmount units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
    }
}
