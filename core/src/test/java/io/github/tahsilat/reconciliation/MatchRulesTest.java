package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchRulesTest {

    @Test
    void defaultsAreDefaults() {
        assertThat(MatchRules.areDefaults(MatchRules.defaults())).isTrue();
        assertThat(MatchRules.areDefaults(MatchSettings.defaults().rules())).isTrue();
    }

    @Test
    void swappedAmountRulesAreNotDefaults() {
        List<MatchRule> rules = new ArrayList<>(MatchRules.defaults());
        rules.set(3, MatchRules.amountWithinTolerance());
        rules.set(4, MatchRules.exactAmount());

        assertThat(MatchRules.areDefaults(rules)).isFalse();
    }

    @Test
    void fewerRulesAreNotDefaults() {
        List<MatchRule> rules = new ArrayList<>(MatchRules.defaults());
        rules.remove(rules.size() - 1);

        assertThat(MatchRules.areDefaults(rules)).isFalse();
    }

    @Test
    void hostRuleWithBuiltInNameIsNotDefault() {
        List<MatchRule> rules = new ArrayList<>(MatchRules.defaults());
        rules.set(
                6,
                new MatchRule() {
                    @Override
                    public String name() {
                        return "combination";
                    }

                    @Override
                    public void apply(LineContext line, Findings findings) {}
                });

        assertThat(MatchRules.areDefaults(rules)).isFalse();
    }
}
