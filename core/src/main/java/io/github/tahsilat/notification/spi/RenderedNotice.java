package io.github.tahsilat.notification.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A notice ready to send: addressed, rendered in the counterparty's language, and identified so
 * that retries can be recognized.
 *
 * @param noticeId the identifier that stays the same across every retry of this notice on this
 *     channel, so a channel can drop duplicates
 * @param companyId the company that sends the notice
 * @param counterpartyId the counterparty the notice is for
 * @param recipient the address on this channel, for example an e-mail address
 * @param locale the language and region the notice is rendered in
 * @param mediaType the body's media type, for example {@code text/plain} or {@code text/html}
 * @param subject the subject line, plain text
 * @param body the rendered body in {@code mediaType}, with every value from input escaped for it
 * @param purpose what the notice is for, for example {@code "DUNNING"} or {@code
 *     "BALANCE_CONFIRMATION"}; logged in place of the content
 * @param level the dunning level, or 0 for a notice that has none
 * @param lineCount the number of item lines in the notice; logged in place of the content
 */
public record RenderedNotice(
        UUID noticeId,
        UUID companyId,
        UUID counterpartyId,
        String recipient,
        Locale locale,
        String mediaType,
        String subject,
        String body,
        String purpose,
        int level,
        int lineCount) {

    /**
     * Checks that every field is present.
     *
     * @throws NullPointerException if a field is {@code null}
     * @throws IllegalArgumentException if the level or line count is negative
     */
    public RenderedNotice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(purpose, "purpose");
        if (level < 0) {
            throw new IllegalArgumentException("level must be 0 or more: " + level);
        }
        if (lineCount < 0) {
            throw new IllegalArgumentException("lineCount must be 0 or more: " + lineCount);
        }
    }

    /** Returns the ids, purpose, level and line count, never the recipient or the content. */
    @Override
    public String toString() {
        return "RenderedNotice[noticeId="
                + noticeId
                + ", companyId="
                + companyId
                + ", counterpartyId="
                + counterpartyId
                + ", purpose="
                + purpose
                + ", level="
                + level
                + ", lineCount="
                + lineCount
                + "]";
    }
}
