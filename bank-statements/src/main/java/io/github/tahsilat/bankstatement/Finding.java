package io.github.tahsilat.bankstatement;

import java.util.Objects;

/**
 * A problem in a statement that did not stop it from being read, such as balances that do not add
 * up. Findings are part of the result so that a host can show or reject the statement.
 *
 * @param type what the finding is about, never {@code null}
 * @param message a sentence with the values involved, never {@code null}
 */
public record Finding(FindingType type, String message) {
    /**
     * Creates a finding.
     *
     * @throws NullPointerException when {@code type} or {@code message} is null
     */
    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }
}
