package io.github.tahsilat.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.javamoney.moneta.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeFormatTest {

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1234.56| TRY| tr-TR| 1.234,56 TL",
                "1234.56| EUR| tr-TR| 1.234,56 EUR",
                "1234567.00| TRY| tr| 1.234.567,00 TL",
                "0.05| TRY| tr-TR| 0,05 TL",
                "-1234.56| TRY| tr-TR| -1.234,56 TL",
                "1234.56| TRY| en| TRY 1,234.56",
                "1234.56| EUR| en-GB| EUR 1,234.56",
                "999.00| USD| en-US| USD 999.00",
                "1240| JPY| en| JPY 1,240",
                "10.000| KWD| tr-TR| 10,000 KWD",
                "1234.56| EUR| de-DE| EUR 1,234.56",
            })
    void amountForLocale(String amount, String currency, String tag, String expected) {
        String formatted =
                NoticeFormat.amount(
                        Money.of(new BigDecimal(amount), currency), Locale.forLanguageTag(tag));

        assertThat(formatted).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "2026-12-04, tr-TR, 04.12.2026",
        "2025-05-31, tr, 31.05.2025",
        "2026-12-04, en, 4 Dec 2026",
        "2025-09-30, en-GB, 30 Sep 2025",
        "2016-03-31, en-US, 31 Mar 2016",
    })
    void dateForLocale(LocalDate date, String tag, String expected) {
        assertThat(NoticeFormat.date(date, Locale.forLanguageTag(tag))).isEqualTo(expected);
    }
}
