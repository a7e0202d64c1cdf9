package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.error.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The business calendars a company record may name by id. A store keeps a calendar's id, and a read
 * returns the registered instance. Immutable and thread-safe when the calendars are.
 */
public final class Calendars {

    private final Map<String, BusinessCalendar> byId;

    /**
     * Creates the registry.
     *
     * @param calendars the calendars by id, in the order to search them
     */
    public Calendars(Map<String, BusinessCalendar> calendars) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
    }

    /** Returns the calendar registered under {@code id}, or empty. */
    Optional<BusinessCalendar> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns the id of {@code calendar}: the id it was registered under, or, for a {@link
     * HolidayCalendar} built again with the same name, weekend days, holidays, covered years and
     * half-day treatment, the id of the registered one.
     *
     * @throws InvalidInputException if no registered calendar matches
     */
    String idOf(BusinessCalendar calendar) {
        for (Map.Entry<String, BusinessCalendar> entry : byId.entrySet()) {
            if (entry.getValue() == calendar) {
                return entry.getKey();
            }
        }
        for (Map.Entry<String, BusinessCalendar> entry : byId.entrySet()) {
            if (sameHolidayCalendar(entry.getValue(), calendar)) {
                return entry.getKey();
            }
        }
        throw new InvalidInputException(
                "settings.calendar",
                calendar,
                "a calendar registered with the engine under an id; register it with"
                        + " TahsilatSettings.withCalendar(id, calendar), registered ids are "
                        + byId.keySet());
    }

    private static boolean sameHolidayCalendar(BusinessCalendar a, BusinessCalendar b) {
        if (!(a instanceof HolidayCalendar left) || !(b instanceof HolidayCalendar right)) {
            return false;
        }
        return left.name().equals(right.name())
                && left.weekendDays().equals(right.weekendDays())
                && left.holidays().equals(right.holidays())
                && left.halfDayTreatment() == right.halfDayTreatment()
                && left.firstCoveredYear().equals(right.firstCoveredYear())
                && left.lastCoveredYear().equals(right.lastCoveredYear());
    }

    @Override
    public String toString() {
        return "Calendars" + Objects.toString(byId.keySet());
    }
}
