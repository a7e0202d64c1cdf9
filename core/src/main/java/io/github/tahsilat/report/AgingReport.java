package io.github.tahsilat.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.List;

/**
 * An aging of one company's receivables or payables: a line per counterparty and currency, and a
 * total per currency. Plain data with exact amounts; the host formats it.
 *
 * <p>Invariant: in every line and total the buckets add up to the total outstanding, and each
 * currency's total is the sum of its lines. Immutable and thread-safe.
 *
 * @param companyId the company
 * @param options what the aging was asked for
 * @param lines a line per counterparty and currency, by currency code, then counterparty id
 * @param totals a total per currency, by currency code
 */
public record AgingReport(
        CompanyId companyId,
        AgingOptions options,
        List<AgingLine> lines,
        List<AgingAmounts> totals) {

    /**
     * Checks that every component is present and copies the lists.
     *
     * @throws InvalidInputException if a component is missing
     */
    public AgingReport {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(options, "options", "the aging's options");
        lines = List.copyOf(InputChecks.present(lines, "lines", "the aging lines"));
        totals = List.copyOf(InputChecks.present(totals, "totals", "the totals per currency"));
    }
}
