package io.github.tahsilat.calendar;

import io.github.tahsilat.error.DateOutsideCalendarException;
import io.github.tahsilat.error.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A business calendar made of weekend days and a table of dated holidays and half days.
 *
 * <p>A calendar either covers every year, and then has only the holidays it was given, or covers a
 * range of years, and then throws {@link DateOutsideCalendarException} for any date outside that
 * range rather than report a working day it cannot vouch for. {@link #weekendsOnly()} covers every
 * year; a calendar built from a holiday table covers the years of the table.
 *
 * <p>Where two entries fall on one date, a full-day holiday wins over a half day, two full-day
 * holidays report both names joined by {@code " / "}, and two half days close at the earlier time.
 * A holiday on a weekend day stays a holiday and nothing moves to another day.
 *
 * <p>{@link #isBusinessDay} runs in constant time: a calendar that covers a range of years keeps
 * one bit per day of each year, and one that covers every year checks the day of the week and one
 * hash lookup. Instances are immutable and thread-safe. {@link Builder} is not thread-safe.
 */
public final class HolidayCalendar implements BusinessCalendar {

    /** The maximum number of years one calendar may cover, which bounds its memory. */
    public static final int MAX_COVERED_YEARS = 1000;

    private static final String JOINED_NAME_SEPARATOR = " / ";

    private final String name;
    private final Set<DayOfWeek> weekendDays;
    private final int weekendMask;
    private final HalfDayTreatment halfDayTreatment;
    private final List<Holiday> holidays;
    private final Map<LocalDate, DayEntry> entries;
    private final boolean bounded;
    private final int firstYear;
    private final int lastYear;
    // One row per covered year; bit (dayOfYear - 1) is set when that day is not a business day.
    private final long[][] nonBusinessDays;

    private HolidayCalendar(Builder builder, int firstYear, int lastYear, boolean bounded) {
        this.name = builder.name;
        this.weekendDays = Collections.unmodifiableSet(EnumSet.copyOf(builder.weekendDays));
        this.weekendMask = maskOf(builder.weekendDays);
        this.halfDayTreatment = builder.halfDayTreatment;
        List<Holiday> sorted = new ArrayList<>(builder.holidays);
        sorted.sort(Comparator.comparing(Holiday::date));
        this.holidays = List.copyOf(sorted);
        this.entries = Collections.unmodifiableMap(mergeEntries(sorted));
        this.bounded = bounded;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.nonBusinessDays = bounded ? fillYears() : new long[0][];
    }

    /** Returns a new builder with a Saturday–Sunday weekend, no holidays and every year covered. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a calendar of every year whose only non-business days are Saturday and Sunday. */
    public static HolidayCalendar weekendsOnly() {
        return builder().name("Saturday-Sunday weekend").build();
    }

    /**
     * Returns a calendar of every year whose only non-business days are {@code weekendDays}.
     *
     * @throws InvalidInputException if {@code weekendDays} contains all seven days of the week
     */
    public static HolidayCalendar weekendsOnly(Set<DayOfWeek> weekendDays) {
        return builder().name("weekend-only").weekendDays(weekendDays).build();
    }

    /**
     * {@inheritDoc}
     *
     * @throws DateOutsideCalendarException if the calendar covers a range of years and the date's
     *     year is outside it
     */
    @Override
    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (bounded) {
            int row = date.getYear() - firstYear;
            if (row < 0 || row >= nonBusinessDays.length) {
                throw outside(date);
            }
            int day = date.getDayOfYear() - 1;
            return (nonBusinessDays[row][day >>> 6] & (1L << day)) == 0;
        }
        return !isWeekend(date) && countsAsBusinessDay(entries.get(date));
    }

    /**
     * {@inheritDoc}
     *
     * @throws DateOutsideCalendarException if the calendar covers a range of years and the date's
     *     year is outside it
     */
    @Override
    public CalendarDay dayOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covers(date)) {
            throw outside(date);
        }
        DayEntry entry = entries.get(date);
        if (entry != null && entry.isFullDay()) {
            return CalendarDay.holiday(date, entry.name());
        }
        if (isWeekend(date)) {
            return CalendarDay.weekend(date, entry == null ? null : entry.name());
        }
        if (entry != null) {
            return CalendarDay.halfDay(
                    date, entry.name(), entry.closingTime(), countsAsBusinessDay(entry));
        }
        return CalendarDay.businessDay(date);
    }

    /** Returns whether the calendar has data for {@code date}'s year. */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !bounded || (date.getYear() >= firstYear && date.getYear() <= lastYear);
    }

    /** Returns the first year the calendar covers, or empty if it covers every year. */
    public Optional<Year> firstCoveredYear() {
        return bounded ? Optional.of(Year.of(firstYear)) : Optional.empty();
    }

    /** Returns the last year the calendar covers, or empty if it covers every year. */
    public Optional<Year> lastCoveredYear() {
        return bounded ? Optional.of(Year.of(lastYear)) : Optional.empty();
    }

    /** Returns the calendar's name, used in messages, for example {@code "Turkey"}. */
    public String name() {
        return name;
    }

    /** Returns the days of the week that are not business days, as an unmodifiable set. */
    public Set<DayOfWeek> weekendDays() {
        return weekendDays;
    }

    /** Returns whether half days count as business days. */
    public HalfDayTreatment halfDayTreatment() {
        return halfDayTreatment;
    }

    /** Returns every holiday and half day the calendar was built from, sorted by date. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /**
     * Returns a copy of this calendar that counts half days by {@code treatment}.
     *
     * @throws NullPointerException if {@code treatment} is {@code null}
     */
    public HolidayCalendar withHalfDayTreatment(HalfDayTreatment treatment) {
        return toBuilder().halfDayTreatment(treatment).build();
    }

    /**
     * Returns a builder preset with this calendar's name, weekend days, holidays, covered years and
     * half-day treatment, for a host that adds its own closing days to a shipped calendar.
     */
    public Builder toBuilder() {
        Builder builder =
                builder()
                        .name(name)
                        .weekendDays(weekendDays)
                        .addAll(holidays)
                        .halfDayTreatment(halfDayTreatment);
        return bounded ? builder.coveredYears(firstYear, lastYear) : builder.allYears();
    }

    @Override
    public String toString() {
        String years = bounded ? firstYear + "-" + lastYear : "all";
        return "HolidayCalendar[name="
                + name
                + ", weekend="
                + weekendDays
                + ", years="
                + years
                + ", holidays="
                + holidays.size()
                + ", halfDays="
                + halfDayTreatment
                + "]";
    }

    private boolean isWeekend(LocalDate date) {
        return (weekendMask & (1 << date.getDayOfWeek().getValue())) != 0;
    }

    private boolean countsAsBusinessDay(DayEntry entry) {
        return entry == null
                || (!entry.isFullDay() && halfDayTreatment == HalfDayTreatment.BUSINESS_DAY);
    }

    private DateOutsideCalendarException outside(LocalDate date) {
        return new DateOutsideCalendarException(name, date, firstYear, lastYear);
    }

    private long[][] fillYears() {
        long[][] rows = new long[lastYear - firstYear + 1][];
        for (int row = 0; row < rows.length; row++) {
            LocalDate day = LocalDate.of(firstYear + row, 1, 1);
            long[] bits = new long[(day.lengthOfYear() + 63) / 64];
            for (int index = 0; index < day.lengthOfYear(); index++) {
                LocalDate date = day.plusDays(index);
                if (isWeekend(date) || !countsAsBusinessDay(entries.get(date))) {
                    bits[index >>> 6] |= 1L << index;
                }
            }
            rows[row] = bits;
        }
        return rows;
    }

    private static int maskOf(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << day.getValue();
        }
        return mask;
    }

    private static Map<LocalDate, DayEntry> mergeEntries(List<Holiday> holidays) {
        Map<LocalDate, DayEntry> merged = new HashMap<>();
        for (Holiday holiday : holidays) {
            DayEntry entry = new DayEntry(holiday.name(), holiday.closingTime());
            merged.merge(holiday.date(), entry, DayEntry::combine);
        }
        return merged;
    }

    /** The table's entry for one date: a name, and a closing time for a half day. */
    private record DayEntry(String name, LocalTime closingTime) {

        boolean isFullDay() {
            return closingTime == null;
        }

        DayEntry combine(DayEntry other) {
            if (isFullDay() != other.isFullDay()) {
                return isFullDay() ? this : other;
            }
            String names =
                    name.equals(other.name) ? name : name + JOINED_NAME_SEPARATOR + other.name;
            LocalTime earlier =
                    isFullDay() || closingTime.isBefore(other.closingTime)
                            ? closingTime
                            : other.closingTime;
            return new DayEntry(names, earlier);
        }
    }

    /**
     * Builds a {@link HolidayCalendar}. Starts with a Saturday–Sunday weekend, no holidays, half
     * days as business days and the name {@code "custom"}.
     *
     * <p>Covered years: set them with {@link #coveredYears}, or ask for every year with {@link
     * #allYears}. Without either, a builder with holidays covers the years from its earliest to its
     * latest holiday, and one without holidays covers every year. Not thread-safe; each {@link
     * #build} returns an independent calendar that later changes to the builder do not affect.
     */
    public static final class Builder {
        private String name = "custom";
        private final EnumSet<DayOfWeek> weekendDays =
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final List<Holiday> holidays = new ArrayList<>();
        private HalfDayTreatment halfDayTreatment = HalfDayTreatment.BUSINESS_DAY;
        private Coverage coverage = Coverage.DERIVED;
        private int firstYear;
        private int lastYear;

        private enum Coverage {
            DERIVED,
            RANGE,
            ALL_YEARS
        }

        private Builder() {}

        /**
         * Sets the name that messages use for the calendar.
         *
         * @throws InvalidInputException if {@code name} is blank
         */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new InvalidInputException(
                        "calendar name", "'" + name + "'", "a non-blank name such as 'Turkey'");
            }
            this.name = name;
            return this;
        }

        /**
         * Replaces the weekend days. An empty array makes every day of the week a business day.
         *
         * @throws InvalidInputException if all seven days of the week are given
         */
        public Builder weekendDays(DayOfWeek... days) {
            Objects.requireNonNull(days, "days");
            return weekendDays(new HashSet<>(Arrays.asList(days)));
        }

        /**
         * Replaces the weekend days, for example Friday and Saturday. An empty set makes every day
         * of the week a business day.
         *
         * @throws InvalidInputException if all seven days of the week are given, because such a
         *     calendar has no business day to roll to
         */
        public Builder weekendDays(Set<DayOfWeek> days) {
            Objects.requireNonNull(days, "days");
            days.forEach(day -> Objects.requireNonNull(day, "weekend day"));
            if (days.size() == DayOfWeek.values().length) {
                throw new InvalidInputException(
                        "weekend days",
                        EnumSet.allOf(DayOfWeek.class),
                        "at most six days of the week, so that every week has a business day");
            }
            weekendDays.clear();
            weekendDays.addAll(days);
            return this;
        }

        /** Adds a full-day holiday. */
        public Builder holiday(LocalDate date, String holidayName) {
            return add(Holiday.fullDay(date, holidayName));
        }

        /** Adds a half day on which work stops at {@code closingTime}, for example 13:00. */
        public Builder halfDay(LocalDate date, String holidayName, LocalTime closingTime) {
            return add(Holiday.halfDay(date, holidayName, closingTime));
        }

        /** Adds one holiday or half day. */
        public Builder add(Holiday holiday) {
            holidays.add(Objects.requireNonNull(holiday, "holiday"));
            return this;
        }

        /** Adds every holiday and half day in {@code entries}. */
        public Builder addAll(Collection<Holiday> entries) {
            Objects.requireNonNull(entries, "entries");
            entries.forEach(this::add);
            return this;
        }

        /**
         * Limits the calendar to the years {@code first} to {@code last}, inclusive. Every holiday
         * must fall in them, and the calendar throws {@link DateOutsideCalendarException} for dates
         * outside them.
         *
         * @throws InvalidInputException if {@code first} is after {@code last}, either is outside
         *     the years {@link LocalDate} supports, or the range is longer than {@link
         *     #MAX_COVERED_YEARS}
         */
        public Builder coveredYears(int first, int last) {
            checkYear("first covered year", first);
            checkYear("last covered year", last);
            if (first > last) {
                throw new InvalidInputException(
                        "covered years", first + " to " + last, "a first year before the last");
            }
            checkRange(first, last);
            this.coverage = Coverage.RANGE;
            this.firstYear = first;
            this.lastYear = last;
            return this;
        }

        /** Makes the calendar cover every year, with only the holidays it was given. */
        public Builder allYears() {
            this.coverage = Coverage.ALL_YEARS;
            return this;
        }

        /** Sets whether half days count as business days; the default is that they do. */
        public Builder halfDayTreatment(HalfDayTreatment treatment) {
            this.halfDayTreatment = Objects.requireNonNull(treatment, "treatment");
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @throws InvalidInputException if a holiday falls outside the covered years, or the years
         *     derived from the holidays span more than {@link #MAX_COVERED_YEARS}
         */
        public HolidayCalendar build() {
            return switch (coverage) {
                case ALL_YEARS -> new HolidayCalendar(this, 0, 0, false);
                case RANGE -> buildRange(firstYear, lastYear);
                case DERIVED ->
                        holidays.isEmpty()
                                ? new HolidayCalendar(this, 0, 0, false)
                                : buildDerived();
            };
        }

        private HolidayCalendar buildDerived() {
            int first = holidays.stream().mapToInt(h -> h.date().getYear()).min().orElseThrow();
            int last = holidays.stream().mapToInt(h -> h.date().getYear()).max().orElseThrow();
            checkRange(first, last);
            return buildRange(first, last);
        }

        private HolidayCalendar buildRange(int first, int last) {
            for (Holiday holiday : holidays) {
                int year = holiday.date().getYear();
                if (year < first || year > last) {
                    throw new InvalidInputException(
                            "holiday date",
                            holiday.date() + " (" + holiday.name() + ")",
                            "a date in the covered years " + first + " to " + last);
                }
            }
            return new HolidayCalendar(this, first, last, true);
        }

        private static void checkRange(int first, int last) {
            if ((long) last - first + 1 > MAX_COVERED_YEARS) {
                throw new InvalidInputException(
                        "covered years",
                        first + " to " + last,
                        "at most " + MAX_COVERED_YEARS + " years");
            }
        }

        private static void checkYear(String field, int year) {
            if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
                throw new InvalidInputException(
                        field, year, "a year from " + Year.MIN_VALUE + " to " + Year.MAX_VALUE);
            }
        }
    }
}
