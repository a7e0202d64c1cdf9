package io.github.tahsilat.bankstatement.reconciliation;

import io.github.tahsilat.bankstatement.BankTransactionCode;
import java.util.Set;

/**
 * The bank transaction codes that mark an entry as the bank's own charge or commission, rather than
 * a payment to or from a counterparty.
 *
 * <ul>
 *   <li>ISO 20022 sub-families {@code CHRG} (Charges) and {@code FEES} (Fees) of the external bank
 *       transaction code list, in any domain and family, such as {@code PMNT/RCDT/CHRG} or {@code
 *       ACMT/ADOP/CHRG} in PostFinance's camt.053 and {@code ACMT/MDOP/FEES} in LHV's published
 *       table of bank transaction codes.
 *   <li>MT940 {@code :61:} transaction type identification codes {@code CHG} (charges) and {@code
 *       COM} (commission) after the letter {@code N} (not a SWIFT transfer) or {@code F} (first
 *       advice), such as BRD's {@code NCOM}. After the letter {@code S} come the digits of a SWIFT
 *       message type, such as {@code S103}, which names no charge.
 * </ul>
 *
 * <p>Taxes ({@code TAXE}), interest ({@code INTR}) and miscellaneous bookings (MT940 {@code NMSC})
 * are not charges. Banks' proprietary camt codes are not read, because each bank defines its own.
 *
 * <p>NOTE: ISO sub-families for commission, such as {@code COMM}, are not listed, so a camt entry
 * coded with one still maps to a plain debit.
 */
final class BankFeeCodes {

    private static final Set<String> ISO_SUB_FAMILIES = Set.of("CHRG", "FEES");

    private static final Set<String> MT940_TYPES = Set.of("NCHG", "NCOM", "FCHG", "FCOM");

    private static final String MT940_ISSUER = "SWIFT";

    private BankFeeCodes() {}

    /** Returns whether {@code code} marks a charge or commission of the bank. */
    static boolean isFee(BankTransactionCode code) {
        if (code.subFamily() != null && ISO_SUB_FAMILIES.contains(code.subFamily())) {
            return true;
        }
        return MT940_ISSUER.equals(code.proprietaryIssuer())
                && code.proprietary() != null
                && MT940_TYPES.contains(code.proprietary());
    }
}
