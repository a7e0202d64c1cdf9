package io.github.tahsilat.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.spi.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the {@link Page} value that every paged store query returns. Extend it with no body to run
 * it in a host's build.
 */
public abstract class PageContractTest {

    /** Creates the test; subclasses add nothing. */
    protected PageContractTest() {}

    @Test
    void lastPageHasNoCursor() {
        Page<String> page = Page.last(List.of("a", "b"));

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.next()).isEmpty();
    }
}
