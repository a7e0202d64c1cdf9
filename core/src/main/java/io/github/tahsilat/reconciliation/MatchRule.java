package io.github.tahsilat.reconciliation;

/**
 * One rule of bank-line matching: it reads a line and the open-item index and records what it finds
 * as {@link MatchReason}s in the line's {@link Findings}.
 *
 * <p>The matcher runs the rules of {@link MatchSettings#rules()} in their order for every line, and
 * a rule reads what earlier rules recorded: the amount rules check the items and counterparties
 * that the reference and counterparty rules found before they look up amounts company-wide. {@link
 * MatchRules} creates the built-in rules. A host may add its own, such as one that reads its
 * customer numbers from the remittance text.
 *
 * <p>A rule must be deterministic, must only read the index, and must look items up through the
 * index rather than iterate all of them. Implementations must be thread-safe if the host shares a
 * matcher's settings between threads; the built-in rules are stateless.
 */
public interface MatchRule {

    /** Returns the rule's name, shown in explanations, such as {@code invoice-number}. */
    String name();

    /**
     * Records what the rule finds for one line.
     *
     * @param line the line being matched, with its tokens and the index
     * @param findings what earlier rules found; the rule adds to it
     */
    void apply(LineContext line, Findings findings);
}
