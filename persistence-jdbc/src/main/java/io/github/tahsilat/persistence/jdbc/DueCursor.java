package io.github.tahsilat.persistence.jdbc;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The position after the last item of a page in (due date, id) order, and its text form, which is
 * the paging cursor: {@code "<epoch day of the due date>/<id>"}. The in-memory store writes the
 * same form.
 */
record DueCursor(LocalDate dueDate, UUID id) {

    String text() {
        return dueDate.toEpochDay() + "/" + id;
    }

    /**
     * Parses a cursor made by {@link #text()}.
     *
     * @throws IllegalArgumentException if the text is not such a cursor
     */
    static DueCursor parse(String cursor) {
        int slash = cursor.indexOf('/');
        try {
            if (slash < 0) {
                throw new IllegalArgumentException("no slash");
            }
            int epochDay = Integer.parseInt(cursor.substring(0, slash));
            return new DueCursor(
                    LocalDate.ofEpochDay(epochDay), UUID.fromString(cursor.substring(slash + 1)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(
                    "invalid cursor: "
                            + cursor
                            + "; expected the next cursor of a page this query returned",
                    e);
        }
    }
}
