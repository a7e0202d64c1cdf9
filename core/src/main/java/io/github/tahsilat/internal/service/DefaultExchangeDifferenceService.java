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
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.fx.ExchangeDifferenceService;
import io.github.tahsilat.service.fx.ItemExchangeDifference;
import io.github.tahsilat.service.fx.Revaluation;
import io.github.tahsilat.service.fx.RevaluationReversal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Creates the service. */
    public DefaultExchangeDifferenceService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.invoices = new InvoiceRepository(context);
        this.items = new ForeignItems(context);
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
        ForeignItems.BookedRevaluation booked =
                items.findRevaluation(companyId, revaluationId)
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "revaluation",
                                                revaluationId.toString(),
                                                "company " + companyId,
                                                "pass the revaluationId that revalue returned"));
        if (booked.reversedOn().isPresent()) {
            return new RevaluationReversal(
                    revaluationId, booked.reversedOn().get(), List.of(), true);
        }
        LocalDate revaluedOn = booked.revaluedOn();
        if (date.isBefore(revaluedOn)) {
            throw new InvalidInputException(
                    "date", date, "a date on or after the revaluation date " + revaluedOn);
        }
        List<Invoice> revalued = new ArrayList<>();
        List<ForeignCurrencyBalance> before = new ArrayList<>();
        for (InvoiceId invoiceId : booked.items()) {
            Invoice invoice = invoices.require(companyId, invoiceId).invoice();
            items.requireNothingAfter(invoice, revaluationId);
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
