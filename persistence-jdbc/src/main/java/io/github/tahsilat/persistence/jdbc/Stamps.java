package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import java.sql.SQLException;

/** Write stamps in three columns: {@code <prefix>actor_kind}, {@code actor_id} and {@code at}. */
final class Stamps {

    private Stamps() {}

    /** Returns the stamp with its instant truncated to microseconds, as timestamptz keeps it. */
    static WriteStamp micros(WriteStamp stamp) {
        return stamp.at().getNano() % 1_000 == 0
                ? stamp
                : new WriteStamp(stamp.actor(), Params.micros(stamp.at()));
    }

    static void bind(Params params, WriteStamp stamp) throws SQLException {
        params.name(stamp.actor().kind()).text(stamp.actor().id()).instant(stamp.at());
    }

    static WriteStamp read(Row row, String prefix) throws SQLException {
        ActorKind kind = row.enumValue(prefix + "actor_kind", ActorKind.class);
        String id = row.text(prefix + "actor_id");
        java.time.Instant at = row.instant(prefix + "at");
        return row.build(() -> new WriteStamp(new Actor(kind, id), at));
    }
}
