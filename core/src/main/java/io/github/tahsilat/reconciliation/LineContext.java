package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.reconciliation.TextFolding;
import java.util.Collections;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * A bank line as the rules see it: the line, its key, the amount the payer sent, the remittance
 * text split into folded tokens, and the open-item index to look items up in.
 *
 * <p>Created by the matcher for each line. Not thread-safe, because the index is not.
 */
public final class LineContext {

    /** The maximum number of consecutive tokens joined into one {@link #textWindows() window}. */
    public static final int MAX_WINDOW_TOKENS = 4;

    private final BankLine line;
    private final BankEntryKey key;
    private final OpenItemIndex index;
    private final MatchSettings settings;
    private final MinorAmount gross;
    private final MonetaryAmount grossAmount;
    private final MinorAmount tolerance;
    private List<String> tokens;
    private List<String> windows;

    LineContext(BankLine line, BankEntryKey key, OpenItemIndex index, MatchSettings settings) {
        this.line = line;
        this.key = key;
        this.index = index;
        this.settings = settings;
        MonetaryAmount signedAmount = line.grossAmount();
        MinorAmount signed = Amounts.toMinor(signedAmount, "amount");
        // A debit's charges are at most its amount without its sign, which BankLine checks, so
        // the gross amount of a negative line is negative, or zero for a line that books only
        // charges. The matcher proposes no reversal for the latter.
        this.gross = signed.isNegative() ? signed.negate() : signed;
        // Proposals of the line share one public amount, the bank's own when it is positive.
        this.grossAmount =
                signed.isNegative()
                        ? gross.toMonetaryAmount()
                        : gross.toMonetaryAmount(signedAmount);
        this.tolerance = Amounts.toMinor(settings.toleranceFor(signed.currency()), "tolerance");
    }

    /** Returns the bank line. */
    public BankLine line() {
        return line;
    }

    /** Returns the line's idempotency key. */
    public BankEntryKey key() {
        return key;
    }

    /** Returns the open items to look candidates up in; rules must not change it. */
    public OpenItemIndex index() {
        return index;
    }

    /** Returns the matcher's settings. */
    public MatchSettings settings() {
        return settings;
    }

    /**
     * Returns what the payer sent, as a positive amount: the line's amount plus the charges the
     * company's bank deducted, without its sign.
     */
    public MonetaryAmount amount() {
        return grossAmount;
    }

    /** Returns the tolerance for the line's currency, zero when none is set. */
    public MonetaryAmount tolerance() {
        return tolerance.toMonetaryAmount();
    }

    /**
     * Returns the remittance text's runs of letters and digits, folded to upper-case ASCII, in
     * order.
     */
    public List<String> tokens() {
        if (tokens == null) {
            tokens = List.copyOf(TextFolding.tokens(line.remittanceText()));
        }
        return tokens;
    }

    /**
     * Returns every run of 1 to {@link #MAX_WINDOW_TOKENS} consecutive tokens joined without
     * separators, without repeats, in order of first occurrence. {@code "Fatura INV 2024 7"} gives
     * {@code FATURA, FATURAINV, FATURAINV2024, FATURAINV20247, INV, INV2024, INV20247, 2024, 20247,
     * 7}, so a number written with spaces is found as well as one written without.
     */
    public List<String> textWindows() {
        // Built on first use: the built-in rules look invoice numbers up by hash without them.
        if (windows == null) {
            windows =
                    Collections.unmodifiableList(TextFolding.windows(tokens(), MAX_WINDOW_TOKENS));
        }
        return windows;
    }

    /**
     * Drops the tokens and windows, which the next call of {@link #tokens()} or {@link
     * #textWindows()} computes again, equal. The matcher calls it once the rules have run, because
     * every line of a batch stays in memory until the batch is assigned.
     */
    void releaseText() {
        tokens = null;
        windows = null;
    }

    MinorAmount grossUnits() {
        return gross;
    }

    MinorAmount toleranceUnits() {
        return tolerance;
    }
}
