package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.xml.parsers.DocumentBuilderFactory;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    private static final String HOSTILE_NAME = "<script>alert('x')</script> & Söhne \"Ltd\"";
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private static MonetaryAmount money(String amount, CurrencyUnit currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    private static DemoResult result() {
        List<String> labels = List.of("current", "1-30", "31-60", "61-90", "over 90");
        List<DemoResult.AgingSnapshot> agings = new ArrayList<>();
        List<DemoResult.MonthCollections> collections = new ArrayList<>();
        for (CurrencyUnit currency : List.of(TRY, EUR)) {
            for (int month = 1; month <= 3; month++) {
                YearMonth yearMonth = YearMonth.of(2024, month);
                agings.add(
                        new DemoResult.AgingSnapshot(
                                yearMonth.atEndOfMonth(),
                                currency,
                                List.of(
                                        money("100.00", currency),
                                        money("50.00", currency),
                                        money("25.00", currency),
                                        money("0.00", currency),
                                        money("10.00", currency))));
                collections.add(
                        new DemoResult.MonthCollections(
                                yearMonth,
                                currency,
                                money("200.00", currency),
                                money("150.00", currency)));
            }
        }
        List<DemoResult.CurrencyFigures> figures =
                List.of(
                        new DemoResult.CurrencyFigures(
                                TRY,
                                money("1000.00", TRY),
                                money("500.00", TRY),
                                money("40.00", TRY),
                                money("800.00", TRY),
                                money("790.00", TRY),
                                money("500.00", TRY),
                                money("5.00", TRY),
                                money("20.00", TRY),
                                money("10.00", TRY),
                                money("30.00", TRY),
                                money("185.00", TRY)),
                        new DemoResult.CurrencyFigures(
                                EUR,
                                money("185.00", EUR),
                                money("0.00", EUR),
                                money("0.00", EUR),
                                money("0.00", EUR),
                                money("0.00", EUR),
                                money("0.00", EUR),
                                money("0.00", EUR),
                                money("0.00", EUR),
                                money("0.00", EUR),
                                money("0.00", EUR),
                                money("185.00", EUR)));
        return new DemoResult(
                HOSTILE_NAME,
                7,
                2,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 31),
                new DemoResult.Counts(4, 1, 1, 2, 1, 1, 64, 64),
                List.of(new DemoResult.StatementDay(LocalDate.of(2024, 1, 2), 3, 1, 1, 0)),
                new DemoResult.Reimport(LocalDate.of(2024, 1, 3), 0, 2),
                new DemoResult.Instruments(
                        2,
                        1,
                        1,
                        1,
                        1,
                        0,
                        money("500.00", TRY),
                        List.of(
                                new DemoResult.PortfolioMonth(
                                        YearMonth.of(2024, 1),
                                        money("1000.00", TRY),
                                        money("0.00", TRY),
                                        money("0.00", TRY),
                                        2,
                                        1,
                                        1,
                                        0))),
                new DemoResult.PaymentPlans(
                        3,
                        4,
                        1,
                        1,
                        1,
                        12,
                        3,
                        List.of(
                                new DemoResult.PlanMoney(
                                        TRY,
                                        3,
                                        money("900.00", TRY),
                                        money("40.00", TRY),
                                        money("600.00", TRY),
                                        money("150.00", TRY)),
                                new DemoResult.PlanMoney(
                                        EUR,
                                        0,
                                        money("0.00", EUR),
                                        money("0.00", EUR),
                                        money("0.00", EUR),
                                        money("0.00", EUR))),
                        List.of(
                                new DemoResult.PlanMonth(YearMonth.of(2024, 2), 3, 0, 0),
                                new DemoResult.PlanMonth(YearMonth.of(2024, 3), 0, 1, 1))),
                figures,
                labels,
                agings,
                collections,
                Map.of(YearMonth.of(2024, 2), new int[] {0, 2, 1, 0}),
                List.of(new DemoResult.OpenBalance(HOSTILE_NAME, money("185.00", TRY))),
                Duration.ofMillis(1234));
    }

    private final String html = HtmlReport.render(result());

    private Document parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    class Structure {

        @Test
        void pageParsesAsXml() throws Exception {
            Document page = parse();

            assertThat(page.getDocumentElement().getTagName()).isEqualTo("html");
            assertThat(page.getElementsByTagName("table").getLength()).isEqualTo(4);
        }

        @Test
        void chartsAreDataUriImages() throws Exception {
            NodeList images = parse().getElementsByTagName("img");

            // Aging and collections for two currencies, the instrument portfolio and maturities,
            // the payment plans, the bank lines, and the notices.
            assertThat(images.getLength()).isEqualTo(9);
            for (int i = 0; i < images.getLength(); i++) {
                String source = ((Element) images.item(i)).getAttribute("src");
                assertThat(source).startsWith("data:image/png;base64,");
                byte[] png = java.util.Base64.getDecoder().decode(source.substring(22));
                assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            }
        }

        @Test
        void pageMakesNoRequest() {
            assertThat(html).doesNotContainIgnoringCase("http://");
            assertThat(html).doesNotContainIgnoringCase("https://");
            assertThat(html).doesNotContainIgnoringCase("<link");
            assertThat(html).doesNotContainIgnoringCase("<script");
            assertThat(html).doesNotContainIgnoringCase("url(");
        }
    }

    @Nested
    class Escaping {

        @Test
        void namesAreEscaped() {
            assertThat(html)
                    .contains(
                            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Söhne &quot;Ltd&quot;");
        }

        @Test
        void parsedTextIsTheOriginalName() throws Exception {
            Document page = parse();

            assertThat(page.getElementsByTagName("title").item(0).getTextContent())
                    .isEqualTo("Tahsilat demo: " + HOSTILE_NAME);
            assertThat(page.getElementsByTagName("h1").item(0).getTextContent())
                    .isEqualTo("Receivables of " + HOSTILE_NAME);
        }

        @Test
        void escapeHandlesEveryMarkupCharacter() {
            assertThat(HtmlReport.escape("a<b>c&d\"e'f"))
                    .isEqualTo("a&lt;b&gt;c&amp;d&quot;e&#39;f");
        }
    }
}
