package io.github.tahsilat.engine;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.error.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the engine as a whole, as opposed to a company's own settings.
 *
 * <p>{@code calendars} are the business calendars a company may use, by id: a store keeps a
 * company's calendar as its id, and a read returns the calendar registered under it. A company
 * whose calendar is not registered cannot be stored. {@link #defaults()} registers {@value
 * #WEEKENDS_ONLY} for {@link HolidayCalendar#weekendsOnly()}, the calendar of {@link
 * io.github.tahsilat.company.CompanySettings#of}. A {@code HolidayCalendar} built again with the
 * same name, weekend days, holidays, covered years and half-day treatment matches a registered one,
 * so such a company is read back with the registered instance.
 *
 * <p>Immutable and thread-safe when the calendars are.
 *
 * @param calendars the calendars by id, never {@code null}, with ids that are not blank
 */
public record TahsilatSettings(Map<String, BusinessCalendar> calendars) {

    /** The id of the Saturday–Sunday calendar that {@link #defaults()} registers. */
    public static final String WEEKENDS_ONLY = "weekends-only";

    /**
     * Checks and copies the calendars, keeping their order.
     *
     * @throws InvalidInputException if the map, an id or a calendar is {@code null}, or an id is
     *     blank
     */
    public TahsilatSettings {
        if (calendars == null) {
            throw new InvalidInputException("calendars", null, "a map of calendars by id");
        }
        Map<String, BusinessCalendar> copy = new LinkedHashMap<>();
        calendars.forEach(
                (id, calendar) -> {
                    if (id == null || id.isBlank()) {
                        throw new InvalidInputException(
                                "calendar id", id, "an id that is not blank, such as TR");
                    }
                    if (calendar == null) {
                        throw new InvalidInputException("calendars." + id, null, "a calendar");
                    }
                    copy.put(id, calendar);
                });
        calendars = Collections.unmodifiableMap(copy);
    }

    /** Returns the settings with only the {@value #WEEKENDS_ONLY} calendar registered. */
    public static TahsilatSettings defaults() {
        return new TahsilatSettings(Map.of(WEEKENDS_ONLY, HolidayCalendar.weekendsOnly()));
    }

    /**
     * Returns a copy with {@code calendar} registered under {@code id}, replacing a calendar
     * registered under it before.
     *
     * @throws InvalidInputException if {@code id} is blank or either argument is {@code null}
     */
    public TahsilatSettings withCalendar(String id, BusinessCalendar calendar) {
        Map<String, BusinessCalendar> next = new LinkedHashMap<>(calendars);
        if (id == null) {
            throw new InvalidInputException("calendar id", null, "an id such as TR");
        }
        next.put(id, calendar);
        return new TahsilatSettings(next);
    }
}
