package io.github.tahsilat.persistence.memory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An index key that orders records by a day, then by id in {@link IdOrder}, and its text form,
 * which is the paging cursor: {@code "<epoch day>/<id>"}.
 */
record DayKey(int epochDay, UUID id) implements Comparable<DayKey> {

    /** The smallest id in {@link IdOrder}, used for range bounds. */
    private static final UUID MIN_ID = new UUID(0, 0);

    static DayKey of(LocalDate day, UUID id) {
        return new DayKey(Math.toIntExact(day.toEpochDay()), id);
    }

    /** Returns the key below every key of {@code day} and above every key of earlier days. */
    static DayKey startOf(int epochDay) {
        return new DayKey(epochDay, MIN_ID);
    }

    @Override
    public int compareTo(DayKey other) {
        int byDay = Integer.compare(epochDay, other.epochDay);
        return byDay != 0 ? byDay : IdOrder.compare(id, other.id);
    }

    String cursor() {
        return epochDay + "/" + id;
    }

    /**
     * Parses a cursor made by {@link #cursor()}.
     *
     * @throws IllegalArgumentException if the text is not such a cursor
     */
    static DayKey parse(String cursor) {
        int slash = cursor.indexOf('/');
        try {
            if (slash < 0) {
                throw new IllegalArgumentException("no slash");
            }
            return new DayKey(
                    Integer.parseInt(cursor.substring(0, slash)),
                    UUID.fromString(cursor.substring(slash + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "invalid cursor: "
                            + cursor
                            + "; expected the next cursor of a page this query returned",
                    e);
        }
    }
}
