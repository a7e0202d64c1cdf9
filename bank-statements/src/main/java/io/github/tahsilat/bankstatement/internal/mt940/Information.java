package io.github.tahsilat.bankstatement.internal.mt940;

import io.github.tahsilat.bankstatement.Counterparty;
import io.github.tahsilat.bankstatement.CreditorReference;
import java.util.List;

/**
 * The transaction data in an MT940 {@code :86:} field, whichever of its layouts it uses.
 *
 * @param endToEndId the end-to-end id (Dutch {@code /EREF/}, German {@code EREF+}), or null
 * @param instructionId the customer reference (German {@code KREF+}), or null
 * @param paymentInformationId the batch reference (Dutch {@code /PREF/}), or null
 * @param mandateId the mandate reference (Dutch {@code /MARF/}, German {@code MREF+}), or null
 * @param counterparty the other party, never null
 * @param remittance the unstructured remittance text as one line, or null
 * @param creditorReferences structured references (Dutch {@code /REMI/STRD/}), never null
 * @param returnReason the return reason (Dutch {@code /RTRN/}), or null
 */
record Information(
        String endToEndId,
        String instructionId,
        String paymentInformationId,
        String mandateId,
        Counterparty counterparty,
        String remittance,
        List<CreditorReference> creditorReferences,
        String returnReason) {

    static final Information NONE =
            new Information(
                    null,
                    null,
                    null,
                    null,
                    new Counterparty(null, null, null, null),
                    null,
                    List.of(),
                    null);

    Information {
        creditorReferences = List.copyOf(creditorReferences);
    }
}
