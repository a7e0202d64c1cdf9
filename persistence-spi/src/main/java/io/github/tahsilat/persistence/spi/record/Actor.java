package io.github.tahsilat.persistence.spi.record;

import java.util.Objects;

/**
 * Who made a write: a user or a system job.
 *
 * @param kind the kind of actor, never {@code null}
 * @param id the user id or job name as the host knows it, never blank
 */
public record Actor(ActorKind kind, String id) {

    /**
     * Checks both components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Actor {
        Objects.requireNonNull(kind, "kind");
        Checks.text(id, "id");
    }

    /** Returns a user actor. */
    public static Actor user(String id) {
        return new Actor(ActorKind.USER, id);
    }

    /** Returns a system job actor. */
    public static Actor system(String jobName) {
        return new Actor(ActorKind.SYSTEM, jobName);
    }
}
