package io.github.tahsilat.examples.demo;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the report's charts with JFreeChart and returns each as a {@code data:image/png;base64}
 * URI, so that the page needs no other file. Drawing runs headless. Stateless.
 */
final class ChartImages {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 380;

    static {
        // Rendering to an image needs no display; without this, AWT looks for one.
        System.setProperty("java.awt.headless", "true");
    }

    /** Current to over 90 days: green through dark red. */
    private static final List<Color> AGING_COLORS =
            List.of(
                    new Color(0x4c9a2a),
                    new Color(0xe0c030),
                    new Color(0xf08c28),
                    new Color(0xd9482b),
                    new Color(0x8e1b1b));

    /** The forecast in grey, the collections in blue. */
    private static final List<Color> COLLECTION_COLORS =
            List.of(new Color(0xa0a0a0), new Color(0x2f6db5));

    /** Levels 1 to 3: yellow, orange, red. */
    private static final List<Color> LEVEL_COLORS =
            List.of(new Color(0xe0c030), new Color(0xf08c28), new Color(0xd9482b));

    /** In the portfolio in blue, at the bank in light blue, endorsed in grey. */
    private static final List<Color> PORTFOLIO_COLORS =
            List.of(new Color(0x2f6db5), new Color(0x8fb8e8), new Color(0xa0a0a0));

    /** Cleared in green, bounced in red. */
    private static final List<Color> MATURITY_COLORS =
            List.of(new Color(0x4c9a2a), new Color(0xd9482b));

    /** Agreed in blue, completed in green, broken in red. */
    private static final List<Color> PLAN_COLORS =
            List.of(new Color(0x2f6db5), new Color(0x4c9a2a), new Color(0xd9482b));

    /** Auto-applied green, suggested yellow, unmatched red, returns grey. */
    private static final List<Color> LINE_COLORS =
            List.of(
                    new Color(0x4c9a2a),
                    new Color(0xe0c030),
                    new Color(0xd9482b),
                    new Color(0xa0a0a0));

    private ChartImages() {}

    /** Draws the month-end agings of one currency as bars stacked by bucket. */
    static String aging(DemoResult result, CurrencyUnit currency) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DemoResult.AgingSnapshot snapshot : result.agingByMonthEnd()) {
            if (!snapshot.currency().equals(currency)) {
                continue;
            }
            for (int i = 0; i < snapshot.buckets().size(); i++) {
                data.addValue(
                        number(snapshot.buckets().get(i)),
                        result.bucketLabels().get(i),
                        YearMonth.from(snapshot.date()).toString());
            }
        }
        JFreeChart chart =
                ChartFactory.createStackedBarChart(
                        "Aging at month ends, " + currency.getCurrencyCode(),
                        "Month end",
                        "Outstanding (" + currency.getCurrencyCode() + ")",
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false);
        return png(chart, AGING_COLORS);
    }

    /**
     * Draws one currency's monthly collections beside the forecast made on the month's first day.
     */
    static String collections(DemoResult result, CurrencyUnit currency) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DemoResult.MonthCollections month : result.collections()) {
            if (!month.currency().equals(currency)) {
                continue;
            }
            data.addValue(
                    number(month.forecast()),
                    "Forecast: falling due in the month",
                    month.month().toString());
            data.addValue(number(month.collected()), "Collected", month.month().toString());
        }
        JFreeChart chart =
                ChartFactory.createBarChart(
                        "Collections against the forecast, " + currency.getCurrencyCode(),
                        "Month",
                        currency.getCurrencyCode(),
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false);
        return png(chart, COLLECTION_COLORS);
    }

    /** Draws the dunning notices delivered per month, stacked by level. */
    static String notices(DemoResult result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<YearMonth, int[]> month :
                new java.util.TreeMap<>(result.noticesByMonth()).entrySet()) {
            for (int level = 1; level <= DemoResult.LEVELS; level++) {
                data.addValue(month.getValue()[level], "Level " + level, month.getKey().toString());
            }
        }
        JFreeChart chart =
                ChartFactory.createStackedBarChart(
                        "Dunning notices by level",
                        "Month",
                        "Notices",
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false);
        return png(chart, LEVEL_COLORS);
    }

    /** Draws the instruments' face value held at each month end, stacked by holder. */
    static String portfolio(DemoResult result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String code = result.instruments().feesCharged().getCurrency().getCurrencyCode();
        for (DemoResult.PortfolioMonth month : result.instruments().months()) {
            data.addValue(number(month.inPortfolio()), "In portfolio", month.month().toString());
            data.addValue(
                    number(month.atBank()), "At the bank for collection", month.month().toString());
            data.addValue(
                    number(month.endorsed()), "Endorsed to the supplier", month.month().toString());
        }
        JFreeChart chart =
                ChartFactory.createStackedBarChart(
                        "Cheques and notes held at month ends, " + code,
                        "Month end",
                        "Face value (" + code + ")",
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false);
        return png(chart, PORTFOLIO_COLORS);
    }

    /** Draws the instruments that cleared and bounced in each month. */
    static String maturities(DemoResult result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DemoResult.PortfolioMonth month : result.instruments().months()) {
            data.addValue(month.cleared(), "Cleared", month.month().toString());
            data.addValue(month.bounced(), "Bounced", month.month().toString());
        }
        JFreeChart chart =
                ChartFactory.createStackedBarChart(
                        "Cheques and notes at maturity",
                        "Month",
                        "Instruments",
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false);
        return png(chart, MATURITY_COLORS);
    }

    /** Draws the payment plans agreed, completed and broken in each month. */
    static String paymentPlans(DemoResult result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DemoResult.PlanMonth month : result.paymentPlans().months()) {
            data.addValue(month.agreed(), "Agreed", month.month().toString());
            data.addValue(month.completed(), "Completed", month.month().toString());
            data.addValue(month.broken(), "Broken", month.month().toString());
        }
        JFreeChart chart =
                ChartFactory.createBarChart(
                        "Payment plans per month",
                        "Month",
                        "Plans",
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false);
        return png(chart, PLAN_COLORS);
    }

    /** Draws the bank lines of each month by what the reconciliation did with them. */
    static String statementLines(DemoResult result) {
        Map<YearMonth, int[]> byMonth = new java.util.TreeMap<>();
        for (DemoResult.StatementDay day : result.statementDays()) {
            int[] counts = byMonth.computeIfAbsent(YearMonth.from(day.date()), m -> new int[4]);
            counts[0] += day.matched();
            counts[1] += day.suggested();
            counts[2] += day.unmatched();
            counts[3] += day.reversed();
        }
        List<String> series = List.of("Auto-applied", "Suggested", "Unmatched", "Returns reversed");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<YearMonth, int[]> month : byMonth.entrySet()) {
            for (int i = 0; i < series.size(); i++) {
                data.addValue(month.getValue()[i], series.get(i), month.getKey().toString());
            }
        }
        JFreeChart chart =
                ChartFactory.createStackedBarChart(
                        "Bank lines by reconciliation outcome",
                        "Month",
                        "Lines",
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false);
        return png(chart, LINE_COLORS);
    }

    /** Returns the currencies that have any month-end aging, in the order of the figures. */
    static List<CurrencyUnit> currencies(DemoResult result) {
        return result.currencies().stream().map(DemoResult.CurrencyFigures::currency).toList();
    }

    private static BigDecimal number(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    private static String png(JFreeChart chart, List<Color> colors) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int series = 0; series < colors.size(); series++) {
            renderer.setSeriesPaint(series, colors.get(series));
        }
        chart.getCategoryPlot()
                .getDomainAxis()
                .setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        try {
            byte[] image = ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(image);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "failed to encode chart " + chart.getTitle().getText(), e);
        }
    }
}
