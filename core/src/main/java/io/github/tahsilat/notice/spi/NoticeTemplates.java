package io.github.tahsilat.notice.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * A source of notice templates by name, language and media type. The library's default reads the
 * Turkish and English templates shipped in the jar; a host implements this interface to supply its
 * own texts. Implementations must be thread-safe.
 */
public interface NoticeTemplates {

    /**
     * Finds a template. An implementation may fall back to another language when it has none for
     * {@code locale}; the returned template's locale names the language it is written in.
     *
     * @param name the template name a dunning level names, such as {@code reminder-2}
     * @param locale the counterparty's locale
     * @param mediaType {@code text/plain} or {@code text/html}
     * @return the template, or empty if there is none for the name and media type
     */
    Optional<NoticeTemplate> find(String name, Locale locale, String mediaType);
}
