package io.github.tahsilat.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.notice.spi.TemplateException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholderTemplateEngineTest {

    static final PlaceholderTemplateEngine ENGINE = new PlaceholderTemplateEngine();

    @Nested
    class Substitution {

        @Test
        void placeholderReplaced() {
            String out = ENGINE.render("Hello {{name}}!", Map.of("name", "Ayşe"), "text/plain");

            assertThat(out).isEqualTo("Hello Ayşe!");
        }

        @Test
        void sectionRepeatsPerElement() {
            Map<String, Object> model =
                    Map.of("currency", "EUR", "items", List.of(Map.of("n", "A"), Map.of("n", "B")));

            String out =
                    ENGINE.render("{{#items}}[{{n}} {{currency}}]{{/items}}", model, "text/plain");

            assertThat(out).isEqualTo("[A EUR][B EUR]");
        }

        @Test
        void invertedSectionOnlyWhenEmpty() {
            String template = "{{#xs}}x{{/xs}}{{^xs}}none{{/xs}}";

            assertThat(ENGINE.render(template, Map.of("xs", List.of()), "text/plain"))
                    .isEqualTo("none");
            assertThat(ENGINE.render(template, Map.of("xs", List.of(Map.of())), "text/plain"))
                    .isEqualTo("x");
        }
    }

    @Nested
    class Escaping {

        @Test
        void htmlValuesEscaped() {
            String out =
                    ENGINE.render(
                            "<p>{{name}}</p>",
                            Map.of("name", "<script>alert(1)</script> & \"x\" 'y'"),
                            "text/html");

            assertThat(out)
                    .isEqualTo(
                            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;</p>");
        }

        @Test
        void placeholderInValueNotEvaluated() {
            Map<String, Object> model = Map.of("name", "{{total}} {{#items}}", "total", "999");

            String plain = ENGINE.render("{{name}}", model, "text/plain");
            String html = ENGINE.render("{{name}}", model, "text/html");

            assertThat(plain).isEqualTo("{{total}} {{#items}}");
            assertThat(html).isEqualTo("{{total}} {{#items}}");
        }

        @Test
        void templateTextNotEscaped() {
            String out = ENGINE.render("<b>{{x}}</b>", Map.of("x", "1 < 2"), "text/html");

            assertThat(out).isEqualTo("<b>1 &lt; 2</b>");
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Hi {{missing}}| unknown placeholder {{missing}} at offset 3",
                    "{{#items}}x| section {{#items}} at offset 0 is never closed",
                    "{{/items}}| unexpected {{/items}} at offset 0; no section is open",
                    "{{#items}}{{/other}}{{/items}}| expected {{/items}}",
                    "{{ bad name }}| invalid tag {{bad name}}",
                    "{{name| unclosed tag at offset 0",
                    "{{items}}| names a list",
                    "{{#name}}x{{/name}}| sections need a list",
                })
        void malformedTemplateRejected(String template, String message) {
            Map<String, Object> model = Map.of("name", "x", "items", List.of());

            assertThatThrownBy(() -> ENGINE.render(template, model, "text/plain"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining(message);
        }
    }
}
