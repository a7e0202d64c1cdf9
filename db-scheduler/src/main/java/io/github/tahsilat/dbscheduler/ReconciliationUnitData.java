package io.github.tahsilat.dbscheduler;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.service.reconciliation.ReconciliationUnit;
import java.util.UUID;

/**
 * The text form of a reconciliation unit that a task execution stores as its data: a version tag,
 * the company id, the bucket, the bucket count and the statement id, separated by {@code |}. The
 * statement id comes last, so it may itself contain {@code |}. A string keeps the stored data
 * independent of the library's classes, as {@link UnitData} does for dunning units.
 */
final class ReconciliationUnitData {

    private static final String VERSION = "r1";
    private static final String SEPARATOR = "|";
    private static final int FIELDS = 5;

    private ReconciliationUnitData() {}

    static String encode(ReconciliationUnit unit) {
        return String.join(
                SEPARATOR,
                VERSION,
                unit.companyId().value().toString(),
                Integer.toString(unit.bucket()),
                Integer.toString(unit.bucketCount()),
                unit.statementId());
    }

    /**
     * Returns the unit that {@link #encode} wrote.
     *
     * @throws IllegalArgumentException if {@code data} is not such a text, naming the value
     */
    static ReconciliationUnit decode(String data) {
        String[] fields = data == null ? new String[0] : data.split("\\|", FIELDS);
        if (fields.length != FIELDS || !VERSION.equals(fields[0])) {
            throw invalid(data, null);
        }
        try {
            return new ReconciliationUnit(
                    new CompanyId(UUID.fromString(fields[1])),
                    fields[4],
                    Integer.parseInt(fields[2]),
                    Integer.parseInt(fields[3]));
        } catch (RuntimeException e) {
            throw invalid(data, e);
        }
    }

    /** Returns the task instance id of a unit: its company, statement id, bucket and count. */
    static String instanceId(ReconciliationUnit unit) {
        return unit.companyId()
                + SEPARATOR
                + unit.statementId()
                + SEPARATOR
                + unit.bucket()
                + "/"
                + unit.bucketCount();
    }

    private static IllegalArgumentException invalid(String data, RuntimeException cause) {
        return new IllegalArgumentException(
                "invalid reconciliation unit task data: "
                        + data
                        + "; expected r1|<company id>|<bucket>|<count>|<statement id>, as"
                        + " scheduled by ReconciliationUnitTask",
                cause);
    }
}
