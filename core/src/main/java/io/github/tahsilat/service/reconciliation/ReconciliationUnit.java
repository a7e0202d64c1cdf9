package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.reconciliation.BankEntryKey;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One work unit of a statement import: the statement's lines whose key falls in hash bucket {@code
 * bucket} out of {@code bucketCount}. The units {@code 0} to {@code bucketCount - 1} of a statement
 * partition its lines, so each bank entry belongs to exactly one unit.
 *
 * <p>A line's bucket depends only on its {@link BankEntryKey#primary() primary key} and the bucket
 * count, and is the same in every JVM, so instances that split one statement with the same count
 * agree on every unit. Immutable and thread-safe.
 *
 * @param companyId the company whose statement it is
 * @param statementId the statement's id, as in {@link StatementImport#statementId()}
 * @param bucket the unit's bucket, from 0 to {@code bucketCount - 1}
 * @param bucketCount the number of units the statement is split into, from 1 to {@value #MAX_COUNT}
 */
public record ReconciliationUnit(
        @NotNull CompanyId companyId,
        @NotBlank @Size(max = StatementImport.MAX_STATEMENT_ID_LENGTH) String statementId,
        @Min(0) @Max(MAX_COUNT - 1) int bucket,
        @Min(1) @Max(MAX_COUNT) int bucketCount) {

    /** The maximum number of units a statement can be split into. */
    public static final int MAX_COUNT = 4096;

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if {@code companyId} is {@code null}, {@code statementId} is
     *     blank or longer than {@value StatementImport#MAX_STATEMENT_ID_LENGTH} characters, {@code
     *     bucketCount} is not from 1 to {@value #MAX_COUNT}, or {@code bucket} is not from 0 to
     *     {@code bucketCount - 1}
     */
    public ReconciliationUnit {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.text(statementId, "statementId", StatementImport.MAX_STATEMENT_ID_LENGTH);
        checkCount("bucketCount", bucketCount);
        if (bucket < 0 || bucket >= bucketCount) {
            throw new InvalidInputException(
                    "bucket", bucket, "a number from 0 to " + (bucketCount - 1));
        }
    }

    /**
     * Splits a statement into {@code count} units, in bucket order.
     *
     * @throws InvalidInputException if {@code statement} is {@code null} or {@code count} is not
     *     from 1 to {@value #MAX_COUNT}
     */
    public static List<ReconciliationUnit> split(StatementImport statement, int count) {
        InputChecks.present(statement, "statement", "a statement to import");
        checkCount("count", count);
        List<ReconciliationUnit> units = new ArrayList<>(count);
        for (int bucket = 0; bucket < count; bucket++) {
            units.add(
                    new ReconciliationUnit(
                            statement.companyId(), statement.statementId(), bucket, count));
        }
        return List.copyOf(units);
    }

    /**
     * Returns the bucket of a bank entry among {@code count} buckets: the 64-bit FNV-1a hash of the
     * UTF-8 bytes of its primary key, mixed by the MurmurHash3 64-bit finalizer, modulo {@code
     * count}.
     *
     * @throws InvalidInputException if {@code key} is {@code null} or {@code count} is not from 1
     *     to {@value #MAX_COUNT}
     */
    public static int bucketOf(BankEntryKey key, int count) {
        InputChecks.present(key, "key", "a bank entry key");
        checkCount("count", count);
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.primary().getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return Math.floorMod(hash, count);
    }

    /**
     * Returns whether the bank entry belongs to this unit.
     *
     * @throws InvalidInputException if {@code key} is {@code null}
     */
    public boolean contains(BankEntryKey key) {
        return bucketOf(key, bucketCount) == bucket;
    }

    /** Returns a short label such as {@code STMT-7#3/16}: the statement id, bucket and count. */
    public String label() {
        return statementId + "#" + bucket + "/" + bucketCount;
    }

    private static void checkCount(String field, int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInputException(field, count, "a number from 1 to " + MAX_COUNT);
        }
    }
}
