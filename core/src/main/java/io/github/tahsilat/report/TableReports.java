package io.github.tahsilat.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.report.AgingTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** Turns a table of minor units into a report, building amounts once per row. */
final class TableReports {

    private TableReports() {}

    static AgingReport report(CompanyId companyId, AgingOptions options, AgingTable table) {
        int width = table.buckets();
        List<Integer> order = new ArrayList<>();
        for (int row = 0; row < table.rows(); row++) {
            order.add(row);
        }
        // Unsigned order of the two halves is the order of the ids' lowercase text, without
        // building a string per comparison.
        order.sort(
                Comparator.comparing(table::currency)
                        .thenComparing(
                                row -> table.counterparty(row).getMostSignificantBits(),
                                Long::compareUnsigned)
                        .thenComparing(
                                row -> table.counterparty(row).getLeastSignificantBits(),
                                Long::compareUnsigned));
        List<AgingLine> lines = new ArrayList<>(order.size());
        Map<String, long[]> totals = new TreeMap<>();
        Map<String, CurrencyUnit> currencies = new HashMap<>();
        for (int row : order) {
            long[] sums = totals.computeIfAbsent(table.currency(row), c -> new long[width + 2]);
            long[] units = new long[width + 2];
            for (int bucket = 0; bucket < width; bucket++) {
                units[bucket] = table.amount(row, bucket);
            }
            units[width] = table.covered(row);
            units[width + 1] = table.credit(row);
            for (int i = 0; i < units.length; i++) {
                sums[i] = Math.addExact(sums[i], units[i]);
            }
            lines.add(
                    new AgingLine(
                            new CounterpartyId(table.counterparty(row)),
                            amounts(currencyOf(currencies, table.currency(row)), units)));
        }
        List<AgingAmounts> currencyTotals = new ArrayList<>();
        totals.forEach(
                (code, sums) -> currencyTotals.add(amounts(currencyOf(currencies, code), sums)));
        return new AgingReport(companyId, options, lines, currencyTotals);
    }

    /** Looks each code up once per report rather than once per row. */
    private static CurrencyUnit currencyOf(Map<String, CurrencyUnit> currencies, String code) {
        return currencies.computeIfAbsent(code, Monetary::getCurrency);
    }

    private static AgingAmounts amounts(CurrencyUnit currency, long[] units) {
        int width = units.length - 2;
        List<MonetaryAmount> buckets = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            buckets.add(money(units[i], currency));
        }
        return new AgingAmounts(
                currency,
                buckets,
                money(units[width], currency),
                money(units[width + 1], currency));
    }

    private static MonetaryAmount money(long units, CurrencyUnit currency) {
        return new MinorAmount(units, currency).toMonetaryAmount();
    }
}
