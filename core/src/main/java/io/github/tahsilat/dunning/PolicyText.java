package io.github.tahsilat.dunning;

import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.RateEntry;
import io.github.tahsilat.interest.RateTable;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * The line-based text form of a {@link DunningPolicy}, which {@link #parse} reads and {@link
 * #print} writes; printing a parsed policy and parsing it again gives an equal policy.
 *
 * <p>Each line is one statement of words separated by spaces; {@code #} starts a comment that runs
 * to the end of the line, and blank lines are ignored. Keywords are lower case. {@code policy}
 * comes first, every setting at most once, then the levels in order:
 *
 * <pre>{@code
 * policy standard
 * grace 3 days                          # default 0
 * count business-days                   # or calendar-days, the default
 * skipped-levels send-each-in-turn      # or send-highest-reached, the default
 * pay-within 10 days                    # default 7
 * interest act/365f from due margin 8 rate 2024-01-01 42.5 rate 2024-07-01 40
 * waive-charges-when-principal-paid     # default off
 * list-all-overdue-items                # default off: only items reaching a new level
 * hand-over-scope counterparty          # or item, the default
 * charge-vat 20 exclusive               # default off: no charge invoices
 * level 1 after -3 days template friendly notify
 * level 2 after 7 days min EUR 10.00 min TRY 300.00 gap 7 days template reminder-2
 * level 3 after 14 days fee fixed EUR 10.00 per-notice fee fixed TRY 300.00 per-notice
 * level 4 after 30 days fee percent 1.5 at-least EUR 5.00 at-most EUR 50.00 per-item add-interest
 * level 5 after 60 days template final hand-over-to-agency legal-follow-up
 * }</pre>
 *
 * <p>Day counts for {@code interest} are {@code act/365f}, {@code act/360}, {@code 30e/360} and
 * {@code 30/360-us}; {@code from} is {@code due} or {@code notice}; {@code margin} (default 0) and
 * the rates are yearly percentages, each rate valid from its ISO date. {@code charge-vat} takes the
 * VAT rate in percent and {@code exclusive} or {@code inclusive}, whether a charged fee or interest
 * amount already contains the VAT. In a {@code level} line the clauses after {@code after N days}
 * may come in any order: {@code min} (once per currency), {@code gap N [days]}, {@code fee} (once
 * per currency), {@code template NAME} (default {@code reminder-N}) and the actions {@code notify},
 * {@code add-interest}, {@code hand-over-to-agency}, {@code legal-follow-up}. A fee implies the
 * {@code CHARGE_FEE} action, and a level without an action word notifies. Stateless and
 * thread-safe.
 */
public final class PolicyText {

    private static final Map<String, DayCount> DAY_COUNTS =
            Map.of(
                    "act/365f", DayCount.ACTUAL_365_FIXED,
                    "act/360", DayCount.ACTUAL_360,
                    "30e/360", DayCount.THIRTY_E_360,
                    "30/360-us", DayCount.THIRTY_360_US);

    private static final Map<String, DunningAction> ACTIONS =
            Map.of(
                    "notify", DunningAction.NOTIFY,
                    "add-interest", DunningAction.ADD_INTEREST,
                    "hand-over-to-agency", DunningAction.HAND_OVER_TO_AGENCY,
                    "legal-follow-up", DunningAction.LEGAL_FOLLOW_UP);

    private PolicyText() {}

    /**
     * Parses the text form into a policy.
     *
     * @throws PolicySyntaxException if a line does not follow the format, or its values break a
     *     rule of the policy or level, naming the line, the column and what was expected
     * @throws io.github.tahsilat.error.InvalidInputException if {@code text} is {@code null}
     */
    public static DunningPolicy parse(String text) {
        InputChecks.present(text, "text", "the text form of a dunning policy");
        return new PolicyParser(text).parse();
    }

    /** Prints {@code policy} in the text form, every setting included, one statement a line. */
    public static String print(DunningPolicy policy) {
        InputChecks.present(policy, "policy", "a dunning policy");
        StringBuilder out = new StringBuilder();
        out.append("policy ").append(policy.name()).append('\n');
        out.append("grace ").append(policy.graceDays()).append(" days\n");
        out.append("count ").append(word(policy.dayCounting().name())).append('\n');
        out.append("skipped-levels ").append(word(policy.skippedLevels().name())).append('\n');
        out.append("pay-within ").append(policy.payWithinDays()).append(" days\n");
        policy.interest().ifPresent(i -> out.append(interest(i)).append('\n'));
        if (policy.waiveChargesWhenPrincipalPaid()) {
            out.append("waive-charges-when-principal-paid\n");
        }
        if (policy.listAllOverdueItems()) {
            out.append("list-all-overdue-items\n");
        }
        if (policy.handOverScope() != HandOverScope.ITEM) {
            out.append("hand-over-scope ").append(word(policy.handOverScope().name())).append('\n');
        }
        policy.chargeVat()
                .ifPresent(
                        vat ->
                                out.append("charge-vat ")
                                        .append(plain(vat.vatRate()))
                                        .append(' ')
                                        .append(word(vat.basis().name()))
                                        .append('\n'));
        for (DunningLevel level : policy.levels()) {
            out.append(level(level)).append('\n');
        }
        return out.toString();
    }

    static String word(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String interest(InterestSettings settings) {
        String dayCount =
                DAY_COUNTS.entrySet().stream()
                        .filter(e -> e.getValue() == settings.dayCount())
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow();
        StringBuilder line = new StringBuilder("interest ").append(dayCount);
        line.append(settings.start() == InterestStart.FROM_DUE_DATE ? " from due" : " from notice");
        RateTable rates = settings.rates();
        if (rates.marginPercent().signum() != 0) {
            line.append(" margin ").append(plain(rates.marginPercent()));
        }
        for (RateEntry entry : rates.entries()) {
            line.append(" rate ").append(entry.validFrom());
            line.append(' ').append(plain(entry.annualPercent()));
        }
        return line.toString();
    }

    private static String level(DunningLevel level) {
        StringBuilder line = new StringBuilder("level ").append(level.number());
        line.append(" after ").append(level.daysPastDue()).append(" days");
        for (MonetaryAmount minimum : level.minimumAmounts()) {
            line.append(" min ").append(amount(minimum));
        }
        if (level.minimumGapDays() > 0) {
            line.append(" gap ").append(level.minimumGapDays()).append(" days");
        }
        for (Fee fee : level.fees()) {
            line.append(" fee ").append(fee(fee));
        }
        line.append(" template ").append(level.template());
        String actions =
                level.actions().stream()
                        .filter(a -> a != DunningAction.CHARGE_FEE)
                        .map(a -> word(a.name()))
                        .collect(Collectors.joining(" "));
        return line.append(' ').append(actions).toString();
    }

    private static String fee(Fee fee) {
        String basis = word(fee.basis().name());
        if (fee instanceof FixedFee fixed) {
            return "fixed " + amount(fixed.amount()) + " " + basis;
        }
        PercentageFee percentage = (PercentageFee) fee;
        StringBuilder text = new StringBuilder("percent ").append(plain(percentage.percent()));
        percentage.minimum().ifPresent(m -> text.append(" at-least ").append(amount(m)));
        percentage.maximum().ifPresent(m -> text.append(" at-most ").append(amount(m)));
        return text.append(' ').append(basis).toString();
    }

    private static String amount(MonetaryAmount amount) {
        MinorAmount exact = MinorAmount.of(amount, RoundingMode.UNNECESSARY);
        return exact.currencyCode() + " " + exact.toBigDecimal().toPlainString();
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Words of the text form that the parser needs by name. */
    static Optional<DayCount> dayCount(String word) {
        return Optional.ofNullable(DAY_COUNTS.get(word));
    }

    static Optional<DunningAction> action(String word) {
        return Optional.ofNullable(ACTIONS.get(word));
    }

    static List<String> dayCountWords() {
        return new ArrayList<>(DAY_COUNTS.keySet()).stream().sorted().toList();
    }
}
