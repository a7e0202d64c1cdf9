package io.github.tahsilat.report;

/** The reason a receivable counts as doubtful (şüpheli alacak). */
public enum DoubtfulReason {
    /** A lawsuit or enforcement proceeding is open on it. */
    LITIGATION,
    /** Too small to be worth suing, and unpaid after a protest. */
    SMALL_AFTER_PROTEST,
    /** Too small to be worth suing, and unpaid after more than one written demand. */
    SMALL_AFTER_DEMANDS
}
