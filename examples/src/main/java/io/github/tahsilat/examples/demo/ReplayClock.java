package io.github.tahsilat.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock that the replay moves forward one day at a time; it shows 09:00 of the current day in its
 * zone. Not thread-safe: the replay runs on one thread.
 */
final class ReplayClock extends Clock {

    private final ZoneId zone;
    private Instant instant;

    ReplayClock(ZoneId zone, LocalDate day) {
        this.zone = zone;
        moveTo(day);
    }

    /** Sets the clock to 09:00 of {@code day}. */
    void moveTo(LocalDate day) {
        instant = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return Clock.fixed(instant, otherZone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
