package io.github.tahsilat.bankstatement;

/**
 * The bank's classification of a booking: the ISO 20022 domain, family and sub-family codes and a
 * proprietary code with its issuer. Every part may be {@code null}.
 *
 * <p>For MT940 the proprietary code is the {@code :61:} transaction type identification, such as
 * {@code NTRF}, with issuer {@code SWIFT}.
 *
 * @param domain the domain code, for example {@code PMNT}
 * @param family the family code, for example {@code RCDT}
 * @param subFamily the sub-family code, for example {@code ESCT}
 * @param proprietary the proprietary code, for example {@code N654}
 * @param proprietaryIssuer the issuer of the proprietary code, for example {@code ABNAMRO}
 */
public record BankTransactionCode(
        String domain,
        String family,
        String subFamily,
        String proprietary,
        String proprietaryIssuer) {

    /** A code with no parts set. */
    public static final BankTransactionCode NONE =
            new BankTransactionCode(null, null, null, null, null);

    /** Returns whether no part is set. */
    public boolean isEmpty() {
        return domain == null
                && family == null
                && subFamily == null
                && proprietary == null
                && proprietaryIssuer == null;
    }
}
