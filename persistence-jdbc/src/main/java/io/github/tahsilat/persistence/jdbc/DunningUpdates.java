package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.record.DunningRecord;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The set-based update of {@link JdbcDunningStore#updateAll}: one {@code UPDATE ... FROM
 * unnest(...)} statement for many dunning records, with one SQL array per column.
 *
 * <p>Dates, instants and amounts are sent as {@code text[]} and cast on the server, so that each
 * value keeps its exact text: an amount its scale, an instant its microseconds. Each record's done
 * channels are a slice of one flat {@code text[]}, because PostgreSQL has no arrays of arrays of
 * different lengths.
 */
final class DunningUpdates {

    /** The columns after the id and the expected version, in bind order, with their SQL types. */
    private static final List<String[]> COLUMNS =
            List.of(
                    new String[] {"version", "bigint"},
                    new String[] {"item_id", "uuid"},
                    new String[] {"level", "integer"},
                    new String[] {"counterparty_id", "uuid"},
                    new String[] {"run_key", "text"},
                    new String[] {"as_of", "date"},
                    new String[] {"invoice_number", "text"},
                    new String[] {"due_date", "date"},
                    new String[] {"days_past_due", "bigint"},
                    new String[] {"currency", "text"},
                    new String[] {"outstanding", "numeric"},
                    new String[] {"fee", "numeric"},
                    new String[] {"fee_booked", "boolean"},
                    new String[] {"status", "text"},
                    new String[] {"channels_from", "integer"},
                    new String[] {"channels_to", "integer"},
                    new String[] {"last_write_actor_kind", "text"},
                    new String[] {"last_write_actor_id", "text"},
                    new String[] {"last_write_at", "timestamptz"},
                    new String[] {"lease_expiry", "timestamptz"});

    private DunningUpdates() {}

    /**
     * Returns the statement. Its parameters are the flat {@code text[]} of done channels, a {@code
     * uuid[]} of ids, a {@code bigint[]} of expected versions, one array per entry of {@link
     * #COLUMNS}, and the company id. It returns the id of each row that it changed.
     */
    static String sql(String table) {
        StringBuilder set = new StringBuilder();
        StringBuilder arrays = new StringBuilder("?::uuid[], ?::bigint[]");
        StringBuilder names = new StringBuilder("id, expected_version");
        for (String[] column : COLUMNS) {
            String name = column[0];
            String type = column[1];
            boolean sentAsText =
                    type.equals("date") || type.equals("numeric") || type.equals("timestamptz");
            arrays.append(sentAsText ? ", ?::text[]::" + type + "[]" : ", ?::" + type + "[]");
            names.append(", ").append(name);
            if (!name.startsWith("channels_")) {
                set.append(name).append(" = u.").append(name).append(", ");
            }
        }
        return "UPDATE "
                + table
                + " AS d SET "
                + set
                + "done_channels = (?::text[])[u.channels_from:u.channels_to]"
                + " FROM unnest("
                + arrays
                + ") AS u("
                + names
                + ") WHERE d.company_id = ? AND d.id = u.id AND d.version = u.expected_version"
                + " RETURNING d.id";
    }

    /**
     * Runs {@code sql} for {@code stored}, the records to write, whose expected versions are those
     * of {@code updates} at the same positions, and returns the ids of the rows it changed.
     */
    static Set<UUID> run(
            Connection connection,
            String sql,
            UUID companyId,
            List<DunningRecord> stored,
            List<DunningRecord> updates)
            throws SQLException {
        List<String> channels = new ArrayList<>();
        List<Integer> channelsFrom = new ArrayList<>();
        List<Integer> channelsTo = new ArrayList<>();
        for (DunningRecord record : stored) {
            // SQL array slices are 1-based and include both bounds, so an empty list is [k+1:k].
            channelsFrom.add(channels.size() + 1);
            channels.addAll(record.doneChannels());
            channelsTo.add(channels.size());
        }
        List<Array> arrays = new ArrayList<>();
        try (PreparedStatement statement = Sql.prepare(connection, sql)) {
            Binder binder = new Binder(connection, statement, arrays);
            binder.bind("text", channels);
            binder.bind("uuid", Sql.column(stored, DunningRecord::id));
            binder.bind("int8", Sql.column(updates, DunningRecord::version));
            binder.bind("int8", Sql.column(stored, DunningRecord::version));
            binder.bind("uuid", Sql.column(stored, DunningRecord::itemId));
            binder.bind("int4", Sql.column(stored, DunningRecord::level));
            binder.bind("uuid", Sql.column(stored, DunningRecord::counterpartyId));
            binder.bind("text", Sql.column(stored, DunningRecord::runKey));
            binder.bind("text", Sql.column(stored, r -> text(r.asOf())));
            binder.bind("text", Sql.column(stored, DunningRecord::invoiceNumber));
            binder.bind("text", Sql.column(stored, r -> text(r.dueDate())));
            binder.bind("int8", Sql.column(stored, DunningRecord::daysPastDue));
            binder.bind("text", Sql.column(stored, DunningRecord::currency));
            binder.bind("text", Sql.column(stored, r -> text(r.outstanding())));
            binder.bind("text", Sql.column(stored, r -> text(r.fee())));
            binder.bind("bool", Sql.column(stored, DunningRecord::feeBooked));
            binder.bind("text", Sql.column(stored, r -> r.status().name()));
            binder.bind("int4", channelsFrom);
            binder.bind("int4", channelsTo);
            binder.bind("text", Sql.column(stored, r -> r.lastWrite().actor().kind().name()));
            binder.bind("text", Sql.column(stored, r -> r.lastWrite().actor().id()));
            binder.bind("text", Sql.column(stored, r -> text(r.lastWrite().at())));
            binder.bind("text", Sql.column(stored, r -> text(r.leaseExpiry())));
            statement.setObject(binder.index + 1, companyId);
            Set<UUID> updated = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    updated.add(rows.getObject(1, UUID.class));
                }
            }
            return updated;
        } finally {
            for (Array array : arrays) {
                array.free();
            }
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Returns the instant in ISO 8601, which PostgreSQL reads as a {@code timestamptz}. */
    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** Binds SQL arrays to consecutive parameters and keeps them for freeing. */
    private static final class Binder {
        private final Connection connection;
        private final PreparedStatement statement;
        private final List<Array> arrays;
        private int index;

        Binder(Connection connection, PreparedStatement statement, List<Array> arrays) {
            this.connection = connection;
            this.statement = statement;
            this.arrays = arrays;
        }

        void bind(String type, List<?> values) throws SQLException {
            Array array = connection.createArrayOf(type, values.toArray());
            arrays.add(array);
            statement.setArray(++index, array);
        }
    }
}
