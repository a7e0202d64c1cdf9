package io.github.tahsilat.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.report.AgingTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Turns a table of minor units into a report. Moneta 1.4.5 builds every Money from the text of its
 * number, which makes amounts the costly part of a report. So a report builds one amount per
 * non-zero bucket and shares one zero per currency.
 */
final class TableReports {

    private TableReports() {}

    static AgingReport report(CompanyId companyId, AgingOptions options, AgingTable table) {
        int width = table.buckets();
        int[] order = table.rowsInOrder();
        AgingLine[] lines = new AgingLine[order.length];
        Map<String, long[]> totals = new TreeMap<>();
        Map<String, Amounts> currencies = new HashMap<>();
        long[] units = new long[width + 2];
        for (int i = 0; i < order.length; i++) {
            int row = order[i];
            String code = table.currency(row);
            long[] sums = totals.computeIfAbsent(code, c -> new long[width + 2]);
            for (int bucket = 0; bucket < width; bucket++) {
                units[bucket] = table.amount(row, bucket);
            }
            units[width] = table.covered(row);
            units[width + 1] = table.credit(row);
            for (int j = 0; j < units.length; j++) {
                sums[j] = Math.addExact(sums[j], units[j]);
            }
            Amounts amounts = currencies.computeIfAbsent(code, Amounts::new);
            lines[i] =
                    new AgingLine(new CounterpartyId(table.counterparty(row)), amounts.of(units));
        }
        List<AgingAmounts> currencyTotals = new ArrayList<>();
        totals.forEach((code, sums) -> currencyTotals.add(currencies.get(code).of(sums)));
        return new AgingReport(companyId, options, List.of(lines), currencyTotals);
    }

    /** Builds the amounts of one currency, with its zero built once. */
    private static final class Amounts {
        private final CurrencyUnit currency;
        private final MonetaryAmount zero;

        Amounts(String code) {
            this.currency = Monetary.getCurrency(code);
            this.zero = new MinorAmount(0, currency).toMonetaryAmount();
        }

        /** Returns the row of {@code units}: the buckets, then covered, then credit. */
        AgingAmounts of(long[] units) {
            int width = units.length - 2;
            MonetaryAmount[] buckets = new MonetaryAmount[width];
            for (int i = 0; i < width; i++) {
                buckets[i] = money(units[i]);
            }
            return new AgingAmounts(
                    currency, List.of(buckets), money(units[width]), money(units[width + 1]));
        }

        private MonetaryAmount money(long units) {
            return units == 0 ? zero : new MinorAmount(units, currency).toMonetaryAmount();
        }
    }
}
