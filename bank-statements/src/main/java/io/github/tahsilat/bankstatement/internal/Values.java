package io.github.tahsilat.bankstatement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/** Parsers for the values that statement files share: amounts, currencies, dates and text. */
public final class Values {
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d*)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private Values() {}

    /**
     * Parses a non-negative decimal written with a point, such as {@code 1250.00}.
     *
     * @throws ValueException when the text is not such a number
     */
    public static BigDecimal decimal(String text, String field) {
        String trimmed = text == null ? "" : text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new ValueException(
                    describe(field, text), "a decimal number with a point, such as 1250.00");
        }
        return new BigDecimal(trimmed);
    }

    /**
     * Returns the currency for an ISO 4217 code.
     *
     * @throws ValueException when the code is not a known ISO 4217 currency
     */
    public static CurrencyUnit currency(String code) {
        String trimmed = code == null ? "" : code.trim();
        if (!CURRENCY.matcher(trimmed).matches()) {
            throw new ValueException(
                    describe("currency", code), "an ISO 4217 currency code such as EUR");
        }
        try {
            return Monetary.getCurrency(trimmed);
        } catch (UnknownCurrencyException e) {
            throw new ValueException(
                    describe("currency", code), "an ISO 4217 currency code such as EUR");
        }
    }

    /**
     * Returns a money amount at the currency's minor unit, negated for a debit.
     *
     * @param magnitude the unsigned amount as the file gives it
     * @param currency the currency
     * @param negative whether the amount is a debit
     * @throws ValueException when the amount has more decimals than the currency allows
     */
    public static MonetaryAmount money(
            BigDecimal magnitude, CurrencyUnit currency, boolean negative) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal scaled;
        try {
            scaled = magnitude.stripTrailingZeros().setScale(digits, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ValueException(
                    "amount " + magnitude.toPlainString() + " " + currency.getCurrencyCode(),
                    "at most " + digits + " decimals for " + currency.getCurrencyCode());
        }
        return Money.of(negative ? scaled.negate() : scaled, currency);
    }

    /**
     * Returns the date part of an ISO 8601 date or date-time, as written. An offset or zone after
     * the time is checked for form but never applied, so the date is the one in the statement's own
     * offset and does not depend on the JVM's time zone.
     *
     * @throws ValueException when the text is not an ISO 8601 date or date-time
     */
    public static LocalDate datePart(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
            if (trimmed.length() > 10 && trimmed.charAt(10) == 'T') {
                DateTimeFormatter.ISO_DATE_TIME.parse(trimmed);
            } else {
                DateTimeFormatter.ISO_DATE.parse(trimmed);
            }
            return LocalDate.parse(trimmed.substring(0, 10));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new ValueException(
                    describe("date", text), "an ISO 8601 date or date-time such as 2024-03-31");
        }
    }

    /**
     * Returns the local date-time of an ISO 8601 date-time as written, without applying its offset.
     *
     * @throws ValueException when the text is not an ISO 8601 date-time
     */
    public static LocalDateTime localDateTime(String text) {
        return LocalDateTime.from(parseDateTime(text));
    }

    /**
     * Returns the offset written in an ISO 8601 date-time, or {@code null} when it has none.
     *
     * @throws ValueException when the text is not an ISO 8601 date-time
     */
    public static ZoneOffset offset(String text) {
        TemporalAccessor parsed = parseDateTime(text);
        return parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : null;
    }

    private static TemporalAccessor parseDateTime(String text) {
        try {
            return DateTimeFormatter.ISO_DATE_TIME.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new ValueException(
                    describe("date-time", text),
                    "an ISO 8601 date-time such as 2024-03-31T23:30:00+03:00");
        }
    }

    /**
     * Names a rejected value for a message: {@code amount '1,50'}, or {@code empty amount} when the
     * text is {@code null} or blank, so that an empty element is not reported as the word null.
     */
    public static String describe(String field, String text) {
        return text == null || text.isBlank() ? "empty " + field : field + " '" + text + "'";
    }

    /**
     * Trims text and joins lines that an XML writer broke for layout into one line with single
     * spaces; returns {@code null} for {@code null} or blank text.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String joined = LINE_BREAK.matcher(text.trim()).replaceAll(" ");
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Returns {@code null} for a reference that marks a missing one ({@code NOTPROVIDED}, {@code
     * NONREF}, any case), otherwise the cleaned reference.
     */
    public static String reference(String text) {
        String cleaned = clean(text);
        if (cleaned == null) {
            return null;
        }
        String upper = cleaned.toUpperCase(Locale.ROOT);
        return upper.equals("NOTPROVIDED") || upper.equals("NONREF") ? null : cleaned;
    }
}
