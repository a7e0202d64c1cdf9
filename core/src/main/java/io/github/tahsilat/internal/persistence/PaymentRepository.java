package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.allocation.ComponentOrder;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.payment.PaymentMethod;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.payment.StoredPayment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Reads and writes payments, their allocations and their ledger entries through the host's payment,
 * allocation and ledger stores. Thread-safe.
 */
public final class PaymentRepository {

    private final StoreContext context;

    /** Creates the repository. */
    public PaymentRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * Returns the stored payment when {@code payment}'s idempotency key was used before with the
     * same request.
     *
     * @throws IdempotencyKeyReusedException if the key was used with other content
     */
    public Optional<StoredPayment> repeatedRequest(Payment payment) {
        if (payment.idempotencyKey().isEmpty()) {
            return Optional.empty();
        }
        String key = payment.idempotencyKey().get();
        Optional<PaymentRecord> earlier =
                context.stores().payments().findByIdempotencyKey(payment.companyId().value(), key);
        PaymentRecord request = toRecord(payment, units(payment.amount()));
        if (earlier.isPresent() && !earlier.get().sameContentAs(request)) {
            throw new IdempotencyKeyReusedException(key, earlier.get().id().toString(), null);
        }
        return earlier.map(PaymentRepository::toStored);
    }

    /**
     * Inserts a payment at version 1 with {@code unapplied} left over.
     *
     * @throws IdempotencyKeyReusedException if the key was used with other content
     * @throws AlreadyExistsException if the payment id is taken
     */
    public StoredPayment insert(Payment payment, MinorAmount unapplied) {
        PaymentRecord record = toRecord(payment, unapplied);
        try {
            return toStored(
                    context.stores().payments().insert(payment.companyId().value(), record));
        } catch (IdempotencyConflictException e) {
            throw new IdempotencyKeyReusedException(e.idempotencyKey(), e.storedId().toString(), e);
        } catch (DuplicateKeyException e) {
            throw new AlreadyExistsException("payment", e.keyName(), e.keyValue(), e);
        }
    }

    /**
     * Marks a payment reversed on {@code date}, with nothing left unapplied, at the version it was
     * read at.
     */
    public StoredPayment markReversed(StoredPayment payment, LocalDate date) {
        PaymentRecord stored =
                findRecord(payment.payment().companyId(), payment.payment().id()).orElseThrow();
        PaymentRecord reversed =
                new PaymentRecord(
                        stored.companyId(),
                        stored.id(),
                        payment.version(),
                        stored.counterpartyId(),
                        stored.direction(),
                        stored.valueDate(),
                        stored.currency(),
                        stored.amount(),
                        stored.charges(),
                        stored.method(),
                        stored.remittance(),
                        stored.idempotencyKey(),
                        BigDecimal.ZERO.setScale(stored.unapplied().scale()),
                        Optional.of(date),
                        context.stamp());
        return toStored(context.stores().payments().update(stored.companyId(), reversed));
    }

    /**
     * Returns the counterparty's received payments in {@code currency} that are not reversed and
     * have unapplied credit, oldest value date first.
     */
    public List<StoredPayment> receivedWithCredit(
            CompanyId companyId, CounterpartyId counterpartyId, CurrencyUnit currency) {
        return context
                .stores()
                .payments()
                .withUnappliedCredit(companyId.value(), counterpartyId.value())
                .stream()
                .filter(p -> p.currency().equals(currency.getCurrencyCode()))
                .filter(
                        p ->
                                p.direction()
                                        == io.github.tahsilat.persistence.spi.record
                                                .PaymentDirection.RECEIVED)
                .sorted(
                        java.util.Comparator.comparing(PaymentRecord::valueDate)
                                .thenComparing(p -> p.id().toString()))
                .map(PaymentRepository::toStored)
                .toList();
    }

    /** Lowers a payment's unapplied credit by {@code used}, at the version it was read at. */
    public StoredPayment useCredit(StoredPayment payment, MinorAmount used) {
        PaymentRecord stored =
                findRecord(payment.payment().companyId(), payment.payment().id()).orElseThrow();
        CurrencyUnit currency = Monetary.getCurrency(stored.currency());
        MinorAmount left =
                MinorAmount.of(stored.unapplied(), currency, RoundingMode.UNNECESSARY).minus(used);
        PaymentRecord next =
                new PaymentRecord(
                        stored.companyId(),
                        stored.id(),
                        payment.version(),
                        stored.counterpartyId(),
                        stored.direction(),
                        stored.valueDate(),
                        stored.currency(),
                        stored.amount(),
                        stored.charges(),
                        stored.method(),
                        stored.remittance(),
                        stored.idempotencyKey(),
                        left.toBigDecimal(),
                        stored.reversedOn(),
                        context.stamp());
        return toStored(context.stores().payments().update(stored.companyId(), next));
    }

    private Optional<PaymentRecord> findRecord(CompanyId companyId, PaymentId paymentId) {
        return context.stores().payments().find(companyId.value(), paymentId.value());
    }

    /** Returns the payment as stored, or empty. */
    public Optional<StoredPayment> find(CompanyId companyId, PaymentId paymentId) {
        return findRecord(companyId, paymentId).map(PaymentRepository::toStored);
    }

    /** Inserts the allocation of one settlement made from {@code sourceId}. */
    public void insertAllocation(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            UUID sourceId,
            ItemSettlement settlement,
            LocalDate valueDate) {
        AllocationRecord record =
                new AllocationRecord(
                        companyId.value(),
                        UUID.randomUUID(),
                        sourceId,
                        counterpartyId.value(),
                        settlement.invoiceId().value(),
                        settlement.installment(),
                        valueDate,
                        settlement.principal().getCurrency().getCurrencyCode(),
                        decimal(settlement.fee()),
                        decimal(settlement.interest()),
                        decimal(settlement.principal()),
                        decimal(settlement.discount()),
                        decimal(settlement.writeOff()),
                        settlement.componentOrder().name(),
                        Optional.empty(),
                        context.stamp());
        context.stores().allocations().insert(companyId.value(), record);
    }

    /** Inserts the allocation that takes {@code original} back. */
    public void insertReversal(
            CompanyId companyId, StoredAllocation original, LocalDate valueDate) {
        AllocationRecord stored =
                context.stores().allocations().find(companyId.value(), original.id()).orElseThrow();
        AllocationRecord record =
                new AllocationRecord(
                        stored.companyId(),
                        UUID.randomUUID(),
                        stored.sourceId(),
                        stored.counterpartyId(),
                        stored.invoiceId(),
                        stored.installment(),
                        valueDate,
                        stored.currency(),
                        stored.fee().negate(),
                        stored.interest().negate(),
                        stored.principal().negate(),
                        stored.discount().negate(),
                        stored.writeOff().negate(),
                        stored.componentOrder(),
                        Optional.of(stored.id()),
                        context.stamp());
        context.stores().allocations().insert(stored.companyId(), record);
    }

    /** Returns the allocations made from the payment, in insertion order. */
    public List<StoredAllocation> allocationsOf(CompanyId companyId, UUID sourceId) {
        return context.stores().allocations().findBySource(companyId.value(), sourceId).stream()
                .map(PaymentRepository::toStored)
                .toList();
    }

    private static StoredAllocation toStored(AllocationRecord record) {
        CurrencyUnit currency = Monetary.getCurrency(record.currency());
        ItemSettlement settlement =
                new ItemSettlement(
                        new InvoiceId(record.invoiceId()),
                        record.installment(),
                        money(record.fee(), currency),
                        money(record.interest(), currency),
                        money(record.principal(), currency),
                        money(record.discount(), currency),
                        money(record.writeOff(), currency),
                        ComponentOrder.valueOf(record.componentOrder()));
        return new StoredAllocation(record.id(), settlement, record.reverses().isPresent());
    }

    private PaymentRecord toRecord(Payment payment, MinorAmount unapplied) {
        return new PaymentRecord(
                payment.companyId().value(),
                payment.id().value(),
                0,
                payment.counterpartyId().value(),
                io.github.tahsilat.persistence.spi.record.PaymentDirection.valueOf(
                        payment.direction().name()),
                payment.valueDate(),
                payment.currency().getCurrencyCode(),
                decimal(payment.amount()),
                decimal(payment.charges()),
                io.github.tahsilat.persistence.spi.record.PaymentMethod.valueOf(
                        payment.method().name()),
                payment.remittance(),
                payment.idempotencyKey(),
                unapplied.toBigDecimal(),
                Optional.empty(),
                context.stamp());
    }

    /** Returns the domain payment of a stored record; the actor is the one that wrote it. */
    public static Payment toPayment(PaymentRecord record) {
        CurrencyUnit currency = Monetary.getCurrency(record.currency());
        return new Payment(
                new PaymentId(record.id()),
                new CompanyId(record.companyId()),
                new CounterpartyId(record.counterpartyId()),
                PaymentDirection.valueOf(record.direction().name()),
                record.valueDate(),
                money(record.amount(), currency),
                money(record.charges(), currency),
                PaymentMethod.valueOf(record.method().name()),
                record.remittance(),
                record.lastWrite().actor().id(),
                record.idempotencyKey());
    }

    private static StoredPayment toStored(PaymentRecord record) {
        return new StoredPayment(
                toPayment(record),
                record.version(),
                money(record.unapplied(), Monetary.getCurrency(record.currency())),
                record.reversedOn());
    }

    private static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        return MinorAmount.of(value, currency, RoundingMode.UNNECESSARY).toMonetaryAmount();
    }

    private static MinorAmount units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return units(amount).toBigDecimal();
    }
}
