package io.github.tahsilat.terms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.RollConvention;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.terms.DueSchedule.EarlyPaymentDiscount;
import io.github.tahsilat.terms.DueSchedule.Installment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;

/**
 * Invariants of payment terms over generated terms, amounts, currencies and dates.
 *
 * <p>Plans are generated with their parts in due-date order: every part of one plan uses the same
 * kind of rule with a growing number, which never moves a due date earlier.
 */
class PaymentTermsPropertiesTest {

    private static final List<String> CURRENCIES = List.of("JPY", "EUR", "KWD", "USD", "BHD");

    private static final BusinessCalendar CALENDAR =
            new TestCalendar(
                    LocalDate.parse("2024-12-25"),
                    LocalDate.parse("2025-01-01"),
                    LocalDate.parse("2025-12-31"));

    private static final List<RuleKind> RULE_KINDS =
            List.of(
                    new RuleKind(0, Schedules.MAX_DAYS, NetDays::new),
                    new RuleKind(0, Schedules.MAX_DAYS, EndOfMonthThenDays::new),
                    new RuleKind(0, Schedules.MAX_DAYS, DaysThenEndOfMonth::new),
                    new RuleKind(0, Schedules.MAX_DAYS, d -> new DaysThenEndOfMonthThenDay(d, 31)),
                    new RuleKind(0, Schedules.MAX_DAYS, d -> new DaysThenEndOfMonthThenDay(d, 10)),
                    new RuleKind(1, Schedules.MAX_MONTHS, MonthsAfterEndOfMonth::new),
                    new RuleKind(0, 0, d -> new DueOnReceipt()));

    /**
     * A kind of due date rule, built from one number in a range; later numbers never fall due
     * earlier.
     */
    private record RuleKind(int min, int max, IntFunction<DueDateRule> make) {}

    @Property
    void installmentsSumToReceivable(
            @ForAll("plans") PaymentTerms plan,
            @ForAll("currencies") CurrencyUnit currency,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long units,
            @ForAll("roundingModes") RoundingMode rounding,
            @ForAll("invoiceDates") LocalDate invoiceDate) {
        MonetaryAmount receivable = new MinorAmount(units, currency).toMonetaryAmount();

        DueSchedule schedule = plan.dueSchedule(invoiceDate, receivable, CALENDAR, rounding);

        long sum = 0;
        for (Installment installment : schedule.installments()) {
            MinorAmount amount = MinorAmount.of(installment.amount(), RoundingMode.UNNECESSARY);
            assertThat(amount.currency()).isEqualTo(currency);
            sum += amount.units();
        }
        assertThat(sum).isEqualTo(units);
    }

    @Property
    void notationRoundTrips(@ForAll("terms") PaymentTerms terms) {
        String text = terms.toNotation();

        PaymentTerms parsed = PaymentTermsNotation.parse(text);

        assertThat(parsed).isEqualTo(terms);
        assertThat(parsed.toNotation()).isEqualTo(text);
    }

    /**
     * Checks that no date precedes the invoice date. The generated terms hold no {@link FixedDate},
     * the one rule that may lie in the past, and a backward roll may move a date back to the
     * business day on or before the invoice date, but not further.
     */
    @Property
    void datesNotBeforeInvoiceDate(
            @ForAll("termsWithoutFixedDates") PaymentTerms terms,
            @ForAll("invoiceDates") LocalDate invoiceDate,
            @ForAll("roundingModes") RoundingMode rounding) {
        LocalDate earliest =
                rollsBackward(terms)
                        ? CALENDAR.roll(invoiceDate, RollConvention.PRECEDING)
                        : invoiceDate;

        DueSchedule schedule =
                terms.dueSchedule(invoiceDate, receivableFor(terms), CALENDAR, rounding);

        for (Installment installment : schedule.installments()) {
            assertThat(installment.dueDate()).isAfterOrEqualTo(earliest);
            for (EarlyPaymentDiscount discount : installment.discounts()) {
                assertThat(discount.lastDay()).isAfterOrEqualTo(earliest);
            }
        }
    }

    private static boolean rollsBackward(PaymentTerms terms) {
        return terms instanceof BusinessDayRoll roll
                && roll.convention() != RollConvention.FOLLOWING;
    }

    /**
     * Returns an amount the terms can split: the fixed amounts, doubled when a REST installment
     * follows them, or else 1,000.00 EUR.
     */
    private static MonetaryAmount receivableFor(PaymentTerms terms) {
        PaymentTerms inner = terms;
        if (inner instanceof BusinessDayRoll roll) {
            inner = roll.terms();
        }
        if (inner instanceof NextMonthAfterCutoff cutoff) {
            inner = cutoff.terms();
        }
        if (!(inner instanceof FixedAmountInstallments fixed)) {
            return Money.of(1000, "EUR");
        }
        MonetaryAmount total = fixed.parts().get(0).amount();
        for (int i = 1; i < fixed.parts().size(); i++) {
            total = total.add(fixed.parts().get(i).amount());
        }
        if (fixed.rest() != null) {
            total = total.add(total);
        }
        return total;
    }

    @Provide
    Arbitrary<CurrencyUnit> currencies() {
        return Arbitraries.of(CURRENCIES).map(Monetary::getCurrency);
    }

    @Provide
    Arbitrary<RoundingMode> roundingModes() {
        return Arbitraries.of(
                RoundingMode.HALF_UP,
                RoundingMode.HALF_EVEN,
                RoundingMode.HALF_DOWN,
                RoundingMode.UP,
                RoundingMode.DOWN,
                RoundingMode.CEILING,
                RoundingMode.FLOOR);
    }

    @Provide
    Arbitrary<LocalDate> invoiceDates() {
        long first = LocalDate.parse("1990-01-01").toEpochDay();
        long last = LocalDate.parse("2100-12-31").toEpochDay();
        return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<PaymentTerms> plans() {
        return Arbitraries.oneOf(percentagePlans(), equalPlans(), monthlyPlans());
    }

    @Provide
    Arbitrary<PaymentTerms> terms() {
        Arbitrary<PaymentTerms> schedules =
                Arbitraries.oneOf(
                        singles(true).map(PaymentTerms.class::cast),
                        percentagePlans(),
                        equalPlans(),
                        monthlyPlans(),
                        amountPlans());
        return wrapped(schedules);
    }

    @Provide
    Arbitrary<PaymentTerms> termsWithoutFixedDates() {
        Arbitrary<PaymentTerms> schedules =
                Arbitraries.oneOf(
                        singles(false).map(PaymentTerms.class::cast),
                        percentagePlans(),
                        equalPlans(),
                        monthlyPlans(),
                        amountPlans());
        return wrapped(schedules);
    }

    private static Arbitrary<PaymentTerms> wrapped(Arbitrary<PaymentTerms> schedules) {
        Arbitrary<Integer> cutoffDays = Arbitraries.integers().between(0, 30);
        Arbitrary<RollConvention> conventions = Arbitraries.of(RollConvention.class);
        return Combinators.combine(schedules, cutoffDays, conventions)
                .as(
                        (schedule, cutoffDay, convention) -> {
                            PaymentTerms terms = schedule;
                            if (cutoffDay > 0) {
                                terms = new NextMonthAfterCutoff(cutoffDay, terms);
                            }
                            if (convention != RollConvention.NONE) {
                                terms = new BusinessDayRoll(terms, convention);
                            }
                            return terms;
                        });
    }

    /**
     * Rules of one kind with distinct growing numbers, so each falls due no earlier than the last.
     */
    private static Arbitrary<List<DueDateRule>> orderedRules(int count) {
        return Arbitraries.of(RULE_KINDS)
                .filter(kind -> kind.max() - kind.min() + 1 >= count)
                .flatMap(
                        kind ->
                                Arbitraries.integers()
                                        .between(kind.min(), kind.max())
                                        .set()
                                        .ofSize(count)
                                        .map(
                                                numbers -> {
                                                    List<DueDateRule> rules = new ArrayList<>();
                                                    numbers.stream()
                                                            .sorted()
                                                            .forEach(
                                                                    n ->
                                                                            rules.add(
                                                                                    kind.make()
                                                                                            .apply(
                                                                                                    n)));
                                                    return rules;
                                                }));
    }

    private static Arbitrary<List<DiscountTier>> discountTiers() {
        return Arbitraries.integers()
                .between(1, 3)
                .flatMap(
                        count -> {
                            Arbitrary<List<Integer>> days =
                                    Arbitraries.integers()
                                            .between(0, Schedules.MAX_DAYS)
                                            .set()
                                            .ofSize(count)
                                            .map(set -> set.stream().sorted().toList());
                            Arbitrary<List<Integer>> basisPoints =
                                    Arbitraries.integers()
                                            .between(1, 9999)
                                            .set()
                                            .ofSize(count)
                                            .map(
                                                    set ->
                                                            set.stream()
                                                                    .sorted((a, b) -> b - a)
                                                                    .toList());
                            return Combinators.combine(days, basisPoints)
                                    .as(
                                            (dayList, pointList) -> {
                                                List<DiscountTier> tiers = new ArrayList<>();
                                                for (int i = 0; i < count; i++) {
                                                    tiers.add(
                                                            new DiscountTier(
                                                                    BigDecimal.valueOf(
                                                                            pointList.get(i), 2),
                                                                    dayList.get(i)));
                                                }
                                                return tiers;
                                            });
                        });
    }

    /** Adds discount tiers to some of the rules. */
    private static Arbitrary<List<SinglePaymentTerms>> withDiscounts(List<DueDateRule> rules) {
        List<Arbitrary<SinglePaymentTerms>> parts = new ArrayList<>();
        for (DueDateRule rule : rules) {
            Arbitrary<SinglePaymentTerms> discounted =
                    discountTiers().map(tiers -> new DiscountedTerms(tiers, rule));
            parts.add(Arbitraries.oneOf(Arbitraries.just(rule), discounted));
        }
        return Combinators.combine(parts).as(List::copyOf);
    }

    private static Arbitrary<List<SinglePaymentTerms>> orderedParts(int count) {
        return orderedRules(count).flatMap(PaymentTermsPropertiesTest::withDiscounts);
    }

    private static Arbitrary<SinglePaymentTerms> singles(boolean withFixedDates) {
        Arbitrary<SinglePaymentTerms> fromKinds = orderedParts(1).map(parts -> parts.get(0));
        if (!withFixedDates) {
            return fromKinds;
        }
        Arbitrary<SinglePaymentTerms> fixed =
                Arbitraries.longs()
                        .between(
                                LocalDate.parse("2000-01-01").toEpochDay(),
                                LocalDate.parse("2099-12-31").toEpochDay())
                        .map(day -> new FixedDate(LocalDate.ofEpochDay(day)));
        return Arbitraries.oneOf(fromKinds, fixed);
    }

    private static Arbitrary<PaymentTerms> percentagePlans() {
        // Cut points in hundredths of a percent split 100 % into parts that are all above zero.
        return Arbitraries.integers()
                .between(1, 9999)
                .set()
                .ofMaxSize(7)
                .flatMap(
                        cuts -> {
                            List<Integer> points = new ArrayList<>(cuts.stream().sorted().toList());
                            points.add(10000);
                            return orderedParts(points.size())
                                    .map(
                                            parts -> {
                                                List<PercentageInstallments.Part> plan =
                                                        new ArrayList<>();
                                                int previous = 0;
                                                for (int i = 0; i < points.size(); i++) {
                                                    BigDecimal percent =
                                                            BigDecimal.valueOf(
                                                                    points.get(i) - previous, 2);
                                                    plan.add(
                                                            new PercentageInstallments.Part(
                                                                    percent, parts.get(i)));
                                                    previous = points.get(i);
                                                }
                                                return new PercentageInstallments(plan);
                                            });
                        });
    }

    private static Arbitrary<PaymentTerms> equalPlans() {
        return Arbitraries.integers()
                .between(1, 12)
                .flatMap(count -> orderedParts(count).map(EqualInstallments::new));
    }

    private static Arbitrary<PaymentTerms> monthlyPlans() {
        Arbitrary<Integer> counts = Arbitraries.integers().between(1, Schedules.MAX_INSTALLMENTS);
        Arbitrary<DueDateRule> first = orderedRules(1).map(rules -> rules.get(0));
        Arbitrary<MonthlyAnchor> anchors = Arbitraries.of(MonthlyAnchor.class);
        return Combinators.combine(counts, first, anchors).as(MonthlyInstallments::new);
    }

    private static Arbitrary<PaymentTerms> amountPlans() {
        Arbitrary<CurrencyUnit> currencies = Arbitraries.of(CURRENCIES).map(Monetary::getCurrency);
        return Combinators.combine(
                        currencies,
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.of(true, false))
                .flatAs(
                        (currency, count, hasRest) -> {
                            int rules = hasRest ? count + 1 : count;
                            Arbitrary<List<Long>> units =
                                    Arbitraries.longs()
                                            .between(1, 1_000_000_000L)
                                            .list()
                                            .ofSize(count);
                            return Combinators.combine(orderedParts(rules), units)
                                    .as(
                                            (parts, amounts) -> {
                                                List<FixedAmountInstallments.Part> fixed =
                                                        new ArrayList<>();
                                                for (int i = 0; i < count; i++) {
                                                    MonetaryAmount amount =
                                                            new MinorAmount(
                                                                            amounts.get(i),
                                                                            currency)
                                                                    .toMonetaryAmount();
                                                    fixed.add(
                                                            new FixedAmountInstallments.Part(
                                                                    amount, parts.get(i)));
                                                }
                                                return hasRest
                                                        ? FixedAmountInstallments.withRest(
                                                                fixed, parts.get(count))
                                                        : FixedAmountInstallments.exact(fixed);
                                            });
                        });
    }
}
