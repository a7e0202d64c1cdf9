package io.github.tahsilat.notice.spi;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;

/**
 * Thrown when a template is malformed, such as a section that is never closed, or names a value
 * that the model does not have. Fix the template; the notice cannot be rendered until then.
 */
public class TemplateException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the template position and the problem.
     *
     * @param message the detail message
     */
    public TemplateException(String message) {
        super(message);
    }
}
