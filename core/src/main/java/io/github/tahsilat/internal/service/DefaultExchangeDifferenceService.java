package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.fx.ForeignCurrencyBalance;
import io.github.tahsilat.fx.FxRevaluation;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.ForeignItems;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.service.fx.ExchangeDifferenceService;
import io.github.tahsilat.service.fx.ItemExchangeDifference;
import io.github.tahsilat.service.fx.Revaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
