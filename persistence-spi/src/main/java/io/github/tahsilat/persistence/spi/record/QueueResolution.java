package io.github.tahsilat.persistence.spi.record;

import java.util.Objects;
import java.util.Optional;

/**
 * The resolution of a queued bank line: its kind, the actor and time, and the note or reason.
 *
 * @param kind the way the line left the queue
 * @param stamp who resolved it and when
 * @param note the note of a manual match or import, or empty; for {@code DISMISSED}, the reason,
 *     which is required. When present, not blank and at most {@value #MAX_NOTE} characters.
 */
public record QueueResolution(QueueResolutionKind kind, WriteStamp stamp, Optional<String> note) {

    /** The maximum length of {@link #note()}. */
    public static final int MAX_NOTE = 1000;

    /**
     * Checks every component.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the note is blank or too long, or missing for {@code
     *     DISMISSED}
     */
    public QueueResolution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(note, "note");
        note.ifPresent(text -> QueueChecks.text(text, MAX_NOTE, "note"));
        if (kind == QueueResolutionKind.DISMISSED && note.isEmpty()) {
            throw Checks.invalid("note", "empty", "a reason for a dismissed line");
        }
    }
}
