package io.github.tahsilat.notice;

import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * Formats amounts and dates for notices, the same on every JDK and default locale.
 *
 * <p>Turkish ({@code tr}): {@code 1.234,56 TL} for TRY and {@code 1.234,56 EUR} for other
 * currencies, dates as {@code 04.12.2026}. Java 17's {@code NumberFormat} gives {@code ₺1.234,56}
 * for TRY under tr-TR, which is not how Turkish invoices and letters print amounts, so the grouping
 * is done here. Every other language gets English: the ISO code first, {@code TRY 1,234.56} or
 * {@code EUR 1,234.56}, so that no symbol is ambiguous, and dates as {@code 4 Dec 2026}. Amounts
 * show exactly the currency's minor-unit digits.
 */
final class NoticeFormat {

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private NoticeFormat() {}

    static boolean isTurkish(Locale locale) {
        return locale.getLanguage().equals("tr");
    }

    static String amount(MonetaryAmount amount, Locale locale) {
        MinorAmount exact = MinorAmount.of(amount, RoundingMode.UNNECESSARY);
        String code = exact.currencyCode();
        if (isTurkish(locale)) {
            String number = number(exact.toBigDecimal(), '.', ',');
            return number + " " + (code.equals("TRY") ? "TL" : code);
        }
        return code + " " + number(exact.toBigDecimal(), ',', '.');
    }

    static String date(LocalDate date, Locale locale) {
        if (isTurkish(locale)) {
            return String.format(
                    Locale.ROOT,
                    "%02d.%02d.%04d",
                    date.getDayOfMonth(),
                    date.getMonthValue(),
                    date.getYear());
        }
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String number(BigDecimal value, char grouping, char decimal) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder();
        if (value.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(grouping);
            }
            out.append(whole.charAt(i));
        }
        if (point >= 0) {
            out.append(decimal).append(plain, point + 1, plain.length());
        }
        return out.toString();
    }
}
