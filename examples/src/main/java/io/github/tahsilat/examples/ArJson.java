package io.github.tahsilat.examples;

import java.util.List;
import java.util.Map;

/**
 * Writes the results of {@code replay} and {@code aging} as one line of JSON (RFC 8259), every key
 * always present and in a fixed order. Amounts are strings at the currency's decimals with a dot,
 * so that no reader turns them into binary floating point and no locale changes them.
 */
final class ArJson {

    /** The JSON keys of the aging buckets, in the order of the library's standard buckets. */
    static final List<String> BUCKET_KEYS = List.of("current", "1-30", "31-60", "61-90", "91+");

    private ArJson() {}

    /**
     * Returns {@code {"invoices":N,"customers":N,"paid":N,"paidLate":N,"collected":"D",
     * "notices":N,"levels":{"1":N,"2":N,"3":N}}}.
     */
    static String write(ArReplay.Result result) {
        StringBuilder json = new StringBuilder("{");
        json.append("\"invoices\":").append(result.invoices());
        json.append(",\"customers\":").append(result.customers());
        json.append(",\"paid\":").append(result.paid());
        json.append(",\"paidLate\":").append(result.paidLate());
        json.append(",\"collected\":")
                .append(JsonReport.string(ReconcileReport.plain(result.collected())));
        json.append(",\"notices\":").append(result.notices());
        json.append(",\"levels\":{");
        String separator = "";
        for (Map.Entry<Integer, Integer> level : result.levels().entrySet()) {
            json.append(separator)
                    .append(JsonReport.string(level.getKey().toString()))
                    .append(':')
                    .append(level.getValue());
            separator = ",";
        }
        return json.append("}}").toString();
    }

    /**
     * Returns {@code {"asOf":"YYYY-MM-DD","currency":"USD","openInvoices":N,"buckets":{"current":
     * "D","1-30":"D","31-60":"D","61-90":"D","91+":"D"},"total":"D"}}.
     *
     * @throws IllegalArgumentException if the result does not have the five standard buckets
     */
    static String write(ArAging.Result result) {
        if (result.amounts().size() != BUCKET_KEYS.size()) {
            throw new IllegalArgumentException(
                    "expected the 5 standard buckets, got " + result.buckets());
        }
        StringBuilder json = new StringBuilder("{");
        json.append("\"asOf\":").append(JsonReport.string(result.asOf().toString()));
        json.append(",\"currency\":")
                .append(JsonReport.string(result.total().getCurrency().getCurrencyCode()));
        json.append(",\"openInvoices\":").append(result.openInvoices());
        json.append(",\"buckets\":{");
        for (int i = 0; i < BUCKET_KEYS.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(JsonReport.string(BUCKET_KEYS.get(i)))
                    .append(':')
                    .append(JsonReport.string(ReconcileReport.plain(result.amounts().get(i))));
        }
        json.append("},\"total\":")
                .append(JsonReport.string(ReconcileReport.plain(result.total())));
        return json.append('}').toString();
    }
}
