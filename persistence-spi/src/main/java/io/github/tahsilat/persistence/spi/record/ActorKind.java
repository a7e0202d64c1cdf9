package io.github.tahsilat.persistence.spi.record;

/** What kind of actor made a write. */
public enum ActorKind {
    /** A person signed in to the host application. */
    USER,
    /** A scheduled or background job, such as a dunning run or a bank import. */
    SYSTEM
}
