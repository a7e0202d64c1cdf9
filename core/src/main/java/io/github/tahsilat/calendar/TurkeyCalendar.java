package io.github.tahsilat.calendar;

import io.github.tahsilat.internal.resource.ClasspathResources;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The business calendar of Türkiye, loaded from the holiday table that ships in the core jar.
 *
 * <p>Weekend days are Saturday and Sunday. Full-day holidays: 1 January, 23 April, 1 May, 19 May,
 * 15 July (from 2017), 30 August, 29 October, the three days of Ramazan Bayramı and the four days
 * of Kurban Bayramı. Half days, on which work stops at 13:00: 28 October and the eve (arife) of
 * each bayram. These follow Law 2429 on national holidays and general holidays, and the bayram
 * dates are the ones Diyanet İşleri Başkanlığı publishes. A bayram day or eve that falls on a
 * weekend stays where it is, and where a half day and a full-day holiday share a date the full-day
 * holiday wins.
 *
 * <p>Administrative leave days (idari izin), which the government declares for public employees to
 * bridge a bayram and a weekend, are not public holidays and are not in the table. A host whose
 * business closes on them adds them with {@link HolidayCalendar#toBuilder()}.
 *
 * <p>The table covers the years from {@link HolidayCalendar#firstCoveredYear()} to {@link
 * HolidayCalendar#lastCoveredYear()} (2015 to 2032 in this release); a date outside them throws
 * {@link io.github.tahsilat.error.DateOutsideCalendarException}. Thread-safe; the table is read
 * once and the calendars are shared.
 */
public final class TurkeyCalendar {

    static final String RESOURCE = "io/github/tahsilat/calendar/turkey-holidays.txt";

    private static final Logger LOG = LoggerFactory.getLogger(TurkeyCalendar.class);

    // Racy single-check caching: calendars are immutable, so at worst two threads each load the
    // table once. A failed load is not cached, so every call reports the same clear error.
    private static volatile HolidayCalendar halfDaysAsBusinessDays;
    private static volatile HolidayCalendar halfDaysAsNonBusinessDays;

    private TurkeyCalendar() {}

    /**
     * Returns the Turkey calendar with half days counted as business days.
     *
     * @throws io.github.tahsilat.error.CalendarDataException if the shipped table is malformed,
     *     which means the jar is damaged
     */
    public static HolidayCalendar create() {
        return create(HalfDayTreatment.BUSINESS_DAY);
    }

    /**
     * Returns the Turkey calendar with half days counted by {@code treatment}.
     *
     * @throws io.github.tahsilat.error.CalendarDataException if the shipped table is malformed,
     *     which means the jar is damaged
     */
    public static HolidayCalendar create(HalfDayTreatment treatment) {
        Objects.requireNonNull(treatment, "treatment");
        HolidayCalendar standard = halfDaysAsBusinessDays;
        if (standard == null) {
            standard = load();
            halfDaysAsBusinessDays = standard;
        }
        if (treatment == HalfDayTreatment.BUSINESS_DAY) {
            return standard;
        }
        HolidayCalendar strict = halfDaysAsNonBusinessDays;
        if (strict == null) {
            strict = standard.withHalfDayTreatment(HalfDayTreatment.NON_BUSINESS_DAY);
            halfDaysAsNonBusinessDays = strict;
        }
        return strict;
    }

    private static HolidayCalendar load() {
        HolidayTable table =
                HolidayTableParser.parse(RESOURCE, ClasspathResources.readLines(RESOURCE));
        LOG.debug(
                "Loaded the Turkey holiday table: years {} to {}, {} entries",
                table.firstYear(),
                table.lastYear(),
                table.holidays().size());
        return HolidayCalendar.builder()
                .name("Turkey")
                .coveredYears(table.firstYear(), table.lastYear())
                .addAll(table.holidays())
                .build();
    }
}
