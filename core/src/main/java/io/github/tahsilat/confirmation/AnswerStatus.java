package io.github.tahsilat.confirmation;

/** The counterparty's answer to a balance confirmation. */
public enum AnswerStatus {
    /** The counterparty agrees with the balance. */
    AGREED,
    /** The counterparty states another balance. */
    DISAGREED
}
