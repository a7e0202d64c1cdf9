package io.github.tahsilat.internal.dunning;

/** A point in a run where tests may park it: after the items are selected, before any claim. */
@FunctionalInterface
interface RunHook {

    /** A hook that does nothing. */
    RunHook NONE = runKey -> {};

    /** Called once per run after selection and before the first claim. */
    void selected(String runKey);
}
