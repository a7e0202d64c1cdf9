package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The statement's description of a bank line that books a batch of transactions as one total (camt
 * {@code NtryDtls/Btch}, or several {@code TxDtls} without their own amounts): how many
 * transactions it contains and their references, as far as the file gives them.
 *
 * <p>Reconciliation uses it to recognise a batch total whose transactions a notification booked
 * earlier, one line per transaction. Immutable and thread-safe.
 *
 * @param transactionCount the number of transactions in the batch ({@code Btch/NbOfTxs}), or empty
 *     when the file does not give it
 * @param endToEndIds the end-to-end ids of the batch's transactions that the file lists, in file
 *     order, each 1 to {@value #MAX_REFERENCE_LENGTH} characters, possibly none
 * @param accountServicerReferences the bank's references of the batch's transactions that the file
 *     lists ({@code TxDtls/Refs/AcctSvcrRef}), in file order, each 1 to {@value
 *     #MAX_REFERENCE_LENGTH} characters, possibly none
 */
public record BatchBooking(
        @NotNull Optional<@Positive Integer> transactionCount,
        @NotNull @Size(max = BatchBooking.MAX_REFERENCES)
                List<@NotBlank @Size(max = BatchBooking.MAX_REFERENCE_LENGTH) String> endToEndIds,
        @NotNull @Size(max = BatchBooking.MAX_REFERENCES)
                List<@NotBlank @Size(max = BatchBooking.MAX_REFERENCE_LENGTH) String>
                        accountServicerReferences) {

    /** The maximum length of one reference, the bank entry store's limit for identifiers. */
    public static final int MAX_REFERENCE_LENGTH = 140;

    /** The maximum number of references of each kind. */
    public static final int MAX_REFERENCES = 10_000;

    /**
     * Checks every part and copies the lists.
     *
     * @throws InvalidInputException if a part or a reference is {@code null}; if the count is less
     *     than 1; if a reference is blank or longer than {@value #MAX_REFERENCE_LENGTH} characters;
     *     if a list has more than {@value #MAX_REFERENCES} references; or if a list has more
     *     references than the count
     */
    public BatchBooking {
        InputChecks.present(transactionCount, "transactionCount", "a count or Optional.empty()");
        if (transactionCount.isPresent() && transactionCount.get() < 1) {
            throw new InvalidInputException(
                    "transactionCount", transactionCount.get(), "a number of transactions from 1");
        }
        endToEndIds = references(endToEndIds, "endToEndIds", transactionCount);
        accountServicerReferences =
                references(
                        accountServicerReferences, "accountServicerReferences", transactionCount);
    }

    /**
     * Returns a batch with a known number of transactions and no references.
     *
     * @throws InvalidInputException if {@code transactionCount} is less than 1
     */
    public static BatchBooking ofCount(int transactionCount) {
        return new BatchBooking(Optional.of(transactionCount), List.of(), List.of());
    }

    private static List<String> references(
            List<String> references, String field, Optional<Integer> count) {
        InputChecks.present(references, field, "a list, possibly empty");
        int max = Math.min(MAX_REFERENCES, count.orElse(MAX_REFERENCES));
        if (references.size() > max) {
            throw new InvalidInputException(
                    field, references.size() + " references", "at most " + max + " references");
        }
        for (String reference : references) {
            InputChecks.text(reference, field, MAX_REFERENCE_LENGTH);
        }
        return List.copyOf(references);
    }
}
