package io.github.tahsilat.service.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;

/**
 * Reports over the host's stores. Implementations are thread-safe.
 *
 * <p>For an aging as of a past date, or as known at an instant, with amounts as they were then,
 * build the counterparties' ledgers and call {@link io.github.tahsilat.report.Aging#of}.
 */
public interface ReportService {

    /**
     * Returns the aging of the company's open items as stored now, aged as of {@code
     * options.asOf()}, read page by page from the store's compact projection. {@code
     * options.knownAt()} is not used, and the instrument and credit columns are zero.
     *
     * <p>NOTE: for a past date the amounts are today's, not that date's. The store's {@code
     * itemsOpenOn} query with the settlements after the date would give the past amounts; that path
     * is not built yet.
     *
     * @throws InvalidInputException if an argument is missing
     * @throws StoreException if the store fails
     */
    AgingReport aging(CompanyId companyId, AgingOptions options);

    /**
     * Returns the receivables aging of the company's open items in the standard buckets, as of
     * today's date in the engine's clock.
     *
     * @throws InvalidInputException if {@code companyId} is missing
     * @throws StoreException if the store fails
     */
    AgingReport aging(CompanyId companyId);
}
