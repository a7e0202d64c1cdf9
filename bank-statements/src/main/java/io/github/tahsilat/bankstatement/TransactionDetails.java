package io.github.tahsilat.bankstatement;

import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One transaction inside an entry (ISO 20022 {@code NtryDtls/TxDtls}). A single payment has one; a
 * batch booking has one per transaction, each with its own amount when the bank gives it. For MT940
 * every entry has one, built from {@code :61:} and {@code :86:}.
 *
 * <p>Identifiers equal to {@code NOTPROVIDED} or {@code NONREF} are stored as {@code null}.
 *
 * @param amount the transaction amount with its sign (credit positive), or {@code null} when the
 *     file gives no amount for the transaction
 * @param endToEndId the end-to-end id that the payer set, or {@code null}
 * @param instructionId the instruction id, or {@code null}
 * @param paymentInformationId the payment information (batch) id, or {@code null}
 * @param accountServicerReference the bank's reference for the transaction, or {@code null}
 * @param mandateId the direct debit mandate id, or {@code null}
 * @param counterparty the other party, never {@code null} but possibly empty
 * @param creditorReferences structured creditor references, never {@code null}
 * @param unstructuredRemittance the unstructured remittance lines ({@code Ustrd}) in file order,
 *     never {@code null}
 * @param bankTransactionCode the transaction's own code, or {@link BankTransactionCode#NONE}
 * @param charges the transaction's charge records, never {@code null}
 * @param returnReason the return or reject reason code, such as {@code MS03}, or {@code null}
 * @param additionalInformation free text the bank added, or {@code null}
 */
public record TransactionDetails(
        MonetaryAmount amount,
        String endToEndId,
        String instructionId,
        String paymentInformationId,
        String accountServicerReference,
        String mandateId,
        Counterparty counterparty,
        List<CreditorReference> creditorReferences,
        List<String> unstructuredRemittance,
        BankTransactionCode bankTransactionCode,
        List<Charge> charges,
        String returnReason,
        String additionalInformation) {

    private static final int MT_LINE_WIDTH = 35;

    /**
     * Creates transaction details and copies the lists.
     *
     * @throws NullPointerException when {@code counterparty}, {@code bankTransactionCode} or a list
     *     is null
     */
    public TransactionDetails {
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(bankTransactionCode, "bankTransactionCode");
        creditorReferences = List.copyOf(creditorReferences);
        unstructuredRemittance = List.copyOf(unstructuredRemittance);
        charges = List.copyOf(charges);
    }

    /**
     * Returns the unstructured remittance lines joined into one text, or {@code null} when there
     * are none.
     *
     * <p>A line exactly 35 characters long is joined to the next without a space, because banks
     * that convert from MT formats cut the text into 35-character lines, often inside a word. Other
     * lines are separate items and are joined with one space.
     */
    public String remittanceText() {
        if (unstructuredRemittance.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(unstructuredRemittance.get(0));
        for (int i = 1; i < unstructuredRemittance.size(); i++) {
            if (unstructuredRemittance.get(i - 1).length() != MT_LINE_WIDTH) {
                text.append(' ');
            }
            text.append(unstructuredRemittance.get(i));
        }
        return text.toString();
    }
}
