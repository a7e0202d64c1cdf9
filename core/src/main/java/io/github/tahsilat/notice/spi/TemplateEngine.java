package io.github.tahsilat.notice.spi;

import java.util.Map;

/**
 * Renders a template text with a model. Implementations must escape every substituted value for
 * {@code mediaType} (HTML escaping for {@code text/html}) and must never evaluate template syntax
 * inside a substituted value. Implementations must be thread-safe.
 *
 * <p>The model's values are {@link String}s, which placeholders substitute, and lists of maps of
 * the same shape, which sections repeat once per element.
 */
public interface TemplateEngine {

    /**
     * Renders {@code template} with {@code model}.
     *
     * @param template the template text
     * @param model the values by name
     * @param mediaType the media type of the output, which decides the escaping
     * @return the rendered text
     * @throws TemplateException if the template is malformed or names a value the model lacks
     */
    String render(String template, Map<String, ?> model, String mediaType);
}
