package io.github.tahsilat.persistence.spi.record;

import java.util.Objects;
import java.util.UUID;

/**
 * One invoice that matching proposed for a queued bank line, as of the import that queued it.
 *
 * @param invoiceId the proposed invoice
 * @param score the proposal's score, from 0 to 100
 * @param rule the name of the rule that scored highest, not blank, at most {@value #MAX_TEXT}
 *     characters
 * @param explanation the rules that fired, as shown to a person, not blank, at most {@value
 *     #MAX_TEXT} characters
 */
public record LineSuggestion(UUID invoiceId, int score, String rule, String explanation) {

    /** The maximum length of {@link #rule()} and {@link #explanation()}. */
    public static final int MAX_TEXT = 1000;

    /**
     * Checks every component.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the score is outside 0 to 100 or a text is blank or
     *     longer than {@value #MAX_TEXT} characters
     */
    public LineSuggestion {
        Objects.requireNonNull(invoiceId, "invoiceId");
        if (score < 0 || score > 100) {
            throw Checks.invalid("score", score, "a number from 0 to 100");
        }
        QueueChecks.text(rule, MAX_TEXT, "rule");
        QueueChecks.text(explanation, MAX_TEXT, "explanation");
    }
}
