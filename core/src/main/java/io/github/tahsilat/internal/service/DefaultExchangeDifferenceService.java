package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.ExchangeDifference;
import io.github.tahsilat.fx.ExchangeDifferenceKind;
import io.github.tahsilat.fx.ForeignCurrencyBalance;
import io.github.tahsilat.fx.FxRevaluation;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.ForeignItems;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.LedgerRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.ledger.LedgerStateException;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.fx.ExchangeDifferenceService;
import io.github.tahsilat.service.fx.ItemExchangeDifference;
import io.github.tahsilat.service.fx.Revaluation;
import io.github.tahsilat.service.fx.RevaluationReversal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The exchange-difference service over the host's stores. Immutable and thread-safe. */
public final class DefaultExchangeDifferenceService implements ExchangeDifferenceService {

    private static final Logger LOG =
            LoggerFactory.getLogger(DefaultExchangeDifferenceService.class);

    private final StoreContext context;
    private final CompanyRepository companies;
    private final InvoiceRepository invoices;
    private final ForeignItems items;
    private final LedgerRepository ledger;

    /** Creates the service. */
    public DefaultExchangeDifferenceService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.invoices = new InvoiceRepository(context);
        this.items = new ForeignItems(context);
        this.ledger = new LedgerRepository(context);
    }

    @Override
    public Revaluation revalue(CompanyId companyId, LocalDate date, ExchangeRateSource rates) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(date, "date", "the revaluation date");
        InputChecks.present(rates, "rates", "an exchange-rate source");
        Revaluation result = context.write(() -> revalueInTransaction(companyId, date, rates));
        LOG.debug(
                "Company {} revaluation {} on {} changed {} items",
                companyId,
                result.revaluationId(),
                date,
                result.items().size());
        return result;
    }

    private Revaluation revalueInTransaction(
            CompanyId companyId, LocalDate date, ExchangeRateSource rates) {
        CompanySettings settings = companies.require(companyId).settings();
        UUID revaluationId = UUID.randomUUID();
        List<Invoice> foreign = new ArrayList<>();
        for (InvoiceId id : invoices.openItemsNotIn(companyId, settings.functionalCurrency())) {
            foreign.add(invoices.require(companyId, id).invoice());
        }

        List<ItemExchangeDifference> changed = new ArrayList<>();
        for (Invoice invoice : foreign) {
            ForeignCurrencyBalance balance = items.replay(invoice, settings, rates).balance();
            if (!balance.open().isPositive()) {
                continue;
            }
            FxRevaluation revaluation =
                    balance.revalue(
                            rates.rate(invoice.currency(), settings.functionalCurrency(), date)
                                    .orElseThrow(
                                            () ->
                                                    new MissingRateException(
                                                            invoice.currency(),
                                                            settings.functionalCurrency(),
                                                            date)),
                            date);
            if (!revaluation.difference().amount().isZero()) {
                changed.add(
                        items.book(
                                invoice,
                                revaluation.difference(),
                                revaluation.balance(),
                                revaluationId));
            }
        }
        return new Revaluation(revaluationId, date, changed);
    }

    @Override
    public RevaluationReversal reverseRevaluation(
            CompanyId companyId,
            UUID revaluationId,
            LocalDate date,
            String reason,
            ExchangeRateSource rates) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(revaluationId, "revaluationId", "the id that revalue returned");
        InputChecks.present(date, "date", "the value date of the reversal");
        InputChecks.text(reason, "reason", 500);
        InputChecks.present(rates, "rates", "an exchange-rate source");
        RevaluationReversal result =
                context.write(
                        () -> reverseInTransaction(companyId, revaluationId, date, reason, rates));
        LOG.debug(
                "Company {} revaluation {} reversed on {}, {} items, repeated: {}",
                companyId,
                revaluationId,
                date,
                result.items().size(),
                result.repeated());
        return result;
    }

    private RevaluationReversal reverseInTransaction(
            CompanyId companyId,
            UUID revaluationId,
            LocalDate date,
            String reason,
            ExchangeRateSource rates) {
        CompanySettings settings = companies.require(companyId).settings();
        List<LedgerEntryRecord> booked = new ArrayList<>();
        for (LedgerEntryRecord entry : ledger.entriesOf(companyId, revaluationId)) {
            if (entry.kind() != LedgerEntryKind.EXCHANGE_DIFFERENCE) {
                continue;
            }
            if (entry.reverses().isPresent()) {
                return new RevaluationReversal(revaluationId, entry.valueDate(), List.of(), true);
            }
            booked.add(entry);
        }
        if (booked.isEmpty() || booked.get(0).invoiceId().isEmpty()) {
            throw new NotFoundException(
                    "revaluation",
                    revaluationId.toString(),
                    "company " + companyId,
                    "pass the revaluationId that revalue returned");
        }
        LocalDate revaluedOn = booked.get(0).valueDate();
        if (date.isBefore(revaluedOn)) {
            throw new InvalidInputException(
                    "date", date, "a date on or after the revaluation date " + revaluedOn);
        }
        List<Invoice> revalued = new ArrayList<>();
        List<ForeignCurrencyBalance> before = new ArrayList<>();
        for (LedgerEntryRecord entry : booked) {
            Invoice invoice =
                    invoices.require(companyId, new InvoiceId(entry.invoiceId().get())).invoice();
            requireNothingLater(invoice, entry, revaluationId);
            revalued.add(invoice);
            before.add(items.replay(invoice, settings, rates).balance());
        }

        items.reverse(companyId, revaluationId, date, reason);
        List<ItemExchangeDifference> reversed = new ArrayList<>();
        for (int i = 0; i < revalued.size(); i++) {
            reversed.add(
                    reversal(revalued.get(i), before.get(i), revaluedOn, date, settings, rates));
        }
        context.appendEvent(
                companyId,
                EventTypes.REVALUATION_REVERSED,
                revaluationId,
                Map.of(
                        "revaluationId", revaluationId.toString(),
                        "revaluedOn", revaluedOn.toString(),
                        "date", date.toString(),
                        "items", Integer.toString(reversed.size())));
        return new RevaluationReversal(revaluationId, date, reversed, false);
    }

    /**
     * Rejects the reversal when a document settled principal on the item, or revalued it, after
     * {@code revaluation} and was not taken back. That document's difference was measured from the
     * revalued carrying amount, so reversing the revaluation alone would not be exact.
     */
    private void requireNothingLater(
            Invoice invoice, LedgerEntryRecord revaluation, UUID revaluationId) {
        String itemCode = invoice.currency().getCurrencyCode();
        Map<UUID, BigDecimal> settledAfter = new LinkedHashMap<>();
        Set<UUID> revaluedAfter = new LinkedHashSet<>();
        Set<UUID> takenBack = new HashSet<>();
        for (LedgerEntryRecord entry : ledger.entriesOfInvoice(invoice.companyId(), invoice.id())) {
            if (entry.kind() == LedgerEntryKind.EXCHANGE_DIFFERENCE
                    && entry.reverses().isPresent()) {
                takenBack.add(entry.documentId());
            }
            if (entry.sequence() <= revaluation.sequence()
                    || entry.documentId().equals(revaluationId)) {
                continue;
            }
            if (entry.currency().equals(itemCode) && settlesPrincipal(entry)) {
                settledAfter.merge(entry.documentId(), entry.amount(), BigDecimal::add);
            } else if (entry.kind() == LedgerEntryKind.EXCHANGE_DIFFERENCE
                    && entry.reverses().isEmpty()) {
                revaluedAfter.add(entry.documentId());
            }
        }
        settledAfter.values().removeIf(amount -> amount.signum() == 0);
        revaluedAfter.removeAll(takenBack);
        revaluedAfter.removeAll(settledAfter.keySet());
        if (!settledAfter.isEmpty() || !revaluedAfter.isEmpty()) {
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
    }

    private static boolean settlesPrincipal(LedgerEntryRecord entry) {
        boolean principal =
                entry.component().isEmpty() || entry.component().get().equals("PRINCIPAL");
        return principal
                && (entry.kind() == LedgerEntryKind.ALLOCATION
                        || entry.kind() == LedgerEntryKind.DISCOUNT
                        || entry.kind() == LedgerEntryKind.WRITE_OFF);
    }

    /** Returns what the reversal booked on the item and appends its event. */
    private ItemExchangeDifference reversal(
            Invoice invoice,
            ForeignCurrencyBalance before,
            LocalDate revaluedOn,
            LocalDate date,
            CompanySettings settings,
            ExchangeRateSource rates) {
        ForeignCurrencyBalance after = items.replay(invoice, settings, rates).balance();
        MonetaryAmount amount = after.carrying().subtract(before.carrying());
        FxRate rate =
                rates.rate(invoice.currency(), settings.functionalCurrency(), revaluedOn)
                        .orElseThrow(
                                () ->
                                        new MissingRateException(
                                                invoice.currency(),
                                                settings.functionalCurrency(),
                                                revaluedOn));
        ExchangeDifference difference =
                new ExchangeDifference(ExchangeDifferenceKind.UNREALIZED, date, amount, rate);
        context.appendEvent(
                invoice.companyId(),
                EventTypes.EXCHANGE_DIFFERENCE_REVERSED,
                invoice.id().value(),
                Map.ofEntries(
                        Map.entry("invoiceId", invoice.id().toString()),
                        Map.entry("number", invoice.number()),
                        Map.entry("direction", invoice.direction().name()),
                        Map.entry("date", date.toString()),
                        Map.entry("currency", amount.getCurrency().getCurrencyCode()),
                        Map.entry("amount", Payloads.amount(amount)),
                        Map.entry("open", Payloads.amount(after.open())),
                        Map.entry("carrying", Payloads.amount(after.carrying()))));
        return new ItemExchangeDifference(
                invoice.id(),
                invoice.number(),
                invoice.direction(),
                difference,
                after.open(),
                after.carrying());
    }

    @Override
    public ForeignCurrencyBalance carrying(
            CompanyId companyId, InvoiceId invoiceId, ExchangeRateSource rates) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(invoiceId, "invoiceId", "the invoice's id");
        InputChecks.present(rates, "rates", "an exchange-rate source");
        CompanySettings settings = companies.require(companyId).settings();
        Invoice invoice = invoices.require(companyId, invoiceId).invoice();
        return items.replay(invoice, settings, rates).balance();
    }
}
