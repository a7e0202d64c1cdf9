package io.github.tahsilat.service;

import io.github.tahsilat.error.InvalidInputException;

/**
 * Who makes a write: a user of the host application or a system job. Every write stores the actor
 * and the instant, and every event names the actor.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind a user or a system job, never {@code null}
 * @param id the user id or job name as the host knows it, not blank, at most 200 characters; a user
 *     id should be an opaque key, not a name or an e-mail address, because events keep it
 */
public record Actor(Kind kind, String id) {

    /** The maximum length of {@link #id()}. */
    public static final int MAX_ID_LENGTH = 200;

    /** What kind of actor makes a write. */
    public enum Kind {
        /** A person signed in to the host application. */
        USER,
        /** A scheduled or background job, such as a dunning run or a bank import. */
        SYSTEM
    }

    /**
     * Checks both parts.
     *
     * @throws InvalidInputException if {@code kind} is {@code null}, or {@code id} is {@code null},
     *     blank or longer than 200 characters
     */
    public Actor {
        if (kind == null) {
            throw new InvalidInputException("actor.kind", null, "USER or SYSTEM");
        }
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException(
                    "actor.id", id, "a user id or job name of 1 to 200 characters, not blank");
        }
    }

    /**
     * Returns a user actor.
     *
     * @throws InvalidInputException if {@code userId} is blank or too long
     */
    public static Actor user(String userId) {
        return new Actor(Kind.USER, userId);
    }

    /**
     * Returns a system job actor.
     *
     * @throws InvalidInputException if {@code jobName} is blank or too long
     */
    public static Actor system(String jobName) {
        return new Actor(Kind.SYSTEM, jobName);
    }
}
