package io.github.tahsilat.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.List;
import java.util.Optional;

/**
 * An aging of one company's receivables or payables: a line per counterparty and currency, a total
 * per currency and, when requested, the totals in the company's functional currency. Plain data
 * with exact amounts, which the host formats.
 *
 * <p>Invariant: in every line and total the buckets add up to the total outstanding, and each
 * currency's total is the sum of its lines. Immutable and thread-safe.
 *
 * <p>In a report from {@link Aging#ofCompact} or {@link Aging#of}, each line is built on its first
 * read of {@link #lines()} and then kept, so a second read returns the same line with the same
 * amounts.
 *
 * @param companyId the company
 * @param options what the aging was asked for
 * @param lines a line per counterparty and currency, by currency code, then counterparty id
 * @param totals a total per currency, by currency code
 * @param functionalTotals the totals converted into the functional currency, or empty when no rates
 *     were given
 */
public record AgingReport(
        CompanyId companyId,
        AgingOptions options,
        List<AgingLine> lines,
        List<AgingAmounts> totals,
        Optional<FunctionalTotals> functionalTotals) {

    /**
     * Checks that every component is present and copies the lists, except lines that {@link Aging}
     * built, which are immutable already.
     *
     * @throws InvalidInputException if a component is missing
     */
    public AgingReport {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(options, "options", "the aging's options");
        InputChecks.present(lines, "lines", "the aging lines");
        // A report's own lines are immutable and built when read, and copying them would build
        // every line.
        lines = lines instanceof TableLines ? lines : List.copyOf(lines);
        totals = List.copyOf(InputChecks.present(totals, "totals", "the totals per currency"));
        InputChecks.present(functionalTotals, "functionalTotals", "the converted totals, or empty");
    }

    /**
     * Creates a report without totals in the functional currency.
     *
     * @throws InvalidInputException if a component is missing
     */
    public AgingReport(
            CompanyId companyId,
            AgingOptions options,
            List<AgingLine> lines,
            List<AgingAmounts> totals) {
        this(companyId, options, lines, totals, Optional.empty());
    }

    /**
     * Returns this report with {@code converted} as its totals in the functional currency.
     *
     * @throws InvalidInputException if {@code converted} is missing
     */
    public AgingReport withFunctionalTotals(FunctionalTotals converted) {
        InputChecks.present(converted, "converted", "the totals in the functional currency");
        return new AgingReport(companyId, options, lines, totals, Optional.of(converted));
    }
}
