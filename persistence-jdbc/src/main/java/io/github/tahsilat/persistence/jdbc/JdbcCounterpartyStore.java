package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.ErasureNotAllowedException;
import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.RetentionPeriodActiveException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.ContactDetails;
import io.github.tahsilat.persistence.spi.record.CounterpartyKind;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.Erasure;
import io.github.tahsilat.persistence.spi.record.ErasureState;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.TaxIdType;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.CounterpartyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Counterparties in one row each, with their IBANs in a child table indexed by IBAN. */
final class JdbcCounterpartyStore implements CounterpartyStore {

    private static final String TYPE = "CounterpartyRecord";

    private static final List<String> COLUMNS =
            List.of(
                    "kind",
                    "name",
                    "tax_id_type",
                    "tax_id_value",
                    "locale_tag",
                    "segment",
                    "on_hold",
                    "hold_reason",
                    "email",
                    "phone",
                    "address",
                    "natural_person",
                    "erasure_state",
                    "erasure_requested_at",
                    "retention_ends",
                    "erased_at",
                    "external_reference",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at",
                    "name_key");

    private final JdbcTransactionRunner transactions;
    private final String table;
    private final String insertSql;
    private final String updateSql;
    private final String insertIbanSql;
    private final String deleteIbansSql;
    private final String selectSql;
    private final int fetchSize;

    JdbcCounterpartyStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.table = options.tablePrefix() + "counterparty";
        this.fetchSize = options.fetchSize();
        String ibanTable = options.tablePrefix() + "counterparty_iban";
        this.insertSql =
                Sql.insert(table, Sql.concat(List.of("company_id", "id", "version"), COLUMNS));
        this.updateSql = Sql.update(table, "id", COLUMNS);
        this.insertIbanSql =
                Sql.insert(ibanTable, List.of("company_id", "counterparty_id", "position", "iban"));
        this.deleteIbansSql =
                "DELETE FROM " + ibanTable + " WHERE company_id = ? AND counterparty_id = ?";
        this.selectSql =
                "SELECT c.*, ARRAY(SELECT iban FROM "
                        + ibanTable
                        + " i WHERE i.company_id = c.company_id AND i.counterparty_id = c.id"
                        + " ORDER BY position) AS ibans FROM "
                        + table
                        + " c WHERE c.company_id = ? AND ";
    }

    @Override
    public CounterpartyRecord insert(UUID companyId, CounterpartyRecord counterparty) {
        WriteChecks.sameCompany(companyId, counterparty.companyId());
        WriteChecks.newRecord(TYPE, counterparty.version());
        CounterpartyRecord stored = withMicros(counterparty).withVersion(1);
        SqlErrors errors =
                SqlErrors.of("insert counterparty " + counterparty.id())
                        .onUnique(
                                table + "_pkey",
                                () -> new DuplicateKeyException(TYPE, "id", stored.id().toString()))
                        .onUnique(
                                table + "_external_reference_key",
                                () -> duplicateReference(stored));
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, insertSql)) {
                        Params params =
                                new Params(statement)
                                        .uuid(companyId)
                                        .uuid(stored.id())
                                        .longValue(1);
                        bindColumns(params, stored);
                        statement.executeUpdate();
                    }
                    insertIbans(connection, stored);
                    return stored;
                },
                errors);
    }

    @Override
    public CounterpartyRecord update(UUID companyId, CounterpartyRecord counterparty) {
        WriteChecks.sameCompany(companyId, counterparty.companyId());
        WriteChecks.readRecord(TYPE, counterparty.version());
        CounterpartyRecord stored =
                withMicros(counterparty).withVersion(counterparty.version() + 1);
        SqlErrors errors =
                SqlErrors.of("update counterparty " + counterparty.id())
                        .onUnique(
                                table + "_external_reference_key",
                                () -> duplicateReference(stored));
        return transactions.call(
                connection -> write(connection, counterparty.version(), stored), errors);
    }

    @Override
    public CounterpartyRecord recordErasureRequest(
            UUID companyId,
            UUID id,
            long expectedVersion,
            LocalDate retentionEnds,
            WriteStamp stamp) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(retentionEnds, "retentionEnds");
        Objects.requireNonNull(stamp, "stamp");
        return transactions.call(
                connection -> {
                    CounterpartyRecord current = locked(connection, companyId, id, expectedVersion);
                    if (!current.naturalPerson()) {
                        throw new ErasureNotAllowedException(
                                id,
                                "it is a legal entity, whose data KVKK and the GDPR do not cover");
                    }
                    if (current.erasure().state() == ErasureState.ERASED) {
                        throw new ErasureNotAllowedException(id, "its data is already erased");
                    }
                    CounterpartyRecord next =
                            current.withErasureRequested(retentionEnds, Stamps.micros(stamp))
                                    .withVersion(expectedVersion + 1);
                    return write(connection, expectedVersion, next);
                },
                SqlErrors.of("record the erasure request of counterparty " + id));
    }

    @Override
    public CounterpartyRecord erase(
            UUID companyId,
            UUID id,
            long expectedVersion,
            String pseudonym,
            LocalDate asOf,
            WriteStamp stamp) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(stamp, "stamp");
        return transactions.call(
                connection -> {
                    CounterpartyRecord current = locked(connection, companyId, id, expectedVersion);
                    ErasureState state = current.erasure().state();
                    if (state != ErasureState.REQUESTED) {
                        throw new ErasureNotAllowedException(
                                id,
                                state == ErasureState.ERASED
                                        ? "its data is already erased"
                                        : "no erasure request is recorded; call"
                                                + " recordErasureRequest first");
                    }
                    LocalDate retentionEnds = current.erasure().retentionEnds().orElseThrow();
                    if (asOf.isBefore(retentionEnds)) {
                        throw new RetentionPeriodActiveException(id, retentionEnds, asOf);
                    }
                    CounterpartyRecord next =
                            current.pseudonymized(pseudonym, Stamps.micros(stamp))
                                    .withVersion(expectedVersion + 1);
                    return write(connection, expectedVersion, next);
                },
                SqlErrors.of("erase counterparty " + id));
    }

    @Override
    public Optional<CounterpartyRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return one(companyId, "c.id = ?", id, "read counterparty " + id);
    }

    /**
     * Reads the counterparties with one query per {@link Sql#ANY_CHUNK_SIZE} distinct ids, each
     * over a {@code uuid[]}.
     */
    @Override
    public Map<UUID, CounterpartyRecord> findAll(UUID companyId, Collection<UUID> ids) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(ids, "ids");
        List<UUID> distinct = ids.stream().map(Objects::requireNonNull).distinct().toList();
        Map<UUID, CounterpartyRecord> found = new HashMap<>();
        if (distinct.isEmpty()) {
            return found;
        }
        String sql = selectSql + "c.id = ANY(?)";
        List<CounterpartyRecord> records =
                transactions.readByKeys(
                        distinct.size(),
                        connection ->
                                Sql.listByChunks(
                                        connection,
                                        sql,
                                        fetchSize,
                                        this::read,
                                        companyId,
                                        "uuid",
                                        distinct),
                        SqlErrors.of(
                                "read "
                                        + distinct.size()
                                        + " counterparties by id in company "
                                        + companyId));
        for (CounterpartyRecord record : records) {
            found.put(record.id(), record);
        }
        return found;
    }

    @Override
    public Optional<CounterpartyRecord> findByExternalReference(
            UUID companyId, String externalReference) {
        Objects.requireNonNull(externalReference, "externalReference");
        return one(
                companyId,
                "c.external_reference = ?",
                externalReference,
                "read the counterparty with external reference " + externalReference);
    }

    @Override
    public List<CounterpartyRecord> findByIban(UUID companyId, String iban) {
        Objects.requireNonNull(iban, "iban");
        String condition =
                "c.id IN (SELECT counterparty_id FROM "
                        + table
                        + "_iban i WHERE i.company_id = c.company_id AND i.iban = ?)";
        return list(companyId, condition, List.of(iban), "read counterparties by IBAN");
    }

    @Override
    public List<CounterpartyRecord> findByTaxId(UUID companyId, TaxId taxId) {
        Objects.requireNonNull(taxId, "taxId");
        return list(
                companyId,
                "c.tax_id_value IS NOT NULL AND c.tax_id_type = ? AND c.tax_id_value = ?",
                List.of(taxId.type().name(), taxId.value()),
                "read counterparties by tax id");
    }

    @Override
    public List<CounterpartyRecord> findByNameKey(UUID companyId, String nameKey) {
        Objects.requireNonNull(nameKey, "nameKey");
        return list(
                companyId, "c.name_key = ?", List.of(nameKey), "read counterparties by name key");
    }

    @Override
    public List<CounterpartyRecord> findByNameKeyPrefix(UUID companyId, String prefix, int limit) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("invalid prefix: empty; expected a name key prefix");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("invalid limit: " + limit + "; expected 0 or more");
        }
        if (limit == 0) {
            return List.of();
        }
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String sql =
                selectSql
                        + "c.name_key LIKE ? ESCAPE '\\' ORDER BY c.name_key COLLATE \"C\", c.id"
                        + " LIMIT ?";
        return transactions.read(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        new Params(statement).uuid(companyId).text(pattern).integer(limit);
                        return readAll(statement);
                    }
                },
                SqlErrors.of("read counterparties by name prefix in company " + companyId));
    }

    private Optional<CounterpartyRecord> one(
            UUID companyId, String condition, Object value, String action) {
        List<CounterpartyRecord> found = list(companyId, condition, List.of(value), action);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<CounterpartyRecord> list(
            UUID companyId, String condition, List<Object> values, String action) {
        Objects.requireNonNull(companyId, "companyId");
        String sql = selectSql + condition + " ORDER BY c.id";
        return transactions.read(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        statement.setObject(1, companyId);
                        for (int i = 0; i < values.size(); i++) {
                            statement.setObject(i + 2, values.get(i));
                        }
                        return readAll(statement);
                    }
                },
                SqlErrors.of(action + " in company " + companyId));
    }

    /** Reads the counterparty and locks its row, after checking that it has the version. */
    private CounterpartyRecord locked(
            Connection connection, UUID companyId, UUID id, long expectedVersion)
            throws SQLException {
        try (PreparedStatement statement =
                Sql.prepare(connection, selectSql + "c.id = ? FOR UPDATE")) {
            new Params(statement).uuid(companyId).uuid(id);
            List<CounterpartyRecord> found = readAll(statement);
            if (found.isEmpty()) {
                throw new RecordNotFoundException(TYPE, companyId, id);
            }
            CounterpartyRecord current = found.get(0);
            if (current.version() != expectedVersion) {
                throw new StaleVersionException(TYPE, id, expectedVersion, current.version());
            }
            return current;
        }
    }

    /** Writes {@code next} over the row at {@code expectedVersion} and replaces its IBANs. */
    private CounterpartyRecord write(
            Connection connection, long expectedVersion, CounterpartyRecord next)
            throws SQLException {
        int rows;
        try (PreparedStatement statement = Sql.prepare(connection, updateSql)) {
            Params params = new Params(statement).longValue(next.version());
            bindColumns(params, next);
            params.uuid(next.companyId()).uuid(next.id()).longValue(expectedVersion);
            rows = statement.executeUpdate();
        }
        if (rows != 1) {
            throw Sql.notUpdated(
                    connection, table, "id", TYPE, next.companyId(), next.id(), expectedVersion);
        }
        try (PreparedStatement statement = Sql.prepare(connection, deleteIbansSql)) {
            new Params(statement).uuid(next.companyId()).uuid(next.id());
            statement.executeUpdate();
        }
        insertIbans(connection, next);
        return next;
    }

    private void insertIbans(Connection connection, CounterpartyRecord counterparty)
            throws SQLException {
        List<String> ibans = counterparty.ibans();
        if (ibans.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = Sql.prepare(connection, insertIbanSql)) {
            Params params = new Params(statement);
            for (int i = 0; i < ibans.size(); i++) {
                params.restart()
                        .uuid(counterparty.companyId())
                        .uuid(counterparty.id())
                        .integer(i)
                        .text(ibans.get(i));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void bindColumns(Params params, CounterpartyRecord counterparty)
            throws SQLException {
        ContactDetails contact = counterparty.contact();
        Erasure erasure = counterparty.erasure();
        params.name(counterparty.kind())
                .text(counterparty.name())
                .optionalText(counterparty.taxId().map(taxId -> taxId.type().name()))
                .optionalText(counterparty.taxId().map(TaxId::value))
                .text(counterparty.localeTag())
                .optionalText(counterparty.segment())
                .bool(counterparty.onHold())
                .optionalText(counterparty.holdReason())
                .optionalText(contact.email())
                .optionalText(contact.phone())
                .optionalText(contact.address())
                .bool(counterparty.naturalPerson())
                .name(erasure.state())
                .optionalInstant(erasure.requestedAt())
                .optionalDate(erasure.retentionEnds())
                .optionalInstant(erasure.erasedAt())
                .optionalText(counterparty.externalReference());
        Stamps.bind(params, counterparty.lastWrite());
        params.text(MatchKeys.nameKey(counterparty.name()));
    }

    private List<CounterpartyRecord> readAll(PreparedStatement statement) throws SQLException {
        List<CounterpartyRecord> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(read(rows));
            }
        }
        return found;
    }

    private CounterpartyRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "id");
        UUID companyId = row.uuid("company_id");
        UUID id = row.uuid("id");
        long version = row.longValue("version");
        CounterpartyKind kind = row.enumValue("kind", CounterpartyKind.class);
        String name = row.text("name");

        Optional<String> taxIdValue = row.optionalText("tax_id_value");
        Optional<TaxIdType> taxIdType =
                taxIdValue.isPresent()
                        ? Optional.of(row.enumValue("tax_id_type", TaxIdType.class))
                        : Optional.empty();

        String localeTag = row.text("locale_tag");
        Optional<String> segment = row.optionalText("segment");
        boolean onHold = row.bool("on_hold");
        Optional<String> holdReason = row.optionalText("hold_reason");
        Optional<String> email = row.optionalText("email");
        Optional<String> phone = row.optionalText("phone");
        Optional<String> address = row.optionalText("address");

        boolean naturalPerson = row.bool("natural_person");
        ErasureState erasureState = row.enumValue("erasure_state", ErasureState.class);
        Optional<Instant> requestedAt = row.optionalInstant("erasure_requested_at");
        Optional<LocalDate> retentionEnds = row.optionalDate("retention_ends");
        Optional<Instant> erasedAt = row.optionalInstant("erased_at");

        Optional<String> externalReference = row.optionalText("external_reference");
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        List<String> ibans = List.of(SqlArrays.strings(rows, "ibans"));
        return row.build(
                () ->
                        new CounterpartyRecord(
                                companyId,
                                id,
                                version,
                                kind,
                                name,
                                taxIdValue.map(value -> new TaxId(taxIdType.orElseThrow(), value)),
                                ibans,
                                localeTag,
                                segment,
                                onHold,
                                holdReason,
                                new ContactDetails(email, phone, address),
                                naturalPerson,
                                new Erasure(erasureState, requestedAt, retentionEnds, erasedAt),
                                externalReference,
                                lastWrite));
    }

    private static DuplicateKeyException duplicateReference(CounterpartyRecord counterparty) {
        return new DuplicateKeyException(
                TYPE, "externalReference", counterparty.externalReference().orElse(""));
    }

    private static CounterpartyRecord withMicros(CounterpartyRecord counterparty) {
        WriteStamp stamp = Stamps.micros(counterparty.lastWrite());
        Erasure erasure = counterparty.erasure();
        Erasure erasureMicros =
                new Erasure(
                        erasure.state(),
                        erasure.requestedAt().map(Params::micros),
                        erasure.retentionEnds(),
                        erasure.erasedAt().map(Params::micros));
        if (stamp.equals(counterparty.lastWrite()) && erasureMicros.equals(erasure)) {
            return counterparty;
        }
        return new CounterpartyRecord(
                counterparty.companyId(),
                counterparty.id(),
                counterparty.version(),
                counterparty.kind(),
                counterparty.name(),
                counterparty.taxId(),
                counterparty.ibans(),
                counterparty.localeTag(),
                counterparty.segment(),
                counterparty.onHold(),
                counterparty.holdReason(),
                counterparty.contact(),
                counterparty.naturalPerson(),
                erasureMicros,
                counterparty.externalReference(),
                stamp);
    }
}
