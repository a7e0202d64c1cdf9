package io.github.tahsilat.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disables the kit subclasses of {@link BrokenStoresTest} unless they run through its {@code
 * EngineTestKit} launcher, so that a build that discovers them directly does not report their
 * intended failures.
 */
class OnlyInEngineTestKit implements ExecutionCondition {

    /** The configuration parameter that {@link BrokenStoresTest} sets to {@code true}. */
    static final String PARAMETER = "tahsilat.testkit.run-broken-kits";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean selected =
                context.getConfigurationParameter(PARAMETER, Boolean::parseBoolean).orElse(false);
        return selected
                ? ConditionEvaluationResult.enabled("run by BrokenStoresTest")
                : ConditionEvaluationResult.disabled("runs only inside BrokenStoresTest");
    }
}
