package io.github.tahsilat.calendar;

import java.util.List;

/**
 * A parsed holiday table: the years it covers and every dated entry in them.
 *
 * @param firstYear the first covered year
 * @param lastYear the last covered year, inclusive
 * @param holidays every full-day holiday and half day, annual ones expanded to each covered year
 */
record HolidayTable(int firstYear, int lastYear, List<Holiday> holidays) {

    HolidayTable {
        holidays = List.copyOf(holidays);
    }
}
