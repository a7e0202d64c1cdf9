package io.github.tahsilat.notice;

import io.github.tahsilat.internal.resource.ClasspathResources;
import io.github.tahsilat.notice.spi.NoticeTemplate;
import io.github.tahsilat.notice.spi.NoticeTemplates;
import io.github.tahsilat.notice.spi.TemplateException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The notice templates shipped in the core jar, in Turkish and English, as plain text and HTML.
 *
 * <p>The names are {@code reminder-1} (a first, polite reminder), {@code reminder-2} (a second
 * reminder with fees and interest) and {@code reminder-3} (a final demand), which are also the
 * names {@link io.github.tahsilat.dunning.DunningLevel.Builder} gives levels 1 to 3 by default, and
 * {@code friendly} (a reminder sent before the due date, without days overdue). A Turkish locale
 * gets Turkish, any other locale English. Each resource {@code
 * io/github/tahsilat/notice/templates/NAME.LANGUAGE.txt} or {@code .html} has the subject template
 * on its first line, a blank second line, and the body template after it. Stateless and
 * thread-safe; the resources are read on each call.
 */
public final class DefaultNoticeTemplates implements NoticeTemplates {

    /** The template names this source has. */
    public static final Set<String> NAMES =
            Set.of("friendly", "reminder-1", "reminder-2", "reminder-3");

    private static final String ROOT = "io/github/tahsilat/notice/templates/";

    /** Creates the source. */
    public DefaultNoticeTemplates() {}

    /**
     * Finds a shipped template.
     *
     * @return the template, or empty if {@code name} is not one of {@link #NAMES} or {@code
     *     mediaType} is neither {@code text/plain} nor {@code text/html}
     * @throws NullPointerException if an argument is {@code null}
     * @throws TemplateException if a shipped resource lacks the blank line after its subject
     */
    @Override
    public Optional<NoticeTemplate> find(String name, Locale locale, String mediaType) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(mediaType, "mediaType");
        if (!NAMES.contains(name) || !Recipient.MEDIA_TYPES.contains(mediaType)) {
            return Optional.empty();
        }
        String language = NoticeFormat.isTurkish(locale) ? "tr" : "en";
        String extension = mediaType.equals("text/html") ? "html" : "txt";
        String path = ROOT + name + "." + language + "." + extension;
        List<String> lines = ClasspathResources.readLines(path);
        if (lines.size() < 2 || !lines.get(1).isBlank()) {
            throw new TemplateException(
                    "template resource " + path + " needs a subject line, then a blank line");
        }
        String body = String.join("\n", lines.subList(2, lines.size())) + "\n";
        return Optional.of(
                new NoticeTemplate(
                        name, Locale.forLanguageTag(language), mediaType, lines.get(0), body));
    }
}
