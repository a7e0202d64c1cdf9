package io.github.tahsilat.notice.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * The template texts of one notice in one language and media type: a subject line and a body, both
 * with placeholders for a {@link TemplateEngine}.
 *
 * @param name the template's name, such as {@code reminder-1}
 * @param locale the language the texts are written in
 * @param mediaType the body's media type, {@code text/plain} or {@code text/html}
 * @param subject the subject template, rendered as {@code text/plain}
 * @param body the body template, rendered as {@code mediaType}
 */
public record NoticeTemplate(
        String name, Locale locale, String mediaType, String subject, String body) {

    /**
     * Checks that every field is present.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public NoticeTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
