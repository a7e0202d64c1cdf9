package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.ExchangeDifference;
import io.github.tahsilat.fx.ForeignCurrencyBalance;
import io.github.tahsilat.fx.FxSettlement;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.ledger.LedgerEntryKind;
import io.github.tahsilat.ledger.LedgerStateException;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.fx.ItemExchangeDifference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * The carrying amount of foreign-currency items, replayed from each item's own ledger entries, and
 * the booking of exchange differences on them.
 *
 * <p>An item is recognized at the rate of its issue date. Its principal settlements (allocations,
 * discounts and write-offs of the principal, net per document, so a reversed payment drops out)
 * release carrying amount in the order they were booked. A revaluation is an {@code
 * EXCHANGE_DIFFERENCE} entry in the functional currency whose document settled nothing on the item;
 * it measures the open part at the rate of its date. Such entries carry the difference's size and a
 * balance effect of zero, because the counterparty's balance is kept in the item's currency.
 *
 * <p>NOTE: the replay requests again from {@code rates} the rates of the issue date and of every
 * earlier revaluation, so it returns the amounts booked only while the host's source returns the
 * same rates for past dates. Discounts and write-offs release carrying amount like a payment at the
 * day's rate.
 *
 * <p>Thread-safe.
 */
public final class ForeignItems {

    private final StoreContext context;
    private final LedgerRepository ledger;

    /** Creates the repository. */
    public ForeignItems(StoreContext context) {
        this.context = context;
        this.ledger = new LedgerRepository(context);
    }

    /**
     * An item's carrying state and the settlement each document made on it.
     *
     * @param balance the open amount and its carrying amount after every step
     * @param settlements the settlement of each document that settled principal, by document id
     */
    public record Replay(ForeignCurrencyBalance balance, Map<UUID, FxSettlement> settlements) {}

    /** One step of an item's history: a settlement by a document, or a revaluation. */
    private record Step(UUID documentId, LocalDate date, boolean revaluation) {}

    /**
     * Replays the invoice's carrying amount from its ledger entries.
     *
     * @throws InvalidInputException if the invoice is in the functional currency
     * @throws MissingRateException if {@code rates} has no rate for a date the history needs
     */
    public Replay replay(Invoice invoice, CompanySettings settings, ExchangeRateSource rates) {
        CurrencyUnit functional = settings.functionalCurrency();
        if (invoice.currency().equals(functional)) {
            throw new InvalidInputException(
                    "invoiceId",
                    invoice.number(),
                    "an invoice in a currency other than the functional currency "
                            + functional.getCurrencyCode());
        }
        List<LedgerEntryRecord> entries =
                ledger.entriesOfInvoice(invoice.companyId(), invoice.id());
        Map<UUID, BigDecimal> settled = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        Set<UUID> reversed = new HashSet<>();
        String itemCode = invoice.currency().getCurrencyCode();
        for (LedgerEntryRecord entry : entries) {
            if (entry.currency().equals(itemCode) && settlesPrincipal(entry)) {
                if (!settled.containsKey(entry.documentId())) {
                    steps.add(new Step(entry.documentId(), entry.valueDate(), false));
                }
                settled.merge(entry.documentId(), entry.amount(), BigDecimal::add);
            } else if (entry.currency().equals(functional.getCurrencyCode())
                    && entry.kind()
                            == io.github.tahsilat.persistence.spi.record.LedgerEntryKind
                                    .EXCHANGE_DIFFERENCE) {
                if (entry.reverses().isPresent()) {
                    reversed.add(entry.documentId());
                } else {
                    steps.add(new Step(entry.documentId(), entry.valueDate(), true));
                }
            }
        }

        RoundingMode mode = settings.roundingMode();
        ForeignCurrencyBalance balance =
                ForeignCurrencyBalance.recognize(
                        invoice.receivable(),
                        rate(rates, invoice, functional, invoice.issueDate()),
                        mode);
        Map<UUID, FxSettlement> settlements = new HashMap<>();
        for (Step step : steps) {
            if (step.revaluation()) {
                // The realized difference of a settling document is recomputed, not replayed.
                if (settled.containsKey(step.documentId())
                        || reversed.contains(step.documentId())
                        || !balance.open().isPositive()) {
                    continue;
                }
                balance =
                        balance.revalue(rate(rates, invoice, functional, step.date()), step.date())
                                .balance();
                continue;
            }
            MinorAmount paid =
                    MinorAmount.of(
                            settled.get(step.documentId()),
                            invoice.currency(),
                            RoundingMode.UNNECESSARY);
            if (!paid.isPositive()) {
                continue;
            }
            FxSettlement settlement =
                    balance.settle(
                            paid.toMonetaryAmount(),
                            rate(rates, invoice, functional, step.date()),
                            step.date());
            settlements.put(step.documentId(), settlement);
            balance = settlement.balance();
        }
        return new Replay(balance, settlements);
    }

    private static boolean settlesPrincipal(LedgerEntryRecord entry) {
        boolean principal =
                entry.component().isEmpty() || entry.component().get().equals("PRINCIPAL");
        return principal
                && switch (entry.kind()) {
                    case ALLOCATION, DISCOUNT, WRITE_OFF -> true;
                    default -> false;
                };
    }

    private static String plain(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).toBigDecimal().toPlainString();
    }

    private static FxRate rate(
            ExchangeRateSource rates, Invoice invoice, CurrencyUnit functional, LocalDate date) {
        return rates.rate(invoice.currency(), functional, date)
                .orElseThrow(() -> new MissingRateException(invoice.currency(), functional, date));
    }

    /**
     * Appends an {@code EXCHANGE_DIFFERENCE} entry and {@code ExchangeDifferenceBooked} for a
     * difference other than zero, and returns the item's difference either way.
     *
     * @param documentId the payment or the revaluation that measured the difference
     */
    public ItemExchangeDifference book(
            Invoice invoice,
            ExchangeDifference difference,
            ForeignCurrencyBalance after,
            UUID documentId) {
        MinorAmount amount = MinorAmount.of(difference.amount(), RoundingMode.UNNECESSARY);
        if (!amount.isZero()) {
            String kind = difference.kind().name().toLowerCase(Locale.ROOT);
            ledger.append(
                    invoice.companyId(),
                    invoice.counterpartyId(),
                    LedgerEntryKind.EXCHANGE_DIFFERENCE,
                    difference.date(),
                    amount.isNegative() ? amount.negate() : amount,
                    MinorAmount.zero(amount.currency()),
                    documentId,
                    Optional.of(invoice.id().value()),
                    Optional.empty(),
                    kind
                            + " difference of "
                            + amount
                            + " at "
                            + difference.rate().factor().toPlainString()
                            + " "
                            + difference.rate().term().getCurrencyCode()
                            + " per "
                            + difference.rate().base().getCurrencyCode(),
                    Optional.empty());
            context.appendEvent(
                    invoice.companyId(),
                    EventTypes.EXCHANGE_DIFFERENCE_BOOKED,
                    documentId,
                    Map.ofEntries(
                            Map.entry("invoiceId", invoice.id().toString()),
                            Map.entry("number", invoice.number()),
                            Map.entry("direction", invoice.direction().name()),
                            Map.entry("documentId", documentId.toString()),
                            Map.entry("kind", difference.kind().name()),
                            Map.entry("date", difference.date().toString()),
                            Map.entry("currency", amount.currencyCode()),
                            Map.entry("amount", plain(difference.amount())),
                            Map.entry("rate", difference.rate().factor().toPlainString()),
                            Map.entry("open", plain(after.open())),
                            Map.entry("carrying", plain(after.carrying()))));
        }
        return new ItemExchangeDifference(
                invoice.id(),
                invoice.number(),
                invoice.direction(),
                difference,
                after.open(),
                after.carrying());
    }

    /**
     * The items a revaluation changed, as its ledger entries record them.
     *
     * @param revaluedOn the revaluation date
     * @param reversedOn the value date of its reversal, or empty while it is not reversed
     * @param items the invoices it booked a difference on, in booking order
     */
    public record BookedRevaluation(
            LocalDate revaluedOn, Optional<LocalDate> reversedOn, List<InvoiceId> items) {}

    /**
     * Returns the revaluation's booked differences, or empty when the company has no {@code
     * EXCHANGE_DIFFERENCE} entry of that document. A revaluation that changed no item wrote none.
     */
    public Optional<BookedRevaluation> findRevaluation(CompanyId companyId, UUID revaluationId) {
        LocalDate revaluedOn = null;
        Optional<LocalDate> reversedOn = Optional.empty();
        List<InvoiceId> items = new ArrayList<>();
        for (LedgerEntryRecord entry : ledger.entriesOf(companyId, revaluationId)) {
            if (!isExchangeDifference(entry) || entry.invoiceId().isEmpty()) {
                continue;
            }
            if (entry.reverses().isPresent()) {
                reversedOn = reversedOn.or(() -> Optional.of(entry.valueDate()));
            } else {
                revaluedOn = revaluedOn == null ? entry.valueDate() : revaluedOn;
                items.add(new InvoiceId(entry.invoiceId().get()));
            }
        }
        return revaluedOn == null
                ? Optional.empty()
                : Optional.of(new BookedRevaluation(revaluedOn, reversedOn, items));
    }

    /**
     * Rejects reversing the revaluation on the invoice when a document settled principal on it, or
     * revalued it, after the revaluation and was not taken back. That document's difference was
     * measured from the revalued carrying amount, so reversing the revaluation alone would not be
     * exact.
     *
     * @throws LedgerStateException if such a document exists
     */
    public void requireNothingAfter(Invoice invoice, UUID revaluationId) {
        List<LedgerEntryRecord> entries =
                ledger.entriesOfInvoice(invoice.companyId(), invoice.id());
        long revaluedAt = Long.MAX_VALUE;
        Set<UUID> takenBack = new HashSet<>();
        for (LedgerEntryRecord entry : entries) {
            if (!isExchangeDifference(entry)) {
                continue;
            }
            if (entry.reverses().isPresent()) {
                takenBack.add(entry.documentId());
            } else if (entry.documentId().equals(revaluationId)) {
                revaluedAt = Math.min(revaluedAt, entry.sequence());
            }
        }

        String itemCode = invoice.currency().getCurrencyCode();
        Map<UUID, BigDecimal> settledAfter = new LinkedHashMap<>();
        Set<UUID> revaluedAfter = new LinkedHashSet<>();
        for (LedgerEntryRecord entry : entries) {
            if (entry.sequence() <= revaluedAt || entry.documentId().equals(revaluationId)) {
                continue;
            }
            if (entry.currency().equals(itemCode) && settlesPrincipal(entry)) {
                settledAfter.merge(entry.documentId(), entry.amount(), BigDecimal::add);
            } else if (isExchangeDifference(entry) && entry.reverses().isEmpty()) {
                revaluedAfter.add(entry.documentId());
            }
        }

        settledAfter.values().removeIf(amount -> amount.signum() == 0);
        revaluedAfter.removeAll(takenBack);
        revaluedAfter.removeAll(settledAfter.keySet());
        if (settledAfter.isEmpty() && revaluedAfter.isEmpty()) {
            return;
        }
        UUID later =
                settledAfter.isEmpty()
                        ? revaluedAfter.iterator().next()
                        : settledAfter.keySet().iterator().next();
        throw new LedgerStateException(
                "revaluation "
                        + revaluationId
                        + " cannot be reversed because document "
                        + later
                        + " settled or revalued invoice "
                        + invoice.number()
                        + " after it; reverse that payment or revaluation first");
    }

    private static boolean isExchangeDifference(LedgerEntryRecord entry) {
        return entry.kind()
                == io.github.tahsilat.persistence.spi.record.LedgerEntryKind.EXCHANGE_DIFFERENCE;
    }

    /**
     * Appends an entry that takes back each exchange difference booked for the document, such as
     * when its payment is reversed, with the reason as its note.
     */
    public void reverse(CompanyId companyId, UUID documentId, LocalDate valueDate, String reason) {
        for (LedgerEntryRecord entry : ledger.entriesOf(companyId, documentId)) {
            if (entry.kind()
                            != io.github.tahsilat.persistence.spi.record.LedgerEntryKind
                                    .EXCHANGE_DIFFERENCE
                    || entry.reverses().isPresent()) {
                continue;
            }
            CurrencyUnit currency = Monetary.getCurrency(entry.currency());
            MinorAmount amount = MinorAmount.of(entry.amount(), currency, RoundingMode.UNNECESSARY);
            ledger.append(
                    companyId,
                    new CounterpartyId(entry.counterpartyId()),
                    LedgerEntryKind.EXCHANGE_DIFFERENCE,
                    valueDate,
                    amount.negate(),
                    MinorAmount.zero(currency),
                    documentId,
                    entry.invoiceId(),
                    Optional.empty(),
                    reason,
                    Optional.of(entry.id()));
        }
    }
}
