package io.github.tahsilat.bankstatement;

/** The direction of a booking or balance, seen from the account holder. */
public enum CreditDebit {
    /** Money into the account, or a balance in the holder's favour (ISO 20022 code CRDT). */
    CREDIT,
    /** Money out of the account, or an overdrawn balance (ISO 20022 code DBIT). */
    DEBIT;

    /**
     * Returns the direction for an ISO 20022 code.
     *
     * @param code {@code "CRDT"} or {@code "DBIT"}
     * @return the direction, or {@code null} when the code is neither
     */
    public static CreditDebit fromIsoCode(String code) {
        if ("CRDT".equals(code)) {
            return CREDIT;
        }
        if ("DBIT".equals(code)) {
            return DEBIT;
        }
        return null;
    }

    /** Returns the other direction: {@code DEBIT} for {@code CREDIT} and the reverse. */
    public CreditDebit opposite() {
        return this == CREDIT ? DEBIT : CREDIT;
    }
}
