package io.github.tahsilat.bankstatement.reconciliation;

import io.github.tahsilat.bankstatement.BankTransactionCode;
import java.util.Set;

/**
 * The bank transaction codes that mark an entry as the bank's own charge or commission, rather than
 * a payment to or from a counterparty.
 *
 * <ul>
 *   <li>ISO 20022 sub-families whose definition in the external code set {@code
 *       ExternalBankTransactionSubFamily1Code} is a charge, fee or commission for the transaction
 *       or the account itself, in any domain and family. These are the generic sub-families {@code
 *       CHRG} (Charges), {@code FEES} (Fees), {@code COMM} (Commission), {@code COME} (Commission
 *       excluding taxes), {@code COMI} (Commission including taxes) and {@code COMT} (Non Taxable
 *       commissions). They also include three sub-families of the securities family Miscellaneous
 *       Securities Operations: {@code CHAR} (charges for the account), {@code BKFE} (the bank's
 *       custody fees) and {@code OVCH} (overdraft charge). Examples are {@code PMNT/RCDT/CHRG} and
 *       {@code ACMT/ADOP/CHRG} in PostFinance's camt.053 and {@code ACMT/MDOP/FEES} in LHV's
 *       published table of bank transaction codes.
 *   <li>MT940 {@code :61:} transaction type identification codes {@code CHG} (charges and other
 *       expenses), {@code COM} (commission), {@code BNK} (bank fees) and {@code ODC} (overdraft
 *       charge) of the SWIFT code list, after the letter {@code N} (not a SWIFT transfer) or {@code
 *       F} (first advice), such as BRD's {@code NCOM}. After the letter {@code S} come the digits
 *       of a SWIFT message type, such as {@code S103}, which names no charge.
 * </ul>
 *
 * <p>Fees of securities trading and investment services are left out, because their definitions tie
 * them to a trade or to a party other than the account's bank, such as a broker or an investment
 * manager: ISO {@code BROK} (brokerage), {@code MNFE} (management fees), {@code UNCO} (underwriting
 * commission), {@code ERWI} (borrowing fee), {@code TRFE} (settlement fees) and {@code FUCO}
 * (futures commission), and MT940 {@code BRF}, {@code MGT}, {@code UWC} and {@code TRN}. Taxes
 * ({@code TAXE}, {@code STAM}, {@code WITH}), interest ({@code INTR}), reimbursements ({@code
 * RIMB}) and miscellaneous bookings (MT940 {@code NMSC}) are not charges either.
 *
 * <p>Banks' proprietary camt codes are not read, because each bank defines its own. German MT940
 * business transaction codes (GVC) in {@code :86:} are not read either, because the MT940 reader
 * does not keep them.
 */
final class BankFeeCodes {

    private static final Set<String> ISO_SUB_FAMILIES =
            Set.of("CHRG", "FEES", "COMM", "COME", "COMI", "COMT", "CHAR", "BKFE", "OVCH");

    private static final Set<String> MT940_TYPES =
            Set.of("NCHG", "NCOM", "NBNK", "NODC", "FCHG", "FCOM", "FBNK", "FODC");

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
