package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Constructor checks shared by the records. Messages name the field, the value and the rule. */
final class Checks {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private Checks() {}

    static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw invalid(field, "\"" + value + "\"", "a non-blank text");
        }
        return value;
    }

    static Optional<String> optionalText(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        value.ifPresent(text -> text(text, field));
        return value;
    }

    static String currency(String code, String field) {
        Objects.requireNonNull(code, field);
        if (!CURRENCY.matcher(code).matches()) {
            throw invalid(field, code, "an ISO 4217 code of three upper-case letters");
        }
        return code;
    }

    static String iban(String iban, String field) {
        Objects.requireNonNull(iban, field);
        if (!IBAN.matcher(iban).matches()) {
            throw invalid(
                    field,
                    iban,
                    "an IBAN in electronic form: upper case, no spaces, 15 to 34 characters");
        }
        return iban;
    }

    static String digits(String value, int length, String field) {
        Objects.requireNonNull(value, field);
        if (value.length() != length || !DIGITS.matcher(value).matches()) {
            throw invalid(field, value, length + " digits");
        }
        return value;
    }

    static long version(long version) {
        if (version < 0) {
            throw invalid("version", version, "0 for a new record or the stored version");
        }
        return version;
    }

    static BigDecimal nonNegative(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw invalid(field, value.toPlainString(), "a number of at least 0");
        }
        return value;
    }

    static BigDecimal positive(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() <= 0) {
            throw invalid(field, value.toPlainString(), "a number greater than 0");
        }
        return value;
    }

    static BigDecimal percent(BigDecimal value, String field) {
        nonNegative(value, field);
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw invalid(field, value.toPlainString(), "a percentage from 0 to 100");
        }
        return value;
    }

    static LocalDate epochDayDate(LocalDate date, String field) {
        Objects.requireNonNull(date, field);
        long epochDay = date.toEpochDay();
        if (epochDay < Integer.MIN_VALUE || epochDay > Integer.MAX_VALUE) {
            throw invalid(field, date, "a date whose epoch day fits in an int");
        }
        return date;
    }

    static <T> List<T> list(List<T> values, String field) {
        Objects.requireNonNull(values, field);
        return List.copyOf(values);
    }

    static IllegalArgumentException invalid(String field, Object value, String expected) {
        return new IllegalArgumentException(
                "invalid " + field + ": " + value + "; expected " + expected);
    }
}
