package io.github.tahsilat.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Proves that the second surefire execution really runs under tr-TR, where the dotted and dotless i
 * make locale-sensitive case folding wrong, and the first under en-US.
 */
class DefaultLocaleTest {

    @Test
    @EnabledIfSystemProperty(named = "user.language", matches = "tr")
    void turkishRunUppercasesDottedI() {
        assertThat(Locale.getDefault().getCountry()).isEqualTo("TR");
        assertThat("i".toUpperCase()).isEqualTo("\u0130");
    }

    @Test
    @EnabledIfSystemProperty(named = "user.language", matches = "en")
    void englishRunUppercasesPlainI() {
        assertThat("i".toUpperCase()).isEqualTo("I");
    }
}
