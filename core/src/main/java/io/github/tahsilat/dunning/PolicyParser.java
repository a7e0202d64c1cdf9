package io.github.tahsilat.dunning;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.error.TahsilatException;
import io.github.tahsilat.fx.VatBasis;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.RateEntry;
import io.github.tahsilat.interest.RateTable;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;

/** Parses the text form that {@link PolicyText} describes. Not thread-safe, so use each once. */
final class PolicyParser {

    private record Token(String text, int column) {}

    private final String[] lines;
    private final Set<String> settingsSeen = new HashSet<>();
    private DunningPolicy.Builder builder;
    private DunningLevel previousLevel;
    private int lineNumber;
    private List<Token> tokens;
    private int position;
    private int lineEnd;

    PolicyParser(String text) {
        this.lines = text.split("\r?\n", -1);
    }

    DunningPolicy parse() {
        int levels = 0;
        for (int i = 0; i < lines.length; i++) {
            lineNumber = i + 1;
            tokenize(lines[i]);
            if (tokens.isEmpty()) {
                continue;
            }
            Token keyword = next("a statement such as policy, grace or level");
            if (builder == null && !keyword.text().equals("policy")) {
                throw error(keyword, "the statement 'policy NAME' first");
            }
            if (keyword.text().equals("level")) {
                previousLevel = level();
                builder.level(previousLevel);
                levels++;
            } else {
                setting(keyword);
            }
            endOfLine();
        }
        if (builder == null) {
            throw new PolicySyntaxException(
                    lineNumber, 1, "the statement 'policy NAME'", "end of text");
        }
        if (levels == 0) {
            throw new PolicySyntaxException(
                    lineNumber, 1, "at least one 'level' statement", "end of text");
        }
        try {
            return builder.build();
        } catch (InvalidInputException e) {
            throw new PolicySyntaxException(lineNumber, 1, "a valid policy", e.getMessage());
        }
    }

    private void setting(Token keyword) {
        if (!settingsSeen.add(keyword.text())) {
            throw error(keyword, "each setting at most once, but '" + keyword.text() + "' repeats");
        }
        switch (keyword.text()) {
            case "policy" -> builder = DunningPolicy.builder(name(next("a policy name")));
            case "grace" -> builder.graceDays(days());
            case "count" ->
                    builder.dayCounting(
                            choice(DayCounting.values(), "calendar-days or business-days"));
            case "skipped-levels" ->
                    builder.skippedLevels(
                            choice(
                                    SkippedLevels.values(),
                                    "send-highest-reached or send-each-in-turn"));
            case "pay-within" -> builder.payWithinDays(days());
            case "interest" -> builder.interest(interest());
            case "waive-charges-when-principal-paid" -> builder.waiveChargesWhenPrincipalPaid(true);
            case "list-all-overdue-items" -> builder.listAllOverdueItems(true);
            case "hand-over-scope" ->
                    builder.handOverScope(choice(HandOverScope.values(), "item or counterparty"));
            case "charge-vat" -> builder.chargeVat(chargeVat());
            default ->
                    throw error(
                            keyword,
                            "one of policy, grace, count, skipped-levels, pay-within, interest,"
                                    + " waive-charges-when-principal-paid, list-all-overdue-items,"
                                    + " hand-over-scope, charge-vat, level");
        }
    }

    private String name(Token token) {
        if (!token.text().matches(DunningPolicy.NAME_PATTERN)) {
            throw error(token, "a name of letters, digits, dots, hyphens or underscores");
        }
        return token.text();
    }

    private int days() {
        int days = integer(next("a number of days"));
        keyword("days");
        return days;
    }

    private <E extends Enum<E>> E choice(E[] values, String expected) {
        Token token = next(expected);
        for (E value : values) {
            if (PolicyText.word(value.name()).equals(token.text())) {
                return value;
            }
        }
        throw error(token, expected);
    }

    private InterestSettings interest() {
        Token dayCountToken = next("a day count: " + String.join(", ", PolicyText.dayCountWords()));
        DayCount dayCount =
                PolicyText.dayCount(dayCountToken.text())
                        .orElseThrow(
                                () ->
                                        error(
                                                dayCountToken,
                                                "a day count: "
                                                        + String.join(
                                                                ", ", PolicyText.dayCountWords())));

        keyword("from");
        Token startToken = next("due or notice");
        InterestStart start =
                switch (startToken.text()) {
                    case "due" -> InterestStart.FROM_DUE_DATE;
                    case "notice" -> InterestStart.FROM_NOTICE;
                    default -> throw error(startToken, "due or notice");
                };
        BigDecimal margin = BigDecimal.ZERO;
        if (peekIs("margin")) {
            next("margin");
            margin = decimal(next("a margin in percentage points"));
        }

        List<RateEntry> entries = new ArrayList<>();
        do {
            keyword("rate");
            Token dateToken = next("the date a rate is valid from, such as 2024-01-01");
            LocalDate date = date(dateToken);
            BigDecimal rate = decimal(next("a yearly rate in percent"));
            if (!entries.isEmpty() && !date.isAfter(entries.get(entries.size() - 1).validFrom())) {
                throw error(
                        dateToken, "a date after " + entries.get(entries.size() - 1).validFrom());
            }
            entries.add(new RateEntry(date, rate));
        } while (peekIs("rate"));
        return new InterestSettings(dayCount, new RateTable(entries, margin), start);
    }

    private ChargeVat chargeVat() {
        Token rateToken = next("a VAT rate in percent, such as 20");
        BigDecimal rate = decimal(rateToken);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw error(rateToken, "a VAT rate from 0 to 100 percent");
        }
        return new ChargeVat(rate, choice(VatBasis.values(), "exclusive or inclusive"));
    }

    private DunningLevel level() {
        Token numberToken = next("a level number");
        int number = integer(numberToken);
        if (previousLevel != null && number <= previousLevel.number()) {
            throw error(numberToken, "a level number above " + previousLevel.number());
        }
        keyword("after");
        Token thresholdToken = next("a number of days past due, negative before the due date");
        int threshold = integer(thresholdToken);
        if (previousLevel != null && threshold <= previousLevel.daysPastDue()) {
            throw error(
                    thresholdToken,
                    "more than " + previousLevel.daysPastDue() + " days, the previous level's");
        }
        keyword("days");
        DunningLevel.Builder level = DunningLevel.builder(number, threshold);
        while (position < lineEnd) {
            Token clause = next("a level clause");
            switch (clause.text()) {
                case "min" -> level.minimum(amount());
                case "gap" -> {
                    level.minimumGapDays(integer(next("a number of days")));
                    if (peekIs("days")) {
                        next("days");
                    }
                }
                case "fee" -> level.fee(fee());
                case "template" -> {
                    Token name = next("a template name");
                    if (!name.text().matches(DunningLevel.TEMPLATE_PATTERN)) {
                        throw error(name, "a template name of letters, digits, dots, hyphens");
                    }
                    level.template(name.text());
                }
                default ->
                        level.action(
                                PolicyText.action(clause.text())
                                        .orElseThrow(
                                                () ->
                                                        error(
                                                                clause,
                                                                "min, gap, fee, template, notify,"
                                                                        + " add-interest, hand-over-to-agency"
                                                                        + " or legal-follow-up")));
            }
        }
        try {
            return level.build();
        } catch (InvalidInputException e) {
            throw error(numberToken, "a valid level, but " + e.getMessage());
        }
    }

    private Fee fee() {
        Token kind = next("fixed or percent");
        if (kind.text().equals("fixed")) {
            MonetaryAmount amount = amount();
            return new FixedFee(amount, basis());
        }
        if (!kind.text().equals("percent")) {
            throw error(kind, "fixed or percent");
        }
        Token percentToken = next("a percentage");
        BigDecimal percent = decimal(percentToken);
        if (percent.signum() <= 0) {
            throw error(percentToken, "a percentage greater than zero");
        }
        Optional<MonetaryAmount> minimum = Optional.empty();
        Optional<MonetaryAmount> maximum = Optional.empty();
        if (peekIs("at-least")) {
            next("at-least");
            minimum = Optional.of(amount());
        }
        if (peekIs("at-most")) {
            next("at-most");
            maximum = Optional.of(amount());
        }
        FeeBasis basis = basis();
        try {
            return new PercentageFee(percent, minimum, maximum, basis);
        } catch (TahsilatException e) {
            throw error(kind, "a valid percentage fee, but " + e.getMessage());
        }
    }

    private FeeBasis basis() {
        return choice(FeeBasis.values(), "per-notice or per-item");
    }

    private MonetaryAmount amount() {
        Token codeToken = next("an ISO 4217 currency code such as EUR");
        CurrencyUnit currency;
        try {
            if (!codeToken.text().matches("[A-Z]{3}")) {
                throw error(codeToken, "an ISO 4217 currency code such as EUR");
            }
            currency = Monetary.getCurrency(codeToken.text());
        } catch (UnknownCurrencyException e) {
            throw error(codeToken, "an ISO 4217 currency code such as EUR");
        }
        Token amountToken = next("an amount such as 10.00");
        BigDecimal value = decimal(amountToken);
        try {
            MinorAmount exact = MinorAmount.of(value, currency, RoundingMode.UNNECESSARY);
            if (exact.isNegative()) {
                throw error(amountToken, "an amount of zero or more");
            }
            return exact.toMonetaryAmount();
        } catch (InvalidInputException e) {
            throw error(
                    amountToken,
                    "at most "
                            + MinorAmount.fractionDigits(currency)
                            + " decimals for "
                            + currency.getCurrencyCode());
        }
    }

    private int integer(Token token) {
        if (!token.text().matches("-?[0-9]{1,6}")) {
            throw error(token, "a whole number");
        }
        return Integer.parseInt(token.text());
    }

    private BigDecimal decimal(Token token) {
        if (!token.text().matches("-?[0-9]{1,12}(\\.[0-9]{1,12})?")) {
            throw error(token, "a decimal number such as 12.5");
        }
        return new BigDecimal(token.text());
    }

    private LocalDate date(Token token) {
        try {
            return LocalDate.parse(token.text());
        } catch (DateTimeParseException e) {
            throw error(token, "an ISO date such as 2024-01-01");
        }
    }

    private void keyword(String word) {
        Token token = next("'" + word + "'");
        if (!token.text().equals(word)) {
            throw error(token, "'" + word + "'");
        }
    }

    private boolean peekIs(String word) {
        return position < lineEnd && tokens.get(position).text().equals(word);
    }

    private Token next(String expected) {
        if (position >= lineEnd) {
            int column = lines[lineNumber - 1].stripTrailing().length() + 1;
            throw new PolicySyntaxException(lineNumber, column, expected, "end of line");
        }
        return tokens.get(position++);
    }

    private void endOfLine() {
        if (position < lineEnd) {
            throw error(tokens.get(position), "end of line");
        }
    }

    private PolicySyntaxException error(Token token, String expected) {
        return new PolicySyntaxException(
                lineNumber, token.column(), expected, "'" + token.text() + "'");
    }

    private void tokenize(String line) {
        tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#') {
                break;
            }
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && " \t#".indexOf(line.charAt(i)) < 0) {
                i++;
            }
            tokens.add(new Token(line.substring(start, i), start + 1));
        }
        position = 0;
        lineEnd = tokens.size();
    }
}
