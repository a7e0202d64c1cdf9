package io.github.tahsilat.bankstatement;

/**
 * The other party of a transaction: the debtor of a credit, the creditor of a debit. For a reversal
 * the roles follow the original payment, so the party of a reversed credit is still its debtor.
 * Every part may be {@code null}.
 *
 * @param name the party's name
 * @param iban the party's account as an IBAN
 * @param accountId the party's account in another form (a national account number), used when the
 *     file gives no IBAN
 * @param bic the BIC of the party's bank
 */
public record Counterparty(String name, String iban, String accountId, String bic) {
    /** Returns whether no part is set. */
    public boolean isEmpty() {
        return name == null && iban == null && accountId == null && bic == null;
    }
}
