package io.github.tahsilat.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.report.AgingTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Turns a table of minor units into a report. Moneta 1.4.5 builds every Money from the text of its
 * number, which makes amounts the costly part of a report. So the lines stay in arrays of ids and
 * units until read ({@link TableLines}), the buckets of every line and total stay in minor units
 * until read ({@link MinorBuckets}), and only the non-zero covered and credit columns of the totals
 * are built at once.
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
        UUID[] ids = new UUID[order.length];
        int[] currencyIndex = new int[order.length];
        // Most tables have no covered amounts and no credit, and then their lines skip those
        // columns rather than read two more arrays at random.
        boolean readCovered = table.hasCovered();
        boolean readCredit = table.hasCredit();
        long[] covered = readCovered ? new long[order.length] : null;
        long[] credit = readCredit ? new long[order.length] : null;
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
            int line = lineCount++;
            int offset = line * width;
            long lineCovered = 0;
            long lineCredit = 0;
            // A table may hold one counterparty and currency in several adjacent rows, so a line
            // adds them up.
            do {
                int same = order[next++];
                for (int bucket = 0; bucket < width; bucket++) {
                    units[offset + bucket] =
                            Math.addExact(units[offset + bucket], table.amount(same, bucket));
                }
                if (readCovered) {
                    lineCovered = Math.addExact(lineCovered, table.covered(same));
                }
                if (readCredit) {
                    lineCredit = Math.addExact(lineCredit, table.credit(same));
                }
            } while (next < order.length && table.sameKey(row, order[next]));
            for (int bucket = 0; bucket < width; bucket++) {
                sums[bucket] = Math.addExact(sums[bucket], units[offset + bucket]);
            }
            sums[width] = Math.addExact(sums[width], lineCovered);
            sums[width + 1] = Math.addExact(sums[width + 1], lineCredit);
            ids[line] = table.counterparty(row);
            currencyIndex[line] = code;
            if (readCovered) {
                covered[line] = lineCovered;
            }
            if (readCredit) {
                credit[line] = lineCredit;
            }
        }
        if (currentCode >= 0) {
            totals.add(total(currencies[currentCode], sums));
        }
        TableLines lines =
                new TableLines(
                        lineCount, width, currencies, currencyIndex, ids, units, covered, credit);
        return new AgingReport(companyId, options, lines, totals);
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
