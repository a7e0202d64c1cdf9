package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.RollConvention;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/**
 * A recursive-descent parser for the grammar documented on {@link PaymentTermsNotation}. One
 * instance parses one text and is not thread-safe.
 */
final class NotationParser {

    private static final String TERMS_EXPECTED = "payment terms such as NET 30 or 2/10 NET 30";
    private static final String RULE_EXPECTED =
            "a due rule: RECEIPT, NET 30, FIXED 2025-03-31, EOM+45, EOM+1M, 45+EOM or 45+EOM+D10";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final String text;
    private int index;

    private NotationParser(String text) {
        this.text = text;
    }

    static PaymentTerms parse(String text) {
        return new NotationParser(text).terms();
    }

    private PaymentTerms terms() {
        skipSpaces();
        if (atEnd()) {
            throw error(TERMS_EXPECTED);
        }
        PaymentTerms terms = schedule();
        skipSpaces();
        if (isKeywordAhead("CUTOFF")) {
            word();
            int start = skipSpaces();
            long day = integer("a cutoff day after CUTOFF");
            if (day < 1 || day > 30) {
                throw error(start, Schedules.CUTOFF_DAY_EXPECTED + ", but found " + day);
            }
            terms = new NextMonthAfterCutoff((int) day, terms);
        }
        skipSpaces();
        if (isKeywordAhead("ROLL")) {
            word();
            terms = new BusinessDayRoll(terms, rollConvention());
        }
        skipSpaces();
        if (!atEnd()) {
            throw error("the end of the payment terms, CUTOFF or ROLL");
        }
        return terms;
    }

    private RollConvention rollConvention() {
        int start = skipSpaces();
        String name = word();
        for (RollConvention convention : RollConvention.values()) {
            if (convention != RollConvention.NONE && convention.name().equals(name)) {
                return convention;
            }
        }
        throw error(start, "FOLLOWING, MODIFIED_FOLLOWING or PRECEDING after ROLL");
    }

    private PaymentTerms schedule() {
        int start = skipSpaces();
        if (isLetter(peek())) {
            String word = word();
            boolean currencyAhead = word.length() == 3 && isDigitAhead();
            index = start;
            if (word.equals("EQUAL")) {
                return equalPlan();
            }
            if (currencyAhead && !word.equals("NET") && !word.equals("EOM")) {
                return amountPlan();
            }
            return single();
        }
        if (!isNumberStart(peek())) {
            throw error(TERMS_EXPECTED);
        }
        decimal("a number");
        char next = peek();
        index = start;
        if (next == '%') {
            return percentagePlan();
        }
        if (next == 'X' || next == 'x') {
            return monthlyPlan();
        }
        return single();
    }

    private SinglePaymentTerms single() {
        List<DiscountTier> tiers = new ArrayList<>();
        while (true) {
            int start = skipSpaces();
            if (!isNumberStart(peek())) {
                break;
            }
            BigDecimal percent = decimal("a number");
            if (peek() != '/') {
                index = start;
                break;
            }
            index++;
            DiscountTier tier = discountTier(start, percent);
            if (!tiers.isEmpty()) {
                String problem = DiscountedTerms.orderProblem(tiers.get(tiers.size() - 1), tier);
                if (problem != null) {
                    throw error(start, problem + ", but found " + tier.toNotation());
                }
            }
            tiers.add(tier);
        }
        DueDateRule rule = rule();
        return tiers.isEmpty() ? rule : new DiscountedTerms(tiers, rule);
    }

    private DiscountTier discountTier(int start, BigDecimal percent) {
        if (!Schedules.isPercentBetweenZeroAndHundred(percent)) {
            throw error(
                    start,
                    DiscountTier.PERCENT_EXPECTED + ", but found " + percent.toPlainString());
        }
        int daysStart = index;
        long days = integer("a number of days after the discount percentage and /");
        return new DiscountTier(percent, (int) requireDays(daysStart, days, "in a discount"));
    }

    private DueDateRule rule() {
        int start = skipSpaces();
        if (isNumberStart(peek())) {
            return daysThenEndOfMonth(start);
        }
        if (!isLetter(peek())) {
            throw error(RULE_EXPECTED);
        }
        String word = word();
        switch (word) {
            case "RECEIPT":
                return new DueOnReceipt();
            case "NET":
                {
                    int daysStart = skipSpaces();
                    long days = integer("a number of days after NET");
                    return new NetDays((int) requireDays(daysStart, days, "after NET"));
                }
            case "FIXED":
                return new FixedDate(date());
            case "EOM":
                return endOfMonthThen();
            default:
                throw error(start, RULE_EXPECTED);
        }
    }

    private DueDateRule daysThenEndOfMonth(int start) {
        long number = integer("a number of days");
        int days = (int) requireDays(start, number, "before +EOM");
        expect('+', "+EOM after the number of days");
        int keywordStart = index;
        if (!word().equals("EOM")) {
            throw error(keywordStart, "EOM after the number of days and +");
        }
        if (peek() != '+') {
            return new DaysThenEndOfMonth(days);
        }
        index++;
        int dayStart = index;
        if (!word().equals("D")) {
            throw error(dayStart, "D and a day of the month after +EOM+, as in 45+EOM+D10");
        }
        int numberStart = index;
        long day = integer("a day of the month after D");
        if (day < 1 || day > 31) {
            throw error(numberStart, Schedules.DAY_OF_MONTH_EXPECTED + ", but found " + day);
        }
        return new DaysThenEndOfMonthThenDay(days, (int) day);
    }

    private DueDateRule endOfMonthThen() {
        expect('+', "+ after EOM, as in EOM+45 or EOM+1M");
        int start = index;
        long number = integer("a number of days or months after EOM+");
        int unitStart = index;
        if (isLetter(peek())) {
            if (!word().equals("M")) {
                throw error(unitStart, "M for months, or a space, after the number");
            }
            if (number < 1 || number > Schedules.MAX_MONTHS) {
                throw error(start, Schedules.MONTHS_EXPECTED + " after EOM+, but found " + number);
            }
            return new MonthsAfterEndOfMonth((int) number);
        }
        return new EndOfMonthThenDays((int) requireDays(start, number, "after EOM+"));
    }

    private LocalDate date() {
        int start = skipSpaces();
        while (!atEnd() && (Character.isDigit(peek()) || peek() == '-')) {
            index++;
        }
        String value = text.substring(start, index);
        try {
            // LocalDate.parse alone would also take a signed year such as -2025-03-31.
            if (ISO_DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // Reported below, like a date of the wrong form.
        }
        String found = value.isEmpty() ? "" : ", but found " + value;
        throw error(start, "a date in the form YYYY-MM-DD after FIXED" + found);
    }

    private PaymentTerms percentagePlan() {
        int start = skipSpaces();
        List<PercentageInstallments.Part> parts = new ArrayList<>();
        do {
            int partStart = skipSpaces();
            BigDecimal percent = decimal("a percentage such as 40%");
            if (!Schedules.isPercentAboveZeroUpToHundred(percent)) {
                throw error(
                        partStart,
                        PercentageInstallments.Part.PERCENT_EXPECTED
                                + ", but found "
                                + percent.toPlainString());
            }
            if (Schedules.normalize(percent).scale() > MinorAllocator.MAX_WEIGHT_DIGITS) {
                throw error(
                        partStart,
                        PercentageInstallments.Part.DECIMALS_EXPECTED
                                + ", but found "
                                + percent.toPlainString());
            }
            expect('%', "% after the percentage");
            parts.add(new PercentageInstallments.Part(percent, single()));
        } while (separator());
        BigDecimal sum = PercentageInstallments.sumOfPercentages(parts);
        if (sum.compareTo(HUNDRED) != 0) {
            throw error(
                    start,
                    "percentages that add up to 100, but they add up to " + sum.toPlainString());
        }
        return new PercentageInstallments(parts);
    }

    private PaymentTerms equalPlan() {
        List<SinglePaymentTerms> parts = new ArrayList<>();
        do {
            int partStart = skipSpaces();
            if (!word().equals("EQUAL")) {
                throw error(partStart, "EQUAL at the start of each part of an equal plan");
            }
            parts.add(single());
            if (parts.size() > Schedules.MAX_INSTALLMENTS) {
                throw error(partStart, "at most " + Schedules.MAX_INSTALLMENTS + " installments");
            }
        } while (separator());
        return new EqualInstallments(parts);
    }

    private PaymentTerms amountPlan() {
        List<FixedAmountInstallments.Part> parts = new ArrayList<>();
        CurrencyUnit currency = null;
        BigDecimal total = BigDecimal.ZERO;
        do {
            int partStart = skipSpaces();
            String word = word();
            if (word.equals("REST") && currency != null) {
                SinglePaymentTerms rest = single();
                skipSpaces();
                if (peek() == ';') {
                    throw error("the end of the plan after the REST installment");
                }
                return FixedAmountInstallments.withRest(parts, rest);
            }
            CurrencyUnit partCurrency = currency(partStart, word, currency != null);
            if (currency != null && !currency.equals(partCurrency)) {
                throw error(
                        partStart,
                        "an amount in "
                                + currency.getCurrencyCode()
                                + " like the first installment, but found "
                                + partCurrency.getCurrencyCode());
            }
            currency = partCurrency;
            int amountStart = skipSpaces();
            Money amount = amount(currency);
            total = total.add(amount.getNumberStripped());
            BigDecimal max =
                    BigDecimal.valueOf(Long.MAX_VALUE, MinorAmount.fractionDigits(currency));
            if (total.compareTo(max) > 0) {
                throw error(
                        amountStart,
                        "amounts that add up to at most "
                                + max.toPlainString()
                                + " "
                                + currency.getCurrencyCode()
                                + ", but they add up to "
                                + total.toPlainString());
            }
            parts.add(new FixedAmountInstallments.Part(amount, single()));
        } while (separator());
        return FixedAmountInstallments.exact(parts);
    }

    private CurrencyUnit currency(int start, String code, boolean restAllowed) {
        String restHint = restAllowed ? ", or REST" : "";
        try {
            if (code.length() == 3) {
                return Monetary.getCurrency(code);
            }
        } catch (UnknownCurrencyException e) {
            // Reported below with the position, like a code of the wrong length.
        }
        throw error(start, "an ISO 4217 currency code such as EUR" + restHint);
    }

    private Money amount(CurrencyUnit currency) {
        int start = skipSpaces();
        BigDecimal value = decimal("an amount after " + currency.getCurrencyCode());
        int digits = MinorAmount.fractionDigits(currency);
        if (value.signum() <= 0 || value.scale() > digits) {
            throw error(
                    start,
                    "an amount above 0 with at most "
                            + digits
                            + " decimals for "
                            + currency.getCurrencyCode()
                            + ", but found "
                            + value.toPlainString());
        }
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE, digits);
        if (value.compareTo(max) > 0) {
            // Larger amounts have no long count of minor units, which the schedule needs.
            throw error(
                    start,
                    "an amount above 0 and at most "
                            + max.toPlainString()
                            + " with at most "
                            + digits
                            + " decimals for "
                            + currency.getCurrencyCode()
                            + ", but found "
                            + value.toPlainString());
        }
        return Money.of(value, currency);
    }

    private PaymentTerms monthlyPlan() {
        int start = skipSpaces();
        long count = integer("a number of installments");
        if (count < 1 || count > Schedules.MAX_INSTALLMENTS) {
            throw error(start, Schedules.COUNT_EXPECTED + ", but found " + count);
        }
        if (peek() != 'X' && peek() != 'x') {
            throw error("X after the number of installments, as in 3X NET 30 MONTHLY");
        }
        index++;
        rejectDiscountAhead();
        DueDateRule first = rule();
        int keywordStart = skipSpaces();
        if (!word().equals("MONTHLY")) {
            throw error(keywordStart, "MONTHLY after the first due rule of an installment plan");
        }
        skipSpaces();
        MonthlyAnchor anchor = MonthlyAnchor.DAY_OF_MONTH;
        if (isKeywordAhead("EOM")) {
            word();
            anchor = MonthlyAnchor.END_OF_MONTH;
        }
        return new MonthlyInstallments((int) count, first, anchor);
    }

    private void rejectDiscountAhead() {
        int start = skipSpaces();
        if (isNumberStart(peek())) {
            decimal("a number");
            if (peek() == '/') {
                throw error(
                        start, "a due rule without a discount, because monthly plans have none");
            }
        }
        index = start;
    }

    /** Consumes a {@code ;} between plan parts and returns whether there was one. */
    private boolean separator() {
        skipSpaces();
        if (peek() != ';') {
            return false;
        }
        index++;
        return true;
    }

    private long requireDays(int start, long days, String where) {
        if (days < 0 || days > Schedules.MAX_DAYS) {
            throw error(start, Schedules.DAYS_EXPECTED + " " + where + ", but found " + days);
        }
        return days;
    }

    /** Reads an integer with an optional minus sign, so a negative value can be named. */
    private long integer(String expected) {
        int start = index;
        if (peek() == '-') {
            index++;
        }
        int digitsStart = index;
        while (isAsciiDigit(peek())) {
            index++;
        }
        if (index == digitsStart) {
            index = start;
            throw error(expected);
        }
        String found = text.substring(start, index);
        if (index - digitsStart > 9) {
            throw error(start, expected + ", but found " + found);
        }
        long value = Long.parseLong(found);
        // The sign is read only to name a negative value, and -0 is no number the grammar has.
        if (value == 0 && digitsStart > start) {
            throw error(start, expected + ", but found " + found);
        }
        return value;
    }

    private BigDecimal decimal(String expected) {
        int start = index;
        if (peek() == '-') {
            index++;
        }
        int digitsStart = index;
        while (isAsciiDigit(peek())) {
            index++;
        }
        if (peek() == '.' && index > digitsStart) {
            index++;
            int fractionStart = index;
            while (isAsciiDigit(peek())) {
                index++;
            }
            if (index == fractionStart) {
                throw error("a digit after the decimal point");
            }
        }
        if (index == digitsStart) {
            index = start;
            throw error(expected);
        }
        return new BigDecimal(text.substring(start, index));
    }

    private void expect(char expected, String description) {
        if (peek() != expected) {
            throw error(description);
        }
        index++;
    }

    /** Reads a word of ASCII letters and underscores, folded to upper case with Locale.ROOT. */
    private String word() {
        int start = index;
        while (isLetter(peek()) || peek() == '_') {
            index++;
        }
        return text.substring(start, index).toUpperCase(Locale.ROOT);
    }

    private boolean isKeywordAhead(String keyword) {
        int start = index;
        String word = word();
        index = start;
        return word.equals(keyword);
    }

    private boolean isDigitAhead() {
        int start = index;
        skipSpaces();
        boolean digit = isAsciiDigit(peek());
        index = start;
        return digit;
    }

    /** Skips spaces and returns the index of the next character. */
    private int skipSpaces() {
        while (peek() == ' ' || peek() == '\t') {
            index++;
        }
        return index;
    }

    private boolean atEnd() {
        return index >= text.length();
    }

    /** Returns the next character, or NUL at the end of the text. */
    private char peek() {
        return atEnd() ? '\0' : text.charAt(index);
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberStart(char c) {
        return isAsciiDigit(c) || c == '-';
    }

    private InvalidPaymentTermsException error(String expected) {
        return error(index, expected);
    }

    private InvalidPaymentTermsException error(int at, String expected) {
        return new InvalidPaymentTermsException(text, at + 1, expected);
    }
}
