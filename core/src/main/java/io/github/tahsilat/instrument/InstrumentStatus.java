package io.github.tahsilat.instrument;

/** The stage of an instrument's life. */
public enum InstrumentStatus {
    /** Held by the company in its portfolio. */
    IN_PORTFOLIO,
    /** Given to a bank, which collects it at maturity. */
    AT_BANK_FOR_COLLECTION,
    /** Given to a bank as collateral for credit. */
    AT_BANK_AS_COLLATERAL,
    /** Endorsed (ciro) to a supplier as the company's payment. */
    ENDORSED,
    /** Paid at maturity; final. */
    CLEARED,
    /** Not paid at maturity, or paid only in part; final. */
    BOUNCED;

    /** Returns {@code true} for {@link #CLEARED} and {@link #BOUNCED}. */
    public boolean isFinal() {
        return this == CLEARED || this == BOUNCED;
    }

    /**
     * Returns {@code true} if a step from this status to {@code next} is allowed: from the
     * portfolio to a bank, an endorsee or a final status; from a bank back to the portfolio or to a
     * final status; from an endorsee to a final status.
     */
    public boolean canMoveTo(InstrumentStatus next) {
        return switch (this) {
            case IN_PORTFOLIO -> next != IN_PORTFOLIO;
            case AT_BANK_FOR_COLLECTION, AT_BANK_AS_COLLATERAL ->
                    next == IN_PORTFOLIO || next.isFinal();
            case ENDORSED -> next.isFinal();
            case CLEARED, BOUNCED -> false;
        };
    }
}
