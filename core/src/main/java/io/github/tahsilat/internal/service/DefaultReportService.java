package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.LedgerOpenItems;
import io.github.tahsilat.internal.persistence.OpenItemViews;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.internal.persistence.StoredAging;
import io.github.tahsilat.internal.persistence.StoredCollectionForecast;
import io.github.tahsilat.internal.persistence.StoredCollectionMetrics;
import io.github.tahsilat.internal.persistence.StoredPunctuality;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.report.Aging;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.report.CollectionForecast;
import io.github.tahsilat.report.CollectionMetrics;
import io.github.tahsilat.report.CompanyCollectionForecast;
import io.github.tahsilat.report.ForecastError;
import io.github.tahsilat.report.PaymentPunctuality;
import io.github.tahsilat.service.report.ReportService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;

/** The report service over the host's stores. Immutable and thread-safe. */
public final class DefaultReportService implements ReportService {

    private final StoreContext context;
    private final CompanyRepository companies;

    /** Creates the service over the stores of {@code context}. */
    public DefaultReportService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
    }

    @Override
    public AgingReport aging(CompanyId companyId, AgingOptions options) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(options, "options", "the aging's options");
        // The projection carries today's amounts, so it serves an aging of today or later with
        // everything recorded. Any other aging replays the ledger.
        LocalDate today = companies.today(companyId);
        if (!options.asOf().isBefore(today) && options.knownAt().equals(Instant.MAX)) {
            return StoredAging.ofOpenItems(
                    companyId, new OpenItemViews(context, companyId), options);
        }
        return StoredAging.ofLedger(
                companyId,
                new LedgerOpenItems(
                        context, companyId, options.asOf(), options.knownAt(), options.side()),
                options);
    }

    @Override
    public AgingReport aging(
            CompanyId companyId,
            AgingOptions options,
            ExchangeRateSource rates,
            LocalDate rateDate) {
        InputChecks.present(rates, "rates", "an exchange-rate source");
        InputChecks.present(rateDate, "rateDate", "the date of the rates");
        AgingReport report = aging(companyId, options);
        CompanySettings settings = companies.require(companyId).settings();
        return Aging.inFunctionalCurrency(
                report, settings.functionalCurrency(), rates, rateDate, settings.roundingMode());
    }

    @Override
    public CollectionMetrics collectionMetrics(
            CompanyId companyId, CurrencyUnit currency, LocalDate from, LocalDate to) {
        return collectionMetrics(companyId, currency, from, to, Direction.RECEIVABLE);
    }

    @Override
    public CollectionMetrics collectionMetrics(
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate from,
            LocalDate to,
            Direction side) {
        checkPeriod(companyId, currency, from, to, side);
        return StoredCollectionMetrics.of(context, companyId, currency, from, to, side);
    }

    @Override
    public List<PaymentPunctuality> paymentPunctuality(
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate from,
            LocalDate to,
            Direction side) {
        checkPeriod(companyId, currency, from, to, side);
        return StoredPunctuality.of(context, companyId, currency, from, to, side);
    }

    /** Checks the arguments of a report over a period and that the company is stored. */
    private void checkPeriod(
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate from,
            LocalDate to,
            Direction side) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
        InputChecks.present(from, "from", "the first day of the period");
        InputChecks.present(to, "to", "the last day of the period");
        InputChecks.present(side, "side", "RECEIVABLE or PAYABLE");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", to, "a date on or after " + from);
        }
        companies.require(companyId);
    }

    @Override
    public CompanyCollectionForecast collectionForecast(
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate asOf,
            CollectionForecast.Step step,
            int count,
            int lookbackDays) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
        InputChecks.present(asOf, "asOf", "the forecast date");
        InputChecks.present(step, "step", "WEEK or MONTH");
        if (count < 1 || count > 520) {
            throw new InvalidInputException("count", count, "a number of periods from 1 to 520");
        }
        if (lookbackDays < 1) {
            throw new InvalidInputException("lookbackDays", lookbackDays, "at least 1 day");
        }
        companies.require(companyId);
        return StoredCollectionForecast.of(
                context, companyId, currency, asOf, step, count, lookbackDays);
    }

    @Override
    public ForecastError forecastError(CompanyId companyId, CompanyCollectionForecast forecast) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(forecast, "forecast", "a collection forecast");
        companies.require(companyId);
        return forecast.errorAgainst(
                StoredCollectionForecast.applied(context, companyId, forecast));
    }

    @Override
    public AgingReport aging(CompanyId companyId) {
        InputChecks.present(companyId, "companyId", "the company's id");
        return aging(companyId, AgingOptions.asOf(companies.today(companyId)));
    }
}
