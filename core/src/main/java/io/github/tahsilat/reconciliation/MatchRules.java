package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.List;

/**
 * The built-in {@link MatchRule}s and their default order.
 *
 * <table>
 *   <caption>Built-in rules and points</caption>
 *   <tr><th>Rule</th><th>Finds</th><th>Points</th></tr>
 *   <tr><td>{@code structured-reference}</td><td>an item whose host-issued payment reference is
 *       the line's structured reference or appears in its text; an RF reference counts only with
 *       valid ISO 11649 check digits</td><td>70</td></tr>
 *   <tr><td>{@code invoice-number}</td><td>an item whose invoice number appears in the
 *       remittance text or structured reference, compared by invoice-number key (folded, letters
 *       and digits only, leading zeros of digit runs removed, at least 3 characters)</td>
 *       <td>60</td></tr>
 *   <tr><td>{@code counterparty}</td><td>counterparties with an open item by the line's IBAN
 *       (20), a valid VKN or T.C. Kimlik No in the text (20), the folded name (10) or a name cut
 *       at {@value #BANK_NAME_CUT_LENGTH} characters that starts the folded name (5)</td>
 *       <td>5 to 20</td></tr>
 *   <tr><td>{@code exact-amount}</td><td>items whose open amount equals what the payer sent
 *       </td><td>30</td></tr>
 *   <tr><td>{@code amount-within-tolerance}</td><td>items whose open amount differs from it by
 *       no more than the currency's tolerance</td><td>25</td></tr>
 *   <tr><td>{@code partial-payment}</td><td>referenced items whose open amount exceeds it by more
 *       than the tolerance</td><td>10</td></tr>
 *   <tr><td>{@code combination}</td><td>two or more items of the referenced items, or else of one
 *       identified counterparty, whose open amounts add up to it exactly</td><td>30, 15 when
 *       ambiguous</td></tr>
 * </table>
 *
 * <p>A proposal's score is the smallest reference points among its items, plus the highest points
 * of its counterparty, plus its amount points, at most 100. With the default threshold of 80, a
 * reference or number with an amount that fits is applied automatically, while a number with a
 * partial amount, or a counterparty with an amount that fits, is a suggestion.
 *
 * <p>The amount rules look at the referenced items first, then at the identified counterparties'
 * items, and only when neither exists at the company's items with that amount, where more than
 * {@value #MAX_AMOUNT_ONLY_CANDIDATES} candidates give no suggestion at all.
 *
 * <p>Stateless and thread-safe.
 */
public final class MatchRules {

    /**
     * The maximum number of items an amount alone may suggest. With more, the amount identifies
     * none of them.
     */
    public static final int MAX_AMOUNT_ONLY_CANDIDATES = 5;

    /**
     * The maximum number of an identified counterparty's open items, oldest due date first, that
     * the combination rule looks at.
     */
    public static final int MAX_COUNTERPARTY_ITEMS_SCANNED = 200;

    /**
     * The length at which banks commonly cut a payer's name: 35 characters, the line length of
     * SWIFT MT name fields. A name of this length, or one less when the cut fell on a space that
     * the bank dropped, may be the start of a longer stored name.
     */
    public static final int BANK_NAME_CUT_LENGTH = 35;

    /**
     * The maximum number of counterparties a cut name may identify. When more stored names start
     * with it, it identifies none of them.
     */
    public static final int MAX_CUT_NAME_MATCHES = 3;

    private MatchRules() {}

    /**
     * Returns whether a payer's name may have been cut by the bank: its length is {@link
     * #BANK_NAME_CUT_LENGTH}, or one less.
     *
     * @throws InvalidInputException if {@code name} is {@code null}
     */
    public static boolean mayBeCutName(String name) {
        InputChecks.present(name, "name", "a payer's name");
        int length = name.length();
        return length == BANK_NAME_CUT_LENGTH || length == BANK_NAME_CUT_LENGTH - 1;
    }

    /** Returns every built-in rule in the default order. */
    public static List<MatchRule> defaults() {
        return List.of(
                structuredReference(),
                invoiceNumber(),
                counterparty(),
                exactAmount(),
                amountWithinTolerance(),
                partialPayment(),
                combination());
    }

    /**
     * Returns whether {@code rules} are the built-in rules in the default order, as {@link
     * #defaults()} returns them. Candidate loading uses it to skip reads that only other rule
     * orders need.
     *
     * @throws InvalidInputException if {@code rules} is {@code null}
     */
    public static boolean areDefaults(List<MatchRule> rules) {
        InputChecks.present(rules, "rules", "a list of rules");
        List<MatchRule> defaults = defaults();
        if (rules.size() != defaults.size()) {
            return false;
        }
        for (int i = 0; i < rules.size(); i++) {
            MatchRule rule = rules.get(i);
            MatchRule builtIn = defaults.get(i);
            // The built-in classes are final and package-private, so the class identifies a
            // built-in rule, and the name tells the two amount rules of one class apart.
            if (rule == null
                    || rule.getClass() != builtIn.getClass()
                    || !rule.name().equals(builtIn.name())) {
                return false;
            }
        }
        return true;
    }

    /** Returns the rule that matches structured and host-issued payment references. */
    public static MatchRule structuredReference() {
        return new StructuredReferenceRule();
    }

    /** Returns the rule that finds invoice numbers in the remittance text. */
    public static MatchRule invoiceNumber() {
        return new InvoiceNumberRule();
    }

    /** Returns the rule that identifies the counterparty by IBAN, tax id or name. */
    public static MatchRule counterparty() {
        return new CounterpartyRule();
    }

    /** Returns the rule that finds items whose open amount equals the line's. */
    public static MatchRule exactAmount() {
        return new AmountRule(false);
    }

    /** Returns the rule that finds items whose open amount is within tolerance of the line's. */
    public static MatchRule amountWithinTolerance() {
        return new AmountRule(true);
    }

    /** Returns the rule that marks referenced items the line pays only in part. */
    public static MatchRule partialPayment() {
        return new PartialPaymentRule();
    }

    /**
     * Returns the rule that finds a combination of items that the line pays together. It searches
     * at most {@value CombinationRule#MAX_ITEMS} items and {@value CombinationRule#MAX_STEPS}
     * branches, and only when no single item fits the amount.
     */
    public static MatchRule combination() {
        return new CombinationRule();
    }
}
