package io.github.tahsilat.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Any counterparty name comes out of a template unchanged in meaning and never as markup. */
class EscapingPropertiesTest {

    static final PlaceholderTemplateEngine ENGINE = new PlaceholderTemplateEngine();

    @Property(tries = 1000)
    void htmlOutputHasNoMarkupFromValue(
            @ForAll
                    @StringLength(max = 60)
                    @Chars({'<', '>', '&', '"', '\'', '{', '}', '#', '/', '^'})
                    @CharRange(from = 'a', to = 'z')
                    String name) {
        String out = ENGINE.render("<p>{{name}}</p>", Map.of("name", name), "text/html");

        String inner = out.substring(3, out.length() - 4);
        assertThat(inner).doesNotContain("<", ">", "\"", "'");
        assertThat(unescape(inner)).isEqualTo(name);
    }

    @Property(tries = 1000)
    void plainOutputIsValueVerbatim(
            @ForAll
                    @StringLength(max = 60)
                    @Chars({'{', '}', '#', '/', '^', ' '})
                    @CharRange(from = 'a', to = 'z')
                    String name) {
        String out =
                ENGINE.render("[{{name}}]", Map.of("name", name, "total", "999"), "text/plain");

        assertThat(out).isEqualTo("[" + name + "]");
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
