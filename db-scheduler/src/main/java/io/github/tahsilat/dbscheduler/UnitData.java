package io.github.tahsilat.dbscheduler;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningUnit;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The text form of a work unit that a task execution stores as its data: a version tag, the company
 * id, the run's date, the dry-run flag, the bucket, the bucket count and the run key, separated by
 * {@code |}. The run key comes last, so it may itself contain {@code |}. A string keeps the stored
 * data independent of the library's classes, which db-scheduler's default Java serialization would
 * tie to one release.
 */
final class UnitData {

    private static final String VERSION = "v1";
    private static final String SEPARATOR = "|";
    private static final int FIELDS = 7;

    private UnitData() {}

    static String encode(DunningUnit unit) {
        DunningRunRequest run = unit.run();
        return String.join(
                SEPARATOR,
                VERSION,
                run.companyId().value().toString(),
                run.asOf().toString(),
                Boolean.toString(run.dryRun()),
                Integer.toString(unit.bucket()),
                Integer.toString(unit.bucketCount()),
                run.runKey());
    }

    /**
     * Returns the unit that {@link #encode} wrote.
     *
     * @throws IllegalArgumentException if {@code data} is not such a text, naming the value
     */
    static DunningUnit decode(String data) {
        String[] fields = data == null ? new String[0] : data.split("\\|", FIELDS);
        if (fields.length != FIELDS || !VERSION.equals(fields[0])) {
            throw invalid(data, null);
        }
        try {
            DunningRunRequest run =
                    new DunningRunRequest(
                            new CompanyId(UUID.fromString(fields[1])),
                            LocalDate.parse(fields[2]),
                            fields[6],
                            parseFlag(fields[3]));
            return new DunningUnit(run, Integer.parseInt(fields[4]), Integer.parseInt(fields[5]));
        } catch (RuntimeException e) {
            throw invalid(data, e);
        }
    }

    /** Returns the task instance id of a unit: its company, run key, bucket and count. */
    static String instanceId(DunningUnit unit) {
        return unit.run().companyId()
                + SEPARATOR
                + unit.run().runKey()
                + SEPARATOR
                + unit.bucket()
                + "/"
                + unit.bucketCount();
    }

    private static boolean parseFlag(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("invalid dry-run flag: " + text);
        }
        return Boolean.parseBoolean(text);
    }

    private static IllegalArgumentException invalid(String data, RuntimeException cause) {
        return new IllegalArgumentException(
                "invalid dunning unit task data: "
                        + data
                        + "; expected v1|<company id>|<date>|<true or false>|<bucket>|<count>"
                        + "|<run key>, as scheduled by DunningUnitTask",
                cause);
    }
}
