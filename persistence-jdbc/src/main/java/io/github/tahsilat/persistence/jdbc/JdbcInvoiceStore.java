package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.CounterpartyBucket;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.Dispute;
import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.record.PriceBasis;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Invoices in one row each, with lines, installments and total breakdowns in child tables.
 *
 * <p>The paged queries walk partial indexes on (company_id, due_date, id) with a keyset condition
 * {@code (due_date, id) > (?, ?)}, and stream each page through a server-side cursor with the
 * configured fetch size.
 *
 * <p>A read selects each invoice with its lines, total breakdowns, installments and discounts in
 * one statement, the child rows as arrays of subqueries in the select list.
 *
 * <p>An update deletes and inserts the child rows, unless the same transaction read or wrote the
 * invoice at the version that the update replaces. Then it rewrites only the lines and total
 * breakdowns, or only the installments, when they differ from what it read, so a payment that
 * changes only the outstanding amount writes the invoice row alone.
 */
final class JdbcInvoiceStore implements InvoiceStore {

    private static final String TYPE = "InvoiceRecord";

    private static final List<String> COLUMNS =
            List.of(
                    "direction",
                    "number",
                    "counterparty_id",
                    "currency",
                    "issue_date",
                    "due_date",
                    "price_basis",
                    "totals_net",
                    "totals_gross",
                    "totals_withheld",
                    "totals_receivable",
                    "computed_net",
                    "computed_gross",
                    "computed_withheld",
                    "computed_receivable",
                    "outstanding",
                    "settled",
                    "credited",
                    "written_off",
                    "status",
                    "closed_on",
                    "dispute_reason",
                    "dispute_raised_on",
                    "dispute_resolved_on",
                    "terms_notation",
                    "last_dunning_level",
                    "external_reference",
                    "idempotency_key",
                    "last_write_actor_kind",
                    "last_write_actor_id",
                    "last_write_at",
                    "number_key",
                    "reference_key",
                    "outstanding_minor");

    private static final String VIEW_COLUMNS =
            "id, counterparty_id, issue_date, due_date, outstanding, currency, direction,"
                    + " dispute_reason, dispute_resolved_on, last_dunning_level";

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;
    private final DocumentParts parts;
    private final Installments installments;
    private final MatchCandidateQueries candidates;
    private final String insertSql;
    private final String updateSql;

    JdbcInvoiceStore(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.table = options.tablePrefix() + "invoice";
        this.parts = new DocumentParts(table, "invoice_id");
        this.installments = new Installments(table);
        this.candidates = new MatchCandidateQueries(transactions, table, fetchSize);
        this.insertSql =
                Sql.insert(table, Sql.concat(List.of("company_id", "id", "version"), COLUMNS))
                        // Every unique key is an arbiter: a concurrent insert of the same
                        // request then waits for the first one and inserts nothing, where a
                        // targeted ON CONFLICT would fail on the primary key instead.
                        + " ON CONFLICT DO NOTHING";
        this.updateSql = Sql.update(table, "id", COLUMNS);
    }

    @Override
    public InvoiceRecord insert(UUID companyId, InvoiceRecord invoice) {
        WriteChecks.sameCompany(companyId, invoice.companyId());
        WriteChecks.newRecord(TYPE, invoice.version());
        InvoiceRecord stored = withStamp(invoice, Stamps.micros(invoice.lastWrite()), 1);
        SqlErrors errors =
                uniqueKeys(SqlErrors.of("insert invoice " + invoice.id()), stored)
                        .onUnique(
                                table + "_pkey",
                                () ->
                                        new DuplicateKeyException(
                                                TYPE, "id", stored.id().toString()));
        return transactions.call(
                connection -> {
                    int rows;
                    try (PreparedStatement statement = Sql.prepare(connection, insertSql)) {
                        Params params =
                                new Params(statement)
                                        .uuid(companyId)
                                        .uuid(stored.id())
                                        .longValue(1);
                        bindColumns(params, stored);
                        rows = statement.executeUpdate();
                    }
                    if (rows == 0) {
                        return resolveConflict(connection, stored);
                    }
                    writeParts(connection, stored);
                    writeSchedule(connection, stored);
                    knownChildren().remember(stored);
                    return stored;
                },
                errors);
    }

    /**
     * Finds which unique key an insert that wrote nothing collided with: returns the invoice stored
     * under the same idempotency key when its content equals the insert's, and throws the SPI's
     * exception for every other collision.
     */
    private InvoiceRecord resolveConflict(Connection connection, InvoiceRecord invoice)
            throws SQLException {
        UUID companyId = invoice.companyId();
        Optional<String> key = invoice.idempotencyKey();
        if (key.isPresent()) {
            Optional<InvoiceRecord> existing =
                    first(select(connection, "idempotency_key = ?", companyId, key.get()));
            if (existing.isPresent()) {
                if (!existing.get().sameContentAs(invoice)) {
                    throw new IdempotencyConflictException(TYPE, key.get(), existing.get().id());
                }
                return existing.get();
            }
        }
        if (!select(connection, "id = ?", companyId, invoice.id()).isEmpty()) {
            throw new DuplicateKeyException(TYPE, "id", invoice.id().toString());
        }
        if (!select(
                        connection,
                        "direction = ? AND number = ?",
                        companyId,
                        invoice.direction().name(),
                        invoice.number())
                .isEmpty()) {
            throw new DuplicateKeyException(
                    TYPE, "number", invoice.direction() + "/" + invoice.number());
        }
        if (invoice.externalReference().isPresent()) {
            throw new DuplicateKeyException(
                    TYPE, "externalReference", invoice.externalReference().get());
        }
        throw new StoreException(
                "insert of invoice "
                        + invoice.id()
                        + " collided with a unique key that no stored row holds any more;"
                        + " repeat the insert");
    }

    @Override
    public InvoiceRecord update(UUID companyId, InvoiceRecord invoice) {
        WriteChecks.sameCompany(companyId, invoice.companyId());
        WriteChecks.readRecord(TYPE, invoice.version());
        InvoiceRecord stored =
                withStamp(invoice, Stamps.micros(invoice.lastWrite()), invoice.version() + 1);
        SqlErrors errors = uniqueKeys(SqlErrors.of("update invoice " + invoice.id()), stored);
        return transactions.call(
                connection -> {
                    int rows;
                    try (PreparedStatement statement = Sql.prepare(connection, updateSql)) {
                        Params params = new Params(statement).longValue(stored.version());
                        bindColumns(params, stored);
                        params.uuid(companyId).uuid(stored.id()).longValue(invoice.version());
                        rows = statement.executeUpdate();
                    }
                    if (rows != 1) {
                        throw Sql.notUpdated(
                                connection,
                                table,
                                "id",
                                TYPE,
                                companyId,
                                stored.id(),
                                invoice.version());
                    }
                    rewriteChangedChildren(connection, invoice.version(), stored);
                    return stored;
                },
                errors);
    }

    private SqlErrors uniqueKeys(SqlErrors errors, InvoiceRecord invoice) {
        return errors.onUnique(
                        table + "_number_key",
                        () ->
                                new DuplicateKeyException(
                                        TYPE,
                                        "number",
                                        invoice.direction() + "/" + invoice.number()))
                .onUnique(
                        table + "_external_reference_key",
                        () ->
                                new DuplicateKeyException(
                                        TYPE,
                                        "externalReference",
                                        invoice.externalReference().orElse("")))
                .onUnique(
                        table + "_idempotency_key_key",
                        () ->
                                new DuplicateKeyException(
                                        TYPE,
                                        "idempotencyKey",
                                        invoice.idempotencyKey().orElse("")));
    }

    /**
     * Deletes and inserts the lines and total breakdowns of {@code stored}, and apart from them its
     * installments, unless this transaction read or wrote the same rows at {@code readVersion}.
     */
    private void rewriteChangedChildren(
            Connection connection, long readVersion, InvoiceRecord stored) throws SQLException {
        InvoiceChildren known = knownChildren();
        Optional<InvoiceChildren.Snapshot> before =
                known.find(stored.companyId(), stored.id(), readVersion);
        InvoiceChildren.Snapshot after = InvoiceChildren.Snapshot.of(stored);
        if (before.isEmpty() || !before.get().sameParts(after)) {
            parts.delete(connection, stored.companyId(), stored.id());
            writeParts(connection, stored);
        }
        if (before.isEmpty() || !before.get().sameSchedule(after)) {
            installments.delete(connection, stored.companyId(), stored.id());
            writeSchedule(connection, stored);
        }
        known.remember(stored);
    }

    /** Returns the child rows of the invoice versions that the active transaction has seen. */
    private InvoiceChildren knownChildren() {
        return transactions.resource(this, InvoiceChildren::new);
    }

    private void writeParts(Connection connection, InvoiceRecord invoice) throws SQLException {
        parts.insert(
                connection,
                invoice.companyId(),
                invoice.id(),
                invoice.lines(),
                Optional.of(invoice.totals()),
                invoice.computedTotals());
    }

    private void writeSchedule(Connection connection, InvoiceRecord invoice) throws SQLException {
        installments.insert(connection, invoice.companyId(), invoice.id(), invoice.schedule());
    }

    @Override
    public Optional<InvoiceRecord> find(UUID companyId, UUID id) {
        Objects.requireNonNull(id, "id");
        return findOne(companyId, "id = ?", id, "read invoice " + id);
    }

    /**
     * Reads the id and number columns alone, in one query per {@link Sql#ANY_CHUNK_SIZE} distinct
     * ids, where the default reads each whole invoice with its lines and installments.
     */
    @Override
    public Map<UUID, String> numbersOf(UUID companyId, Collection<UUID> ids) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(ids, "ids");
        Set<UUID> distinct = new LinkedHashSet<>();
        for (UUID id : ids) {
            distinct.add(Objects.requireNonNull(id, "id"));
        }
        Map<UUID, String> numbers = new HashMap<>();
        if (distinct.isEmpty()) {
            return numbers;
        }
        String sql = numbersQuery(table);
        List<Map.Entry<UUID, String>> rows =
                transactions.call(
                        connection ->
                                Sql.listByChunks(
                                        connection,
                                        sql,
                                        fetchSize,
                                        row ->
                                                Map.entry(
                                                        row.getObject("id", UUID.class),
                                                        row.getString("number")),
                                        companyId,
                                        "uuid",
                                        List.copyOf(distinct)),
                        SqlErrors.of(
                                "read the numbers of "
                                        + distinct.size()
                                        + " invoices in company "
                                        + companyId));
        rows.forEach(row -> numbers.put(row.getKey(), row.getValue()));
        return numbers;
    }

    /**
     * Returns the query of {@link #numbersOf}, whose parameters are the company id and a {@code
     * uuid[]} of invoice ids.
     */
    static String numbersQuery(String table) {
        return "SELECT id, number FROM " + table + " WHERE company_id = ? AND id = ANY(?)";
    }

    @Override
    public Optional<InvoiceRecord> findByNumber(
            UUID companyId, Direction direction, String number) {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(number, "number");
        return transactions.call(
                connection ->
                        first(
                                select(
                                        connection,
                                        "direction = ? AND number = ?",
                                        companyId,
                                        direction.name(),
                                        number)),
                SqlErrors.of("read invoice " + direction + "/" + number));
    }

    @Override
    public Optional<InvoiceRecord> findByExternalReference(
            UUID companyId, String externalReference) {
        Objects.requireNonNull(externalReference, "externalReference");
        return findOne(
                companyId,
                "external_reference = ?",
                externalReference,
                "read the invoice with external reference " + externalReference);
    }

    @Override
    public Optional<InvoiceRecord> findByIdempotencyKey(UUID companyId, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return findOne(
                companyId,
                "idempotency_key = ?",
                idempotencyKey,
                "read the invoice with idempotency key " + idempotencyKey);
    }

    private Optional<InvoiceRecord> findOne(
            UUID companyId, String condition, Object value, String action) {
        return transactions.call(
                connection -> first(select(connection, condition, companyId, value)),
                SqlErrors.of(action + " in company " + companyId));
    }

    private static Optional<InvoiceRecord> first(List<InvoiceRecord> invoices) {
        return invoices.isEmpty() ? Optional.empty() : Optional.of(invoices.get(0));
    }

    /** Reads the company's invoices that meet {@code condition}, with their children. */
    private List<InvoiceRecord> select(
            Connection connection, String condition, UUID companyId, Object... values)
            throws SQLException {
        Objects.requireNonNull(companyId, "companyId");
        String sql =
                withChildren("SELECT * FROM " + table + " WHERE company_id = ? AND " + condition);
        try (PreparedStatement statement = Sql.prepare(connection, sql)) {
            statement.setObject(1, companyId);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 2, values[i]);
            }
            return readWithChildren(statement);
        }
    }

    @Override
    public Page<InvoiceRecord> openItemsOf(
            UUID companyId, UUID counterpartyId, PageRequest request) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        PageQuery query =
                new PageQuery(companyId, request, "*", "counterparty_id = ? AND " + Sql.OPEN);
        query.values.add(counterpartyId);
        String sql = withChildren(query.sql);
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = query.prepare(connection, sql)) {
                        List<InvoiceRecord> invoices = readWithChildren(statement);
                        return query.page(
                                invoices,
                                invoice -> new DueCursor(invoice.dueDate(), invoice.id()));
                    }
                },
                SqlErrors.of("read open items of counterparty " + counterpartyId));
    }

    @Override
    public Page<OpenItemView> openItems(UUID companyId, PageRequest request) {
        return views(new PageQuery(companyId, request, VIEW_COLUMNS, Sql.OPEN), "read open items");
    }

    @Override
    public Page<OpenItemView> openItemsDueBefore(
            UUID companyId, LocalDate date, PageRequest request) {
        Objects.requireNonNull(date, "date");
        PageQuery query =
                new PageQuery(companyId, request, VIEW_COLUMNS, "due_date < ? AND " + Sql.OPEN);
        query.values.add(date);
        return views(query, "read open items due before " + date);
    }

    /**
     * Reads the bucket's items in one query, streamed with the fetch size, through the partial
     * index on {@code (company_id, <counterparty hash>, due_date)} of open invoices.
     */
    /**
     * Returns the query of {@link #openItemsOfBucketDueBefore}, whose parameters are the company
     * id, the first and the end hash of the bucket, and the date.
     */
    static String bucketQuery(String table) {
        return "SELECT "
                + VIEW_COLUMNS
                + " FROM "
                + table
                + " WHERE company_id = ? AND "
                + Sql.COUNTERPARTY_HASH
                + " >= ? AND "
                + Sql.COUNTERPARTY_HASH
                + " < ? AND due_date < ? AND "
                + Sql.OPEN
                + " ORDER BY due_date, id";
    }

    @Override
    public List<OpenItemView> openItemsOfBucketDueBefore(
            UUID companyId, LocalDate date, CounterpartyBucket bucket) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(bucket, "bucket");
        String sql = bucketQuery(table);
        return transactions.call(
                connection ->
                        Sql.list(
                                connection,
                                sql,
                                fetchSize,
                                this::readView,
                                companyId,
                                bucket.fromHash(),
                                bucket.toHash(),
                                date),
                SqlErrors.of(
                        "read open items due before "
                                + date
                                + " of counterparty bucket "
                                + bucket.bucket()
                                + "/"
                                + bucket.count()
                                + " in company "
                                + companyId));
    }

    @Override
    public Page<OpenItemView> itemsOpenOn(UUID companyId, LocalDate date, PageRequest request) {
        Objects.requireNonNull(date, "date");
        PageQuery query =
                new PageQuery(
                        companyId,
                        request,
                        VIEW_COLUMNS,
                        "issue_date <= ? AND (closed_on IS NULL OR closed_on >= ?)");
        query.values.add(date);
        query.values.add(date);
        return views(query, "read items open on " + date);
    }

    private Page<OpenItemView> views(PageQuery query, String action) {
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = query.prepare(connection);
                            ResultSet rows = statement.executeQuery()) {
                        List<OpenItemView> views = new ArrayList<>();
                        while (rows.next()) {
                            views.add(readView(rows));
                        }
                        return query.page(
                                views,
                                view ->
                                        new DueCursor(
                                                LocalDate.ofEpochDay(view.dueEpochDay()),
                                                view.itemId()));
                    }
                },
                SqlErrors.of(action + " in company " + query.companyId));
    }

    /** A keyset page query over the company's invoices in (due_date, id) order. */
    private final class PageQuery {
        final UUID companyId;
        final int size;
        final Optional<DueCursor> after;
        final String sql;
        final List<Object> values = new ArrayList<>();

        PageQuery(UUID companyId, PageRequest request, String columns, String condition) {
            this.companyId = Objects.requireNonNull(companyId, "companyId");
            Objects.requireNonNull(request, "request");
            this.size = request.size();
            this.after = request.cursor().map(DueCursor::parse);
            this.sql =
                    "SELECT "
                            + columns
                            + " FROM "
                            + table
                            + " WHERE company_id = ? AND "
                            + condition
                            + (after.isPresent() ? " AND (due_date, id) > (?, ?)" : "")
                            + " ORDER BY due_date, id LIMIT ?";
        }

        PreparedStatement prepare(Connection connection) throws SQLException {
            return prepare(connection, sql);
        }

        /** Prepares {@code query}, which has the parameters of this query's SQL, in order. */
        PreparedStatement prepare(Connection connection, String query) throws SQLException {
            PreparedStatement statement = Sql.prepare(connection, query);
            try {
                statement.setFetchSize(Math.min(fetchSize, size + 1));
                int index = 1;
                statement.setObject(index++, companyId);
                for (Object value : values) {
                    statement.setObject(index++, value);
                }
                if (after.isPresent()) {
                    statement.setObject(index++, after.get().dueDate());
                    statement.setObject(index++, after.get().id());
                }
                statement.setInt(index, size + 1);
                return statement;
            } catch (SQLException e) {
                statement.close();
                throw e;
            }
        }

        /** Returns the first {@code size} items, with a cursor when one more was read. */
        <T> Page<T> page(List<T> items, Function<T, DueCursor> position) {
            if (items.size() <= size) {
                return Page.last(items);
            }
            List<T> pageItems = items.subList(0, size);
            DueCursor last = position.apply(pageItems.get(size - 1));
            return new Page<>(pageItems, Optional.of(last.text()));
        }
    }

    /**
     * Returns {@code parentQuery}, a {@code SELECT *} of the invoice table, extended to read each
     * invoice's lines, total breakdowns, installments and discounts in the same statement.
     */
    private String withChildren(String parentQuery) {
        return DocumentParts.withChildren(
                parentQuery, parts.childColumns() + installments.childColumns());
    }

    /** Runs a query that {@link #withChildren} built and builds its invoices. */
    private List<InvoiceRecord> readWithChildren(PreparedStatement statement) throws SQLException {
        List<InvoiceRecord> invoices = new ArrayList<>();
        InvoiceChildren known = knownChildren();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                InvoiceRow invoiceRow = readInvoiceRow(rows);
                DocumentParts.Parts children = parts.readJoined(rows, "company_id", "id");
                List<Installment> schedule = installments.readJoined(rows, "company_id", "id");
                InvoiceRecord invoice = invoiceRow.build(children, schedule);
                known.remember(invoice);
                invoices.add(invoice);
            }
        }
        return invoices;
    }

    private static void bindColumns(Params params, InvoiceRecord invoice) throws SQLException {
        Optional<Dispute> dispute = invoice.dispute();
        params.name(invoice.direction())
                .text(invoice.number())
                .uuid(invoice.counterpartyId())
                .text(invoice.currency())
                .date(invoice.issueDate())
                .date(invoice.dueDate())
                .name(invoice.priceBasis());
        DocumentParts.bindTotals(params, Optional.of(invoice.totals()));
        DocumentParts.bindTotals(params, invoice.computedTotals());
        params.decimal(invoice.outstanding(), "outstanding")
                .decimal(invoice.settled(), "settled")
                .decimal(invoice.credited(), "credited")
                .decimal(invoice.writtenOff(), "writtenOff")
                .name(invoice.status())
                .optionalDate(invoice.closedOn())
                .optionalText(dispute.map(Dispute::reason))
                .optionalDate(dispute.map(Dispute::raisedOn))
                .optionalDate(dispute.flatMap(Dispute::resolvedOn))
                .optionalText(invoice.termsNotation())
                .integer(invoice.lastDunningLevel())
                .optionalText(invoice.externalReference())
                .optionalText(invoice.idempotencyKey());
        Stamps.bind(params, invoice.lastWrite());
        params.text(MatchKeys.invoiceNumberKey(invoice.number()))
                .optionalText(
                        invoice.externalReference()
                                .map(MatchKeys::referenceKey)
                                .filter(key -> !key.isEmpty()))
                .optionalLong(outstandingMinor(invoice));
    }

    /** Returns the outstanding amount in minor units, or empty when it does not fit a long. */
    private static Optional<Long> outstandingMinor(InvoiceRecord invoice) {
        try {
            return Optional.of(invoice.outstanding().unscaledValue().longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<InvoiceRecord> openReceivablesByNumberKey(
            UUID companyId, Collection<String> numberKeys) {
        return byKeys(companyId, "number_key", numberKeys, "read open receivables by number");
    }

    @Override
    public List<InvoiceRecord> openReceivablesByReferenceKey(
            UUID companyId, Collection<String> referenceKeys) {
        return byKeys(
                companyId, "reference_key", referenceKeys, "read open receivables by reference");
    }

    private List<InvoiceRecord> byKeys(
            UUID companyId, String column, Collection<String> keys, String action) {
        Objects.requireNonNull(companyId, "companyId");
        List<String> distinct = keys.stream().map(Objects::requireNonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        return transactions.call(
                connection -> {
                    Array array = connection.createArrayOf("text", distinct.toArray());
                    try {
                        return select(
                                connection,
                                MatchCandidateQueries.keyCondition(column, table),
                                companyId,
                                array,
                                companyId);
                    } finally {
                        array.free();
                    }
                },
                SqlErrors.of(action + " in company " + companyId));
    }

    @Override
    public List<InvoiceRecord> openReceivablesByAmount(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            long lowMinor,
            long highMinor,
            int limit) {
        if (!MatchCandidateQueries.mayMatchByAmount(
                companyId, currency, lowMinor, highMinor, limit)) {
            return List.of();
        }
        String condition = MatchCandidateQueries.amountCondition(counterpartyId);
        List<Object> values =
                MatchCandidateQueries.amountValues(
                        counterpartyId, currency, lowMinor, highMinor, limit);
        return transactions.call(
                connection -> select(connection, condition, companyId, values.toArray()),
                SqlErrors.of("read open receivables by amount in company " + companyId));
    }

    @Override
    public List<MatchCandidateView> matchCandidatesByNumberKey(
            UUID companyId, Collection<String> numberKeys) {
        return candidates.byKeys(
                companyId, "number_key", numberKeys, "read match candidates by number");
    }

    @Override
    public List<MatchCandidateView> matchCandidatesByReferenceKey(
            UUID companyId, Collection<String> referenceKeys) {
        return candidates.byKeys(
                companyId, "reference_key", referenceKeys, "read match candidates by reference");
    }

    @Override
    public List<MatchCandidateView> matchCandidatesByAmount(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            long lowMinor,
            long highMinor,
            int limit) {
        return candidates.byAmount(companyId, counterpartyId, currency, lowMinor, highMinor, limit);
    }

    @Override
    public List<MatchCandidateView> oldestMatchCandidatesOf(
            UUID companyId, Collection<UUID> counterpartyIds, int limitEach) {
        return candidates.oldestOf(companyId, counterpartyIds, limitEach);
    }

    private OpenItemView readView(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "id");
        UUID id = row.uuid("id");
        UUID counterpartyId = row.uuid("counterparty_id");
        LocalDate issueDate = row.date("issue_date");
        LocalDate dueDate = row.date("due_date");
        BigDecimal outstanding = row.decimal("outstanding");
        String currency = row.currency("currency");
        Direction direction = row.enumValue("direction", Direction.class);
        boolean disputed =
                row.optionalText("dispute_reason").isPresent()
                        && row.optionalDate("dispute_resolved_on").isEmpty();
        int lastDunningLevel = row.intValue("last_dunning_level");
        return row.build(
                () ->
                        new OpenItemView(
                                id,
                                counterpartyId,
                                Math.toIntExact(issueDate.toEpochDay()),
                                Math.toIntExact(dueDate.toEpochDay()),
                                outstanding.unscaledValue().longValueExact(),
                                currency,
                                direction,
                                disputed,
                                lastDunningLevel));
    }

    private InvoiceRow readInvoiceRow(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "id");
        InvoiceRow invoiceRow = new InvoiceRow();
        invoiceRow.companyId = row.uuid("company_id");
        invoiceRow.id = row.uuid("id");
        invoiceRow.version = row.longValue("version");
        invoiceRow.direction = row.enumValue("direction", Direction.class);
        invoiceRow.number = row.text("number");
        invoiceRow.counterpartyId = row.uuid("counterparty_id");
        invoiceRow.currency = row.currency("currency");
        invoiceRow.issueDate = row.date("issue_date");
        invoiceRow.dueDate = row.date("due_date");
        invoiceRow.priceBasis = row.enumValue("price_basis", PriceBasis.class);

        invoiceRow.net = row.decimal("totals_net");
        invoiceRow.gross = row.decimal("totals_gross");
        invoiceRow.withheld = row.decimal("totals_withheld");
        invoiceRow.receivable = row.decimal("totals_receivable");
        invoiceRow.computedNet = row.optionalDecimal("computed_net");
        if (invoiceRow.computedNet.isPresent()) {
            invoiceRow.computedGross = row.decimal("computed_gross");
            invoiceRow.computedWithheld = row.decimal("computed_withheld");
            invoiceRow.computedReceivable = row.decimal("computed_receivable");
        }

        invoiceRow.outstanding = row.decimal("outstanding");
        invoiceRow.settled = row.decimal("settled");
        invoiceRow.credited = row.decimal("credited");
        invoiceRow.writtenOff = row.decimal("written_off");
        invoiceRow.status = row.enumValue("status", InvoiceStatus.class);

        invoiceRow.closedOn = row.optionalDate("closed_on");
        invoiceRow.disputeReason = row.optionalText("dispute_reason");
        if (invoiceRow.disputeReason.isPresent()) {
            invoiceRow.disputeRaisedOn = row.date("dispute_raised_on");
            invoiceRow.disputeResolvedOn = row.optionalDate("dispute_resolved_on");
        }

        invoiceRow.termsNotation = row.optionalText("terms_notation");
        invoiceRow.lastDunningLevel = row.intValue("last_dunning_level");
        invoiceRow.externalReference = row.optionalText("external_reference");
        invoiceRow.idempotencyKey = row.optionalText("idempotency_key");
        invoiceRow.lastWrite = Stamps.read(row, "last_write_");
        invoiceRow.key = "(company_id=" + invoiceRow.companyId + ", id=" + invoiceRow.id + ")";
        return invoiceRow;
    }

    /** The columns of one invoice row. */
    private final class InvoiceRow {
        String key;
        UUID companyId;
        UUID id;
        long version;
        Direction direction;
        String number;
        UUID counterpartyId;
        String currency;
        LocalDate issueDate;
        LocalDate dueDate;
        PriceBasis priceBasis;
        BigDecimal net;
        BigDecimal gross;
        BigDecimal withheld;
        BigDecimal receivable;
        Optional<BigDecimal> computedNet;
        BigDecimal computedGross;
        BigDecimal computedWithheld;
        BigDecimal computedReceivable;
        BigDecimal outstanding;
        BigDecimal settled;
        BigDecimal credited;
        BigDecimal writtenOff;
        InvoiceStatus status;
        Optional<LocalDate> closedOn;
        Optional<String> disputeReason;
        LocalDate disputeRaisedOn;
        Optional<LocalDate> disputeResolvedOn = Optional.empty();
        Optional<String> termsNotation;
        int lastDunningLevel;
        Optional<String> externalReference;
        Optional<String> idempotencyKey;
        WriteStamp lastWrite;

        InvoiceRecord build(DocumentParts.Parts children, List<Installment> schedule) {
            try {
                InvoiceTotals totals =
                        new InvoiceTotals(
                                net,
                                children.vat(),
                                gross,
                                withheld,
                                children.withholdings(),
                                receivable);
                Optional<InvoiceTotals> computed =
                        computedNet.map(
                                value ->
                                        new InvoiceTotals(
                                                value,
                                                children.computedVat(),
                                                computedGross,
                                                computedWithheld,
                                                children.computedWithholdings(),
                                                computedReceivable));
                Optional<Dispute> dispute =
                        disputeReason.map(
                                reason -> new Dispute(reason, disputeRaisedOn, disputeResolvedOn));
                return new InvoiceRecord(
                        companyId,
                        id,
                        version,
                        direction,
                        number,
                        counterpartyId,
                        currency,
                        issueDate,
                        dueDate,
                        priceBasis,
                        children.lines(),
                        schedule,
                        totals,
                        computed,
                        outstanding,
                        settled,
                        credited,
                        writtenOff,
                        status,
                        closedOn,
                        dispute,
                        termsNotation,
                        lastDunningLevel,
                        externalReference,
                        idempotencyKey,
                        lastWrite);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new StoreException(
                        "invalid row in "
                                + table
                                + " with key "
                                + key
                                + ": "
                                + e.getMessage()
                                + "; correct the row in the database",
                        e);
            }
        }
    }

    /** Returns a copy of {@code invoice} with another write stamp and version. */
    static InvoiceRecord withStamp(InvoiceRecord invoice, WriteStamp stamp, long version) {
        if (stamp.equals(invoice.lastWrite())) {
            return invoice.withVersion(version);
        }
        return new InvoiceRecord(
                invoice.companyId(),
                invoice.id(),
                version,
                invoice.direction(),
                invoice.number(),
                invoice.counterpartyId(),
                invoice.currency(),
                invoice.issueDate(),
                invoice.dueDate(),
                invoice.priceBasis(),
                invoice.lines(),
                invoice.schedule(),
                invoice.totals(),
                invoice.computedTotals(),
                invoice.outstanding(),
                invoice.settled(),
                invoice.credited(),
                invoice.writtenOff(),
                invoice.status(),
                invoice.closedOn(),
                invoice.dispute(),
                invoice.termsNotation(),
                invoice.lastDunningLevel(),
                invoice.externalReference(),
                invoice.idempotencyKey(),
                stamp);
    }
}
