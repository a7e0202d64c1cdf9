package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.DunningBlockRecord;
import io.github.tahsilat.persistence.spi.record.DunningRecord;
import io.github.tahsilat.persistence.spi.record.DunningRunRecord;
import io.github.tahsilat.persistence.spi.record.DunningStatus;
import io.github.tahsilat.persistence.spi.record.PromiseRecord;
import io.github.tahsilat.persistence.spi.record.PromiseStatus;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.DunningStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** Dunning claims, run history, blocks and promises to pay, one row each. */
final class JdbcDunningStore implements DunningStore {

    private static final String TYPE = "DunningRecord";
    private static final String PROMISE = "PromiseRecord";

    private static final List<String> RECORD_COLUMNS =
            List.of(
                    "item_id",
                    "level",
                    "counterparty_id",
                    "run_key",
                    "as_of",
                    "invoice_number",
                    "due_date",
                    "days_past_due",
                    "currency",
                    "outstanding",
                    "fee",
                    "fee_booked",
                    "status",
                    "done_channels",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at",
                    "lease_expiry");

    private static final List<String> PROMISE_COLUMNS =
            List.of(
                    "item_id",
                    "promised_on",
                    "pay_by",
                    "currency",
                    "amount",
                    "outstanding_when_promised",
                    "status",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at");

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String records;
    private final String runs;
    private final String blocks;
    private final String promises;

    JdbcDunningStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.records = options.tablePrefix() + "dunning_record";
        this.runs = options.tablePrefix() + "dunning_run";
        this.blocks = options.tablePrefix() + "dunning_block";
        this.promises = options.tablePrefix() + "promise_to_pay";
    }

    @Override
    public DunningRecord claim(UUID companyId, DunningRecord dunning) {
        return claimAll(companyId, List.of(dunning)).get(0);
    }

    /**
     * Inserts the claims as one JDBC batch. Two claims of the list that share an id or a pair are
     * rejected before any insert, so that the exception can name them.
     */
    @Override
    public List<DunningRecord> claimAll(UUID companyId, List<DunningRecord> claims) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(claims, "claims");
        List<DunningRecord> stored = new ArrayList<>(claims.size());
        Set<UUID> ids = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (DunningRecord dunning : claims) {
            Objects.requireNonNull(dunning, "dunning");
            WriteChecks.sameCompany(companyId, dunning.companyId());
            WriteChecks.newRecord(TYPE, dunning.version());
            if (!ids.add(dunning.id())) {
                throw new DuplicateKeyException(TYPE, "id", dunning.id().toString());
            }
            if (!pairs.add(pair(dunning))) {
                throw new DuplicateKeyException(TYPE, "item and level", pair(dunning));
            }
            stored.add(withStamp(dunning, 1));
        }
        if (stored.isEmpty()) {
            return stored;
        }
        String sql =
                Sql.insert(
                        records,
                        Sql.concat(List.of("company_id", "id", "version"), RECORD_COLUMNS));
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        for (DunningRecord record : stored) {
                            Params params =
                                    new Params(statement)
                                            .uuid(companyId)
                                            .uuid(record.id())
                                            .longValue(1);
                            bindRecord(connection, params, record);
                            statement.addBatch();
                        }
                        Sql.executeBatchOrThrowCause(statement);
                    }
                    return stored;
                },
                claimErrors(stored));
    }

    private static String pair(DunningRecord dunning) {
        return dunning.itemId() + "/" + dunning.level();
    }

    /**
     * Returns the translation of a unique violation of {@link #claimAll}. A batch of one names its
     * id or pair. A larger batch names the first three, because the driver reports the violated key
     * only as text.
     */
    private SqlErrors claimErrors(List<DunningRecord> stored) {
        DunningRecord first = stored.get(0);
        String action =
                stored.size() == 1
                        ? "claim dunning level " + first.level() + " of " + first.itemId()
                        : "claim " + stored.size() + " dunning levels";
        return SqlErrors.of(action)
                .onUnique(
                        records + "_pkey",
                        () ->
                                new DuplicateKeyException(
                                        TYPE, "id", oneOf(stored, r -> r.id().toString())))
                .onUnique(
                        records + "_item_level_key",
                        () ->
                                new DuplicateKeyException(
                                        TYPE,
                                        "item and level",
                                        oneOf(stored, JdbcDunningStore::pair)));
    }

    private static String oneOf(List<DunningRecord> stored, Function<DunningRecord, String> key) {
        if (stored.size() == 1) {
            return key.apply(stored.get(0));
        }
        String firstKeys = String.join(", ", stored.stream().limit(3).map(key).toList());
        int more = stored.size() - 3;
        return "one of " + firstKeys + (more > 0 ? " and " + more + " more" : "");
    }

    @Override
    public DunningRecord update(UUID companyId, DunningRecord dunning) {
        return updateAll(companyId, List.of(dunning)).get(0);
    }

    /**
     * Updates the records with one {@code UPDATE ... FROM unnest(...)} statement per {@link
     * Sql#ANY_CHUNK_SIZE} records and then checks that each changed its row. The first that changed
     * none is reported as {@link Sql#notUpdated} reports it, which marks the transaction for
     * rollback, so the updates before it are not kept either. A list that names a record twice is
     * written by {@link #updateOneByOne} instead, because one {@code UPDATE} changes a row at most
     * once, while the contract applies the updates in list order.
     */
    @Override
    public List<DunningRecord> updateAll(UUID companyId, List<DunningRecord> updates) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(updates, "records");
        List<DunningRecord> stored = new ArrayList<>(updates.size());
        Set<UUID> ids = new HashSet<>();
        for (DunningRecord dunning : updates) {
            Objects.requireNonNull(dunning, "dunning");
            WriteChecks.sameCompany(companyId, dunning.companyId());
            WriteChecks.readRecord(TYPE, dunning.version());
            DunningRecord next = withStamp(dunning, dunning.version() + 1);
            Params.checkScale(next.outstanding(), "outstanding");
            Params.checkScale(next.fee(), "fee");
            ids.add(dunning.id());
            stored.add(next);
        }
        if (stored.isEmpty()) {
            return stored;
        }
        String action =
                updates.size() == 1
                        ? "update dunning record " + updates.get(0).id()
                        : "update " + updates.size() + " dunning records";
        if (ids.size() < updates.size()) {
            return transactions.call(
                    connection -> updateOneByOne(connection, companyId, updates, stored),
                    SqlErrors.of(action));
        }
        String sql = DunningUpdates.sql(records);
        return transactions.call(
                connection -> {
                    for (int from = 0; from < stored.size(); from += Sql.ANY_CHUNK_SIZE) {
                        int to = Math.min(stored.size(), from + Sql.ANY_CHUNK_SIZE);
                        List<DunningRecord> chunk = stored.subList(from, to);
                        Set<UUID> updated =
                                DunningUpdates.run(
                                        connection,
                                        sql,
                                        companyId,
                                        chunk,
                                        updates.subList(from, to));
                        for (int i = from; i < to; i++) {
                            if (!updated.contains(stored.get(i).id())) {
                                throw Sql.notUpdated(
                                        connection,
                                        records,
                                        "id",
                                        TYPE,
                                        companyId,
                                        stored.get(i).id(),
                                        updates.get(i).version());
                            }
                        }
                    }
                    return stored;
                },
                SqlErrors.of(action));
    }

    /**
     * Runs one {@code UPDATE} per record as one JDBC batch, in list order, and then checks that
     * each changed one row.
     */
    private List<DunningRecord> updateOneByOne(
            Connection connection,
            UUID companyId,
            List<DunningRecord> updates,
            List<DunningRecord> stored)
            throws SQLException {
        String sql = Sql.update(records, "id", RECORD_COLUMNS);
        int[] rows;
        try (PreparedStatement statement = Sql.prepare(connection, sql)) {
            for (int i = 0; i < stored.size(); i++) {
                DunningRecord next = stored.get(i);
                Params params = new Params(statement).longValue(next.version());
                bindRecord(connection, params, next);
                params.uuid(companyId).uuid(next.id()).longValue(updates.get(i).version());
                statement.addBatch();
            }
            rows = Sql.executeBatchOrThrowCause(statement);
        }
        for (int i = 0; i < rows.length; i++) {
            // NOTE: pgjdbc reports the exact row count of each UPDATE in a batch. A driver that
            // reported SUCCESS_NO_INFO (-2) would fail this check.
            if (rows[i] != 1) {
                throw Sql.notUpdated(
                        connection,
                        records,
                        "id",
                        TYPE,
                        companyId,
                        stored.get(i).id(),
                        updates.get(i).version());
            }
        }
        return stored;
    }

    @Override
    public List<DunningRecord> ofItem(UUID companyId, UUID itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return list(
                companyId,
                "SELECT * FROM " + records + " WHERE company_id = ? AND item_id = ? ORDER BY level",
                "read dunning records of " + itemId,
                this::readRecord,
                itemId);
    }

    /**
     * Returns the query of {@link #ofItems}, whose parameters are the company id and a {@code
     * uuid[]} of item ids.
     */
    static String ofItemsQuery(String table) {
        return "SELECT * FROM "
                + table
                + " WHERE company_id = ? AND item_id = ANY(?) ORDER BY item_id, level";
    }

    /**
     * Reads the records through the unique key on {@code (company_id, item_id, level)}, one query
     * per {@link Sql#ANY_CHUNK_SIZE} distinct item ids.
     */
    @Override
    public Map<UUID, List<DunningRecord>> ofItems(UUID companyId, Collection<UUID> itemIds) {
        return byItems(
                companyId,
                itemIds,
                ofItemsQuery(records),
                "dunning records",
                this::readRecord,
                DunningRecord::itemId);
    }

    /**
     * Runs {@code sql}, whose parameters are the company id and a {@code uuid[]} of item ids, once
     * per {@link Sql#ANY_CHUNK_SIZE} distinct ids of {@code itemIds}, and groups the rows by item
     * in the order read.
     */
    private <T> Map<UUID, List<T>> byItems(
            UUID companyId,
            Collection<UUID> itemIds,
            String sql,
            String rowsName,
            Sql.RowReader<T> reader,
            Function<T, UUID> itemOf) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(itemIds, "itemIds");
        Set<UUID> distinct = new LinkedHashSet<>();
        for (UUID itemId : itemIds) {
            distinct.add(Objects.requireNonNull(itemId, "itemId"));
        }
        Map<UUID, List<T>> byItem = new LinkedHashMap<>();
        if (distinct.isEmpty()) {
            return byItem;
        }
        List<T> rows =
                transactions.call(
                        connection ->
                                Sql.listByChunks(
                                        connection,
                                        sql,
                                        fetchSize,
                                        reader,
                                        companyId,
                                        "uuid",
                                        List.copyOf(distinct)),
                        SqlErrors.of(
                                "read the "
                                        + rowsName
                                        + " of "
                                        + distinct.size()
                                        + " items in company "
                                        + companyId));
        for (T row : rows) {
            byItem.computeIfAbsent(itemOf.apply(row), id -> new ArrayList<>()).add(row);
        }
        return byItem;
    }

    @Override
    public List<DunningRecord> pending(UUID companyId) {
        return list(
                companyId,
                "SELECT * FROM "
                        + records
                        + " WHERE company_id = ? AND status IN ('CLAIMED', 'FAILED')"
                        + " ORDER BY item_id, level",
                "read pending dunning records",
                this::readRecord);
    }

    /**
     * Returns the query of {@link #retryable}, whose parameters are the company id and the instant.
     */
    static String retryableQuery(String table) {
        return "SELECT * FROM "
                + table
                + " WHERE company_id = ? AND status IN ('CLAIMED', 'FAILED')"
                + " AND lease_expiry <= ? ORDER BY item_id, level";
    }

    /** Reads the expired leases through the partial index on {@code (company_id, lease_expiry)}. */
    @Override
    public List<DunningRecord> retryable(UUID companyId, Instant now) {
        Objects.requireNonNull(now, "now");
        return list(
                companyId,
                retryableQuery(records),
                "read retryable dunning records at " + now,
                this::readRecord,
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    @Override
    public DunningRunRecord insertRun(UUID companyId, DunningRunRecord run) {
        WriteChecks.sameCompany(companyId, run.companyId());
        DunningRunRecord stored = micros(run);
        String sql =
                Sql.insert(
                        runs,
                        List.of(
                                "company_id",
                                "id",
                                "run_key",
                                "as_of",
                                "notices",
                                "failures",
                                "exclusions",
                                "fee_currencies",
                                "fee_amounts",
                                "interest_currencies",
                                "interest_amounts",
                                "last_write_actor_kind",
                                "last_write_actor_id",
                                "last_write_at"));
        SqlErrors errors =
                SqlErrors.of("insert dunning run " + run.id())
                        .onUnique(
                                runs + "_pkey",
                                () ->
                                        new DuplicateKeyException(
                                                "DunningRunRecord", "id", run.id().toString()));
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        Params params =
                                new Params(statement)
                                        .uuid(companyId)
                                        .uuid(stored.id())
                                        .text(stored.runKey())
                                        .date(stored.asOf())
                                        .integer(stored.notices())
                                        .integer(stored.failures())
                                        .integer(stored.exclusions());
                        totals(connection, params, stored.feesByCurrency());
                        totals(connection, params, stored.interestByCurrency());
                        Stamps.bind(params, stored.lastWrite());
                        statement.executeUpdate();
                    }
                    return stored;
                },
                errors);
    }

    @Override
    public List<DunningRunRecord> runs(UUID companyId) {
        return list(
                companyId,
                "SELECT * FROM " + runs + " WHERE company_id = ? ORDER BY as_of, id",
                "read dunning runs",
                this::readRun);
    }

    @Override
    public DunningBlockRecord insertBlock(UUID companyId, DunningBlockRecord block) {
        WriteChecks.sameCompany(companyId, block.companyId());
        DunningBlockRecord stored =
                new DunningBlockRecord(
                        block.companyId(),
                        block.id(),
                        block.itemId(),
                        block.reason(),
                        block.from(),
                        block.until(),
                        Stamps.micros(block.lastWrite()));
        String sql =
                Sql.insert(
                        blocks,
                        List.of(
                                "company_id",
                                "id",
                                "item_id",
                                "reason",
                                "from_date",
                                "until_date",
                                "last_write_actor_kind",
                                "last_write_actor_id",
                                "last_write_at"));
        SqlErrors errors =
                SqlErrors.of("insert dunning block " + block.id())
                        .onUnique(
                                blocks + "_pkey",
                                () ->
                                        new DuplicateKeyException(
                                                "DunningBlockRecord", "id", block.id().toString()));
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        Params params =
                                new Params(statement)
                                        .uuid(companyId)
                                        .uuid(stored.id())
                                        .uuid(stored.itemId())
                                        .text(stored.reason())
                                        .date(stored.from())
                                        .date(stored.until());
                        Stamps.bind(params, stored.lastWrite());
                        statement.executeUpdate();
                    }
                    return stored;
                },
                errors);
    }

    @Override
    public List<DunningBlockRecord> blocksOf(UUID companyId, UUID itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return list(
                companyId,
                "SELECT * FROM "
                        + blocks
                        + " WHERE company_id = ? AND item_id = ? ORDER BY from_date, id",
                "read dunning blocks of " + itemId,
                this::readBlock,
                itemId);
    }

    /**
     * Returns the query of {@link #blocksOfItems}, whose parameters are the company id and a {@code
     * uuid[]} of item ids.
     */
    static String blocksOfItemsQuery(String table) {
        return "SELECT * FROM "
                + table
                + " WHERE company_id = ? AND item_id = ANY(?) ORDER BY item_id, from_date, id";
    }

    /** Reads the blocks through the index on {@code (company_id, item_id)}. */
    @Override
    public Map<UUID, List<DunningBlockRecord>> blocksOfItems(
            UUID companyId, Collection<UUID> itemIds) {
        return byItems(
                companyId,
                itemIds,
                blocksOfItemsQuery(blocks),
                "dunning blocks",
                this::readBlock,
                DunningBlockRecord::itemId);
    }

    @Override
    public PromiseRecord insertPromise(UUID companyId, PromiseRecord promise) {
        WriteChecks.sameCompany(companyId, promise.companyId());
        WriteChecks.newRecord(PROMISE, promise.version());
        PromiseRecord stored = withStamp(promise, 1);
        String sql =
                Sql.insert(
                        promises,
                        Sql.concat(List.of("company_id", "id", "version"), PROMISE_COLUMNS));
        SqlErrors errors =
                SqlErrors.of("insert promise to pay " + promise.id())
                        .onUnique(
                                promises + "_pkey",
                                () ->
                                        new DuplicateKeyException(
                                                PROMISE, "id", promise.id().toString()));
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        Params params =
                                new Params(statement)
                                        .uuid(companyId)
                                        .uuid(stored.id())
                                        .longValue(1);
                        bindPromise(params, stored);
                        statement.executeUpdate();
                    }
                    return stored;
                },
                errors);
    }

    @Override
    public PromiseRecord updatePromise(UUID companyId, PromiseRecord promise) {
        WriteChecks.sameCompany(companyId, promise.companyId());
        WriteChecks.readRecord(PROMISE, promise.version());
        PromiseRecord stored = withStamp(promise, promise.version() + 1);
        String sql = Sql.update(promises, "id", PROMISE_COLUMNS);
        return transactions.call(
                connection -> {
                    int rows;
                    try (PreparedStatement statement = Sql.prepare(connection, sql)) {
                        Params params = new Params(statement).longValue(stored.version());
                        bindPromise(params, stored);
                        params.uuid(companyId).uuid(stored.id()).longValue(promise.version());
                        rows = statement.executeUpdate();
                    }
                    if (rows != 1) {
                        throw Sql.notUpdated(
                                connection,
                                promises,
                                "id",
                                PROMISE,
                                companyId,
                                stored.id(),
                                promise.version());
                    }
                    return stored;
                },
                SqlErrors.of("update promise to pay " + promise.id()));
    }

    @Override
    public List<PromiseRecord> promisesOf(UUID companyId, UUID itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return list(
                companyId,
                "SELECT * FROM "
                        + promises
                        + " WHERE company_id = ? AND item_id = ? ORDER BY promised_on, id",
                "read promises to pay of " + itemId,
                this::readPromise,
                itemId);
    }

    /**
     * Returns the query of {@link #promisesOfItems}, whose parameters are the company id and a
     * {@code uuid[]} of item ids.
     */
    static String promisesOfItemsQuery(String table) {
        return "SELECT * FROM "
                + table
                + " WHERE company_id = ? AND item_id = ANY(?) ORDER BY item_id, promised_on, id";
    }

    /** Reads the promises through the index on {@code (company_id, item_id)}. */
    @Override
    public Map<UUID, List<PromiseRecord>> promisesOfItems(
            UUID companyId, Collection<UUID> itemIds) {
        return byItems(
                companyId,
                itemIds,
                promisesOfItemsQuery(promises),
                "promises to pay",
                this::readPromise,
                PromiseRecord::itemId);
    }

    private <T> List<T> list(
            UUID companyId, String sql, String action, Sql.RowReader<T> reader, Object... rest) {
        Objects.requireNonNull(companyId, "companyId");
        Object[] values = new Object[rest.length + 1];
        values[0] = companyId;
        System.arraycopy(rest, 0, values, 1, rest.length);
        return transactions.call(
                connection -> Sql.list(connection, sql, fetchSize, reader, values),
                SqlErrors.of(action + " in company " + companyId));
    }

    private static void bindRecord(Connection connection, Params params, DunningRecord d)
            throws SQLException {
        params.uuid(d.itemId())
                .integer(d.level())
                .uuid(d.counterpartyId())
                .text(d.runKey())
                .date(d.asOf())
                .text(d.invoiceNumber())
                .date(d.dueDate())
                .longValue(d.daysPastDue())
                .text(d.currency())
                .decimal(d.outstanding(), "outstanding")
                .decimal(d.fee(), "fee")
                .bool(d.feeBooked())
                .name(d.status())
                .textArray(connection, d.doneChannels());
        Stamps.bind(params, d.lastWrite());
        params.instant(d.leaseExpiry());
    }

    private static void bindPromise(Params params, PromiseRecord p) throws SQLException {
        params.uuid(p.itemId())
                .date(p.promisedOn())
                .date(p.payBy())
                .text(p.currency())
                .decimal(p.amount(), "amount")
                .decimal(p.outstandingWhenPromised(), "outstandingWhenPromised")
                .name(p.status());
        Stamps.bind(params, p.lastWrite());
    }

    private static void totals(Connection connection, Params params, Map<String, BigDecimal> totals)
            throws SQLException {
        Map<String, BigDecimal> sorted = new TreeMap<>(totals);
        params.textArray(connection, List.copyOf(sorted.keySet()));
        params.textArray(
                connection, sorted.values().stream().map(BigDecimal::toPlainString).toList());
    }

    private static Map<String, BigDecimal> totals(ResultSet rows, String prefix)
            throws SQLException {
        String[] codes = SqlArrays.strings(rows, prefix + "_currencies");
        String[] amounts = SqlArrays.strings(rows, prefix + "_amounts");
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (int i = 0; i < Math.min(codes.length, amounts.length); i++) {
            totals.put(codes[i], new BigDecimal(amounts[i]));
        }
        return totals;
    }

    private DunningRecord readRecord(ResultSet rows) throws SQLException {
        Row row = new Row(rows, records, "company_id", "id");
        UUID companyId = row.uuid("company_id");
        UUID id = row.uuid("id");
        long version = row.longValue("version");
        UUID itemId = row.uuid("item_id");
        int level = row.intValue("level");
        UUID counterpartyId = row.uuid("counterparty_id");
        String runKey = row.text("run_key");
        var asOf = row.date("as_of");
        String invoiceNumber = row.text("invoice_number");
        var dueDate = row.date("due_date");
        long daysPastDue = row.longValue("days_past_due");
        String currency = row.currency("currency");
        BigDecimal outstanding = row.decimal("outstanding");
        BigDecimal fee = row.decimal("fee");
        boolean feeBooked = row.bool("fee_booked");
        DunningStatus status = row.enumValue("status", DunningStatus.class);
        List<String> done = Arrays.asList(SqlArrays.strings(rows, "done_channels"));
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        Instant leaseExpiry = row.instant("lease_expiry");
        return row.build(
                () ->
                        new DunningRecord(
                                companyId,
                                id,
                                version,
                                itemId,
                                level,
                                counterpartyId,
                                runKey,
                                asOf,
                                invoiceNumber,
                                dueDate,
                                daysPastDue,
                                currency,
                                outstanding,
                                fee,
                                feeBooked,
                                status,
                                new ArrayList<>(done),
                                lastWrite,
                                leaseExpiry));
    }

    private DunningRunRecord readRun(ResultSet rows) throws SQLException {
        Row row = new Row(rows, runs, "company_id", "id");
        UUID companyId = row.uuid("company_id");
        UUID id = row.uuid("id");
        String runKey = row.text("run_key");
        var asOf = row.date("as_of");
        int notices = row.intValue("notices");
        int failures = row.intValue("failures");
        int exclusions = row.intValue("exclusions");
        Map<String, BigDecimal> fees = totals(rows, "fee");
        Map<String, BigDecimal> interest = totals(rows, "interest");
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        return row.build(
                () ->
                        new DunningRunRecord(
                                companyId,
                                id,
                                runKey,
                                asOf,
                                notices,
                                failures,
                                exclusions,
                                fees,
                                interest,
                                lastWrite));
    }

    private DunningBlockRecord readBlock(ResultSet rows) throws SQLException {
        Row row = new Row(rows, blocks, "company_id", "id");
        UUID companyId = row.uuid("company_id");
        UUID id = row.uuid("id");
        UUID itemId = row.uuid("item_id");
        String reason = row.text("reason");
        var from = row.date("from_date");
        var until = row.date("until_date");
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        return row.build(
                () ->
                        new DunningBlockRecord(
                                companyId, id, itemId, reason, from, until, lastWrite));
    }

    private PromiseRecord readPromise(ResultSet rows) throws SQLException {
        Row row = new Row(rows, promises, "company_id", "id");
        UUID companyId = row.uuid("company_id");
        UUID id = row.uuid("id");
        long version = row.longValue("version");
        UUID itemId = row.uuid("item_id");
        var promisedOn = row.date("promised_on");
        var payBy = row.date("pay_by");
        String currency = row.currency("currency");
        BigDecimal amount = row.decimal("amount");
        BigDecimal outstanding = row.decimal("outstanding_when_promised");
        PromiseStatus status = row.enumValue("status", PromiseStatus.class);
        WriteStamp lastWrite = Stamps.read(row, "last_write_");
        return row.build(
                () ->
                        new PromiseRecord(
                                companyId,
                                id,
                                version,
                                itemId,
                                promisedOn,
                                payBy,
                                currency,
                                amount,
                                outstanding,
                                status,
                                lastWrite));
    }

    private static DunningRecord withStamp(DunningRecord d, long version) {
        return d.withResult(
                        d.status(),
                        d.doneChannels(),
                        d.feeBooked(),
                        d.fee(),
                        Stamps.micros(d.lastWrite()))
                .withLeaseExpiry(Params.micros(d.leaseExpiry()))
                .withVersion(version);
    }

    private static PromiseRecord withStamp(PromiseRecord p, long version) {
        return p.withStatus(p.status(), Stamps.micros(p.lastWrite())).withVersion(version);
    }

    private static DunningRunRecord micros(DunningRunRecord r) {
        return new DunningRunRecord(
                r.companyId(),
                r.id(),
                r.runKey(),
                r.asOf(),
                r.notices(),
                r.failures(),
                r.exclusions(),
                r.feesByCurrency(),
                r.interestByCurrency(),
                Stamps.micros(r.lastWrite()));
    }
}
