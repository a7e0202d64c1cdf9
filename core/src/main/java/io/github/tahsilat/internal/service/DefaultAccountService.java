package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.CounterpartyRepository;
import io.github.tahsilat.internal.persistence.LedgerRepository;
import io.github.tahsilat.internal.persistence.PaymentRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.ledger.LedgerEntryKind;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.account.AccountService;
import io.github.tahsilat.service.account.RefundReceipt;
import io.github.tahsilat.service.account.RefundRequest;
import io.github.tahsilat.service.payment.StoredPayment;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account service over the host's stores. Immutable and thread-safe.
 *
 * <p>NOTE: only the unapplied credit of received payments is refunded; the unapplied part of a
 * credit document or of a cleared instrument stays in the balance but cannot be paid back here.
 */
public final class DefaultAccountService implements AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultAccountService.class);

    private final StoreContext context;
    private final CompanyRepository companies;
    private final CounterpartyRepository counterparties;
    private final PaymentRepository payments;
    private final LedgerRepository ledger;

    /** Creates the service. */
    public DefaultAccountService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.counterparties = new CounterpartyRepository(context);
        this.payments = new PaymentRepository(context);
        this.ledger = new LedgerRepository(context);
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
        List<StoredPayment> credited =
                payments.receivedWithCredit(companyId, request.counterpartyId(), currency);
        MinorAmount available = MinorAmount.zero(currency);
        for (StoredPayment payment : credited) {
            available = available.plus(units(payment.unapplied()));
        }
        if (amount.compareTo(available) > 0) {
            throw new InvalidInputException(
                    "amount",
                    amount,
                    "at most the customer's unapplied payment credit of " + available);
        }

        MinorAmount left = amount;
        for (StoredPayment payment : credited) {
            if (!left.isPositive()) {
                break;
            }
            MinorAmount used = left.min(units(payment.unapplied()));
            payments.useCredit(payment, used);
            left = left.minus(used);
        }
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
                Map.of(
                        "refundId", request.id().toString(),
                        "counterpartyId", request.counterpartyId().toString(),
                        "valueDate", request.valueDate().toString(),
                        "currency", amount.currencyCode(),
                        "amount", amount.toBigDecimal().toPlainString()));
        return new RefundReceipt(
                request.id(),
                amount.toMonetaryAmount(),
                available.minus(amount).toMonetaryAmount(),
                false);
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
        return Optional.of(new RefundReceipt(request.id(), amount.toMonetaryAmount(), left, true));
    }

    @Override
    public MonetaryAmount unappliedCredit(
            CompanyId companyId, CounterpartyId counterpartyId, CurrencyUnit currency) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
        MinorAmount sum = MinorAmount.zero(currency);
        for (StoredPayment payment :
                payments.receivedWithCredit(companyId, counterpartyId, currency)) {
            sum = sum.plus(units(payment.unapplied()));
        }
        return sum.toMonetaryAmount();
    }

    private static MinorAmount units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
    }
}
