package io.github.tahsilat.examples;

import io.github.tahsilat.examples.ReconcileReport.Application;
import io.github.tahsilat.examples.ReconcileReport.Row;
import java.util.List;

/**
 * Writes a {@link ReconcileReport} as one line of JSON (RFC 8259): {@code
 * {"matched":[...],"suggested":[...],"unmatched":[...]}}, each element {@code
 * {"entry":N,"bookingDate":"YYYY-MM-DD","amount":"D","currency":"XXX","invoices":[{"invoiceNumber":"...","applied":"D"}],"score":N,"rules":["..."]}}.
 * Every key is always present, in this order. Amounts are strings, so that no reader turns them
 * into binary floating point.
 */
final class JsonReport {

    private JsonReport() {}

    /** Returns the report as one JSON object without a line break. */
    static String write(ReconcileReport report) {
        StringBuilder json = new StringBuilder("{");
        array(json, "matched", report.matched());
        json.append(',');
        array(json, "suggested", report.suggested());
        json.append(',');
        array(json, "unmatched", report.unmatched());
        return json.append('}').toString();
    }

    /**
     * Returns {@code text} as a JSON string with its quotes: {@code "} and {@code \} escaped with a
     * backslash, and control characters below U+0020 as {@code \b \f \n \r \t} or {@code \}{@code
     * uXXXX}.
     */
    static String string(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\b' -> quoted.append("\\b");
                case '\f' -> quoted.append("\\f");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static void array(StringBuilder json, String name, List<Row> rows) {
        json.append(string(name)).append(":[");
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            row(json, rows.get(i));
        }
        json.append(']');
    }

    private static void row(StringBuilder json, Row row) {
        json.append("{\"entry\":").append(row.entry());
        json.append(",\"bookingDate\":").append(string(row.line().bookingDate().toString()));
        json.append(",\"amount\":").append(string(ReconcileReport.plain(row.line().amount())));
        json.append(",\"currency\":")
                .append(string(row.line().amount().getCurrency().getCurrencyCode()));
        json.append(",\"invoices\":[");
        for (int i = 0; i < row.invoices().size(); i++) {
            Application application = row.invoices().get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"invoiceNumber\":").append(string(application.invoiceNumber()));
            json.append(",\"applied\":")
                    .append(string(ReconcileReport.plain(application.applied())))
                    .append('}');
        }
        json.append("],\"score\":").append(row.score());
        json.append(",\"rules\":[");
        for (int i = 0; i < row.rules().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(string(row.rules().get(i)));
        }
        json.append("]}");
    }
}
