package io.github.tahsilat.notice;

import static io.github.tahsilat.notice.NoticeFixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.notice.spi.NoticeTemplate;
import io.github.tahsilat.notice.spi.TemplateException;
import io.github.tahsilat.notification.spi.RenderedNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeRendererTest {

    static final Recipient EMAIL_HTML = new Recipient("email", "ap@example.com", "text/html");
    static final Recipient EMAIL_TEXT = new Recipient("email", "ap2@example.com", "text/plain");
    static final Recipient LETTER = new Recipient("letter", "Ankara", "text/plain");

    static DunningPolicy policy(int level) {
        DunningPolicy.Builder builder = DunningPolicy.builder("p");
        for (int n = 1; n <= level; n++) {
            DunningLevel.Builder next = DunningLevel.builder(n, 7 * n);
            if (n == level) {
                next.fee(new FixedFee(eur("1234.50"), FeeBasis.PER_NOTICE));
            }
            builder.level(next.build());
        }
        return builder.build();
    }

    static Notice notice(int level, Counterparty counterparty) {
        DunningPolicy policy = policy(level);
        List<NoticeLine> lines =
                List.of(
                        new NoticeLine("INV-7", LocalDate.of(2026, 11, 3), 31, eur("1000.00")),
                        new NoticeLine("INV-9", LocalDate.of(2026, 11, 20), 14, eur("234.56")));
        List<InterestLine> interest =
                List.of(
                        new InterestLine(
                                "INV-7",
                                LocalDate.of(2026, 11, 3),
                                LocalDate.of(2026, 12, 4),
                                eur("10.20")));
        return NoticeComposer.compose(
                NoticeFixtures.company(),
                counterparty,
                "2026-12-04",
                policy,
                policy.levels().get(level - 1),
                LocalDate.of(2026, 12, 4),
                lines,
                interest,
                "RF18-539007547034");
    }

    static List<RenderedNotice> render(
            int level, Counterparty counterparty, Recipient... recipients) {
        return NoticeRenderer.withDefaults()
                .render(
                        notice(level, counterparty),
                        NoticeFixtures.company(),
                        counterparty,
                        List.of(recipients));
    }

    @Nested
    class Languages {

        @Test
        void turkishPlainText() {
            RenderedNotice rendered =
                    render(1, NoticeFixtures.counterparty("Müşteri Ltd.", "tr-TR"), LETTER).get(0);

            assertThat(rendered.subject()).isEqualTo("Ödeme hatırlatması – Örnek Ticaret A.Ş.");
            assertThat(rendered.body())
                    .contains("Sayın Müşteri Ltd.,")
                    .contains(
                            "- Fatura INV-7, vade tarihi 03.11.2026, 31 gün gecikmiş: 1.000,00 EUR")
                    .contains("- Fatura INV-9, vade tarihi 20.11.2026, 14 gün gecikmiş: 234,56 EUR")
                    .contains("Faturalar toplamı: 1.234,56 EUR")
                    .contains("- İhtar masrafı: 1.234,50 EUR")
                    .contains(
                            "- Gecikme faizi, fatura INV-7, 03.11.2026 sonrasından 04.12.2026 tarihine kadar: 10,20 EUR")
                    .contains("Ödenecek toplam: 2.479,26 EUR")
                    .contains("Son ödeme tarihi: 11.12.2026")
                    .contains("- Commerzbank: DE89 3704 0044 0532 0130 00")
                    .contains("Ödeme referansı: RF18-539007547034")
                    .doesNotContain("TR33");
            assertThat(rendered.locale()).isEqualTo(Locale.forLanguageTag("tr-TR"));
            assertThat(rendered.level()).isEqualTo(1);
            assertThat(rendered.lineCount()).isEqualTo(2);
            assertThat(rendered.purpose()).isEqualTo("DUNNING");
        }

        @Test
        void englishPlainText() {
            RenderedNotice rendered =
                    render(2, NoticeFixtures.counterparty("Buyer Ltd", "en-GB"), LETTER).get(0);

            assertThat(rendered.subject())
                    .isEqualTo("Second payment reminder from Örnek Ticaret A.Ş.");
            assertThat(rendered.body())
                    .contains("Dear Buyer Ltd,")
                    .contains("- Invoice INV-7, due 3 Nov 2026, 31 days overdue: EUR 1,000.00")
                    .contains("- Dunning fee: EUR 1,234.50")
                    .contains("Total to pay: EUR 2,479.26")
                    .contains("Pay by: 11 Dec 2026")
                    .contains("Payment reference: RF18-539007547034");
            assertThat(rendered.level()).isEqualTo(2);
        }

        @Test
        void unknownLanguageFallsBackToEnglish() {
            RenderedNotice rendered =
                    render(3, NoticeFixtures.counterparty("Käufer GmbH", "de-DE"), LETTER).get(0);

            assertThat(rendered.subject()).isEqualTo("Final demand from Örnek Ticaret A.Ş.");
            assertThat(rendered.locale()).isEqualTo(Locale.forLanguageTag("de-DE"));
        }

        @ParameterizedTest(name = "reminder-{0} in {1}")
        @CsvSource({"1, tr", "2, tr", "3, tr", "1, en", "2, en", "3, en"})
        void everyDefaultTemplateRenders(int level, String language) {
            Counterparty counterparty = NoticeFixtures.counterparty("X", language);

            List<RenderedNotice> rendered = render(level, counterparty, LETTER, EMAIL_HTML);

            assertThat(rendered).hasSize(2);
            assertThat(rendered.get(0).body()).doesNotContain("{{").contains("RF18-539007547034");
            assertThat(rendered.get(1).body()).startsWith("<!DOCTYPE html>").doesNotContain("{{");
        }
    }

    @Nested
    class Html {

        @Test
        void htmlHasTableAndEscapedAccount() {
            RenderedNotice rendered =
                    render(1, NoticeFixtures.counterparty("A & B", "tr-TR"), EMAIL_HTML).get(0);

            assertThat(rendered.mediaType()).isEqualTo("text/html");
            assertThat(rendered.body())
                    .contains("<p>Sayın A &amp; B,</p>")
                    .contains(
                            "<tr><td>INV-7</td><td>03.11.2026</td><td>31</td><td>1.000,00 EUR</td></tr>")
                    .contains("<strong>Ödenecek toplam: 2.479,26 EUR</strong>")
                    .contains("<li>Commerzbank: DE89 3704 0044 0532 0130 00</li>")
                    .contains("<title>Ödeme hatırlatması – Örnek Ticaret A.Ş.</title>");
        }

        @Test
        void scriptInNameCannotInject() {
            Counterparty counterparty =
                    NoticeFixtures.counterparty("<script>alert(1)</script>", "en");

            RenderedNotice html = render(1, counterparty, EMAIL_HTML).get(0);
            RenderedNotice text = render(1, counterparty, LETTER).get(0);

            assertThat(html.body())
                    .doesNotContain("<script>")
                    .contains("Dear &lt;script&gt;alert(1)&lt;/script&gt;,");
            assertThat(text.body()).contains("Dear <script>alert(1)</script>,");
        }

        @Test
        void placeholderInNameStaysLiteral() {
            Counterparty counterparty = NoticeFixtures.counterparty("{{total}}", "en");

            RenderedNotice rendered = render(1, counterparty, LETTER).get(0);

            assertThat(rendered.body()).contains("Dear {{total}},");
        }
    }

    @Nested
    class Identity {

        @Test
        void oneIdPerChannel() {
            List<RenderedNotice> rendered =
                    render(
                            1,
                            NoticeFixtures.counterparty("X", "tr"),
                            EMAIL_HTML,
                            EMAIL_TEXT,
                            LETTER);

            assertThat(rendered.get(0).noticeId()).isEqualTo(rendered.get(1).noticeId());
            assertThat(rendered.get(2).noticeId()).isNotEqualTo(rendered.get(0).noticeId());
            assertThat(rendered.get(0).recipient()).isEqualTo("ap@example.com");
            assertThat(rendered.get(1).recipient()).isEqualTo("ap2@example.com");
        }

        @Test
        void retryGivesSameId() {
            Counterparty counterparty = NoticeFixtures.counterparty("X", "tr");

            RenderedNotice first = render(1, counterparty, LETTER).get(0);
            RenderedNotice retry = render(1, counterparty, LETTER).get(0);

            assertThat(retry.noticeId()).isEqualTo(first.noticeId());
            assertThat(retry.body()).isEqualTo(first.body());
        }
    }

    @Nested
    class Templates {

        @Test
        void hostTemplatesReplaceDefaults() {
            NoticeRenderer renderer =
                    NoticeRenderer.of(
                            (name, locale, mediaType) ->
                                    Optional.of(
                                            new NoticeTemplate(
                                                    name,
                                                    locale,
                                                    mediaType,
                                                    "Pay {{total}}\nnow",
                                                    "{{counterparty}}")),
                            new PlaceholderTemplateEngine());
            Counterparty counterparty = NoticeFixtures.counterparty("X", "en");

            RenderedNotice rendered =
                    renderer.render(
                                    notice(1, counterparty),
                                    NoticeFixtures.company(),
                                    counterparty,
                                    List.of(LETTER))
                            .get(0);

            assertThat(rendered.subject()).isEqualTo("Pay EUR 2,479.26 now");
            assertThat(rendered.body()).isEqualTo("X");
        }

        @Test
        void missingTemplateRejected() {
            DunningPolicy policy =
                    DunningPolicy.builder("p")
                            .level(DunningLevel.builder(1, 1).template("custom").build())
                            .build();
            Counterparty counterparty = NoticeFixtures.counterparty("X", "en");
            Notice notice =
                    NoticeComposer.compose(
                            NoticeFixtures.company(),
                            counterparty,
                            "run",
                            policy,
                            policy.levels().get(0),
                            LocalDate.of(2026, 12, 4),
                            List.of(new NoticeLine("I", LocalDate.of(2026, 12, 1), 3, eur("1.00"))),
                            List.of(),
                            "REF");
            NoticeRenderer renderer = NoticeRenderer.withDefaults();

            assertThatThrownBy(
                            () ->
                                    renderer.render(
                                            notice,
                                            NoticeFixtures.company(),
                                            counterparty,
                                            List.of(LETTER)))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("no template custom for text/plain in en");
        }

        @Test
        void lineBreakInSubjectRemoved() {
            NoticeRenderer renderer =
                    NoticeRenderer.of(
                            (name, locale, mediaType) ->
                                    Optional.of(
                                            new NoticeTemplate(
                                                    name,
                                                    locale,
                                                    mediaType,
                                                    "To {{counterparty}}",
                                                    "")),
                            new PlaceholderTemplateEngine());
            Counterparty counterparty = NoticeFixtures.counterparty("X\r\nBcc: a@b.c", "en");

            RenderedNotice rendered =
                    renderer.render(
                                    notice(1, counterparty),
                                    NoticeFixtures.company(),
                                    counterparty,
                                    List.of(LETTER))
                            .get(0);

            assertThat(rendered.subject()).isEqualTo("To X Bcc: a@b.c");
        }
    }
}
