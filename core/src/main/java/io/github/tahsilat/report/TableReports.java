package io.github.tahsilat.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.report.AgingTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Turns a table of minor units into a report. Moneta 1.4.5 builds every Money from the text of its
 * number, which makes amounts the costly part of a report. So the buckets of every line and total
 * stay in minor units until read ({@link MinorBuckets}), and only the non-zero covered and credit
 * columns are built at once.
 */
final class TableReports {

    private TableReports() {}

    /**
     * Builds the report of {@code table}: a line per counterparty and currency, in the order of
     * {@link AgingTable#rowsInOrder()}, and a total per currency, by currency code.
     *
     * @throws ArithmeticException if a currency's total of a bucket or column overflows a long
     */
    static AgingReport report(CompanyId companyId, AgingOptions options, AgingTable table) {
        int width = table.buckets();
        int[] order = table.rowsInOrder();
        long[] units = new long[order.length * width];
        AgingLine[] lines = new AgingLine[order.length];
        int lineCount = 0;

        // The rows come ordered by currency code, so each currency's total is complete, and
        // in order, once the next currency starts.
        List<AgingAmounts> totals = new ArrayList<>();
        CurrencyUnit[] currencies = new CurrencyUnit[table.currencyCount()];
        int currentCode = -1;
        long[] sums = new long[width + 2];
        int next = 0;
        while (next < order.length) {
            int row = order[next];
            int code = table.currencyIndex(row);
            if (code != currentCode) {
                if (currentCode >= 0) {
                    totals.add(total(currencies[currentCode], sums));
                    sums = new long[width + 2];
                }
                currentCode = code;
                currencies[code] = Monetary.getCurrency(table.currency(row));
            }
            CurrencyUnit currency = currencies[code];
            int offset = lineCount * width;
            long covered = 0;
            long credit = 0;
            // A table may hold one counterparty and currency in several adjacent rows, so a line
            // adds them up.
            do {
                int same = order[next++];
                for (int bucket = 0; bucket < width; bucket++) {
                    units[offset + bucket] =
                            Math.addExact(units[offset + bucket], table.amount(same, bucket));
                }
                covered = Math.addExact(covered, table.covered(same));
                credit = Math.addExact(credit, table.credit(same));
            } while (next < order.length && table.sameKey(row, order[next]));
            for (int bucket = 0; bucket < width; bucket++) {
                sums[bucket] = Math.addExact(sums[bucket], units[offset + bucket]);
            }
            sums[width] = Math.addExact(sums[width], covered);
            sums[width + 1] = Math.addExact(sums[width + 1], credit);
            AgingAmounts amounts =
                    new AgingAmounts(
                            currency,
                            new MinorBuckets(currency, units, offset, width),
                            money(covered, currency),
                            money(credit, currency));
            lines[lineCount++] =
                    new AgingLine(new CounterpartyId(table.counterparty(row)), amounts);
        }
        if (currentCode >= 0) {
            totals.add(total(currencies[currentCode], sums));
        }
        List<AgingLine> lineList =
                List.of(lineCount == lines.length ? lines : Arrays.copyOf(lines, lineCount));
        return new AgingReport(companyId, options, lineList, totals);
    }

    /** Returns the total of one currency from {@code sums}: the buckets, covered, then credit. */
    private static AgingAmounts total(CurrencyUnit currency, long[] sums) {
        int width = sums.length - 2;
        MinorBuckets buckets = new MinorBuckets(currency, Arrays.copyOf(sums, width), 0, width);
        return new AgingAmounts(
                currency, buckets, money(sums[width], currency), money(sums[width + 1], currency));
    }

    private static MonetaryAmount money(long units, CurrencyUnit currency) {
        return new MinorAmount(units, currency).toMonetaryAmount();
    }
}
