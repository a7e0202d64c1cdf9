package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.InstrumentKind;
import io.github.tahsilat.persistence.spi.record.InstrumentRecord;
import io.github.tahsilat.persistence.spi.record.InstrumentStatus;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.record.PaymentDirection;
import io.github.tahsilat.persistence.spi.record.PaymentMethod;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Payments, allocations, ledger entries and instruments beyond the contract kit. */
class SettlementStoresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final WriteStamp STAMP =
            new WriteStamp(Actor.user("test-user"), Instant.parse("2026-03-02T10:15:30.123456Z"));

    private Stores stores;
    private UUID company;
    private UUID customer;

    @BeforeEach
    void createStores() {
        stores = DATABASE.stores();
        company = UUID.randomUUID();
        customer = UUID.randomUUID();
    }

    private PaymentRecord payment(String key, BigDecimal amount, WriteStamp stamp) {
        return new PaymentRecord(
                company,
                UUID.randomUUID(),
                0,
                customer,
                PaymentDirection.RECEIVED,
                ISSUED,
                "TRY",
                amount,
                BigDecimal.ZERO,
                PaymentMethod.BANK_TRANSFER,
                "INV-1",
                Optional.of(key),
                amount,
                Optional.empty(),
                stamp);
    }

    private LedgerEntryRecord entry(LocalDate valueDate, Instant recordedAt, String effect) {
        BigDecimal value = new BigDecimal(effect);
        return new LedgerEntryRecord(
                company,
                UUID.randomUUID(),
                0,
                customer,
                "TRY",
                LedgerEntryKind.INVOICE,
                valueDate,
                recordedAt,
                value.abs(),
                value,
                UUID.randomUUID(),
                Optional.empty(),
                Optional.empty(),
                "",
                Optional.empty(),
                STAMP.actor());
    }

    private InstrumentRecord cheque(String amount) {
        return new InstrumentRecord(
                company,
                UUID.randomUUID(),
                0,
                customer,
                InstrumentKind.CHEQUE,
                "0012345",
                "Örnek Ltd.",
                ISSUED,
                ISSUED.plusDays(60),
                "TRY",
                new BigDecimal(amount),
                new BigDecimal("0.00"),
                InstrumentStatus.IN_PORTFOLIO,
                "",
                STAMP);
    }

    private AllocationRecord allocation() {
        BigDecimal zero = new BigDecimal("0.00");
        return new AllocationRecord(
                company,
                UUID.randomUUID(),
                UUID.randomUUID(),
                customer,
                UUID.randomUUID(),
                1,
                ISSUED,
                "TRY",
                zero,
                zero,
                new BigDecimal("5.00"),
                zero,
                zero,
                "COSTS_INTEREST_PRINCIPAL",
                Optional.empty(),
                STAMP);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Nested
    class BadRows {

        @Test
        void unknownMethodNamesPaymentRow() throws SQLException {
            PaymentRecord stored =
                    stores.payments()
                            .insert(company, payment("TX-1", new BigDecimal("1.00"), STAMP));
            execute(
                    "UPDATE tahsilat_payment SET method = 'BARTER' WHERE id = '"
                            + stored.id()
                            + "'");

            assertThatThrownBy(() -> stores.payments().find(company, stored.id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("tahsilat_payment.method")
                    .hasMessageContaining(stored.id().toString())
                    .hasMessageContaining("BARTER");
        }

        @Test
        void unknownCurrencyNamesAllocationRow() throws SQLException {
            AllocationRecord stored = stores.allocations().insert(company, allocation());
            execute(
                    "UPDATE tahsilat_allocation SET currency = 'XYZ' WHERE id = '"
                            + stored.id()
                            + "'");

            assertThatThrownBy(() -> stores.allocations().find(company, stored.id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("tahsilat_allocation.currency")
                    .hasMessageContaining(stored.id().toString())
                    .hasMessageContaining("XYZ");
        }

        @Test
        void unknownKindNamesLedgerSequence() throws SQLException {
            LedgerEntryRecord stored =
                    stores.ledger().append(company, entry(ISSUED, STAMP.at(), "1.00"));
            execute(
                    "UPDATE tahsilat_ledger_entry SET kind = 'GIFT' WHERE id = '"
                            + stored.id()
                            + "'");

            assertThatThrownBy(() -> stores.ledger().findByDocument(company, stored.documentId()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("tahsilat_ledger_entry.kind")
                    .hasMessageContaining("sequence=1")
                    .hasMessageContaining("GIFT");
        }

        @Test
        void bounceAboveAmountNamesInstrumentRow() throws SQLException {
            InstrumentRecord stored = stores.instruments().insert(company, cheque("10.00"));
            execute(
                    "UPDATE tahsilat_instrument SET paid_on_bounce = 12 WHERE id = '"
                            + stored.id()
                            + "'");

            assertThatThrownBy(() -> stores.instruments().find(company, stored.id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("tahsilat_instrument")
                    .hasMessageContaining(stored.id().toString())
                    .hasMessageContaining("paidOnBounce: 12");
        }
    }

    @Nested
    class Values {

        @Test
        void paymentStampTruncatedToMicros() {
            WriteStamp nanos =
                    new WriteStamp(STAMP.actor(), Instant.parse("2026-03-02T10:15:30.123456789Z"));

            PaymentRecord stored =
                    stores.payments()
                            .insert(company, payment("TX-1", new BigDecimal("1.00"), nanos));

            assertThat(stored.lastWrite().at()).isEqualTo("2026-03-02T10:15:30.123456Z");
            assertThat(stores.payments().find(company, stored.id())).contains(stored);
        }

        @Test
        void ledgerRecordedAtTruncatedToMicros() {
            Instant nanos = Instant.parse("2026-03-02T10:15:30.123456789Z");

            LedgerEntryRecord stored =
                    stores.ledger().append(company, entry(ISSUED, nanos, "1.00"));

            assertThat(stored.recordedAt()).isEqualTo("2026-03-02T10:15:30.123456Z");
            assertThat(stores.ledger().findByDocument(company, stored.documentId()))
                    .containsExactly(stored);
        }

        @Test
        void negativeScaleAmountRejected() {
            PaymentRecord payment = payment("TX-1", new BigDecimal("1E+3"), STAMP);

            assertThatThrownBy(() -> stores.payments().insert(company, payment))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("amount: 1E+3")
                    .hasMessageContaining("1000");
        }

        @Test
        void takenKeyOnUpdateFails() {
            stores.payments().insert(company, payment("TX-1", new BigDecimal("1.00"), STAMP));
            PaymentRecord second =
                    stores.payments()
                            .insert(company, payment("TX-2", new BigDecimal("2.00"), STAMP));
            PaymentRecord renamed =
                    new PaymentRecord(
                            company,
                            second.id(),
                            second.version(),
                            customer,
                            second.direction(),
                            second.valueDate(),
                            second.currency(),
                            second.amount(),
                            second.charges(),
                            second.method(),
                            second.remittance(),
                            Optional.of("TX-1"),
                            second.unapplied(),
                            second.reversedOn(),
                            STAMP);

            assertThatThrownBy(() -> stores.payments().update(company, renamed))
                    .isInstanceOfSatisfying(
                            DuplicateKeyException.class,
                            e -> {
                                assertThat(e.keyName()).isEqualTo("idempotencyKey");
                                assertThat(e.keyValue()).isEqualTo("TX-1");
                            });
        }
    }

    @Nested
    class LedgerPaging {

        @Test
        void pagesKeepValueDateThenSequence() {
            List<LedgerEntryRecord> appended = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                appended.add(
                        stores.ledger()
                                .append(company, entry(ISSUED.plusDays(i % 3), STAMP.at(), "1")));
            }
            List<LedgerEntryRecord> expected =
                    appended.stream()
                            .sorted(
                                    (a, b) ->
                                            a.valueDate().equals(b.valueDate())
                                                    ? Long.compare(a.sequence(), b.sequence())
                                                    : a.valueDate().compareTo(b.valueDate()))
                            .toList();

            List<LedgerEntryRecord> read = new ArrayList<>();
            Optional<PageRequest> request = Optional.of(PageRequest.first(2));
            while (request.isPresent()) {
                Page<LedgerEntryRecord> page =
                        stores.ledger()
                                .entriesOf(
                                        company,
                                        customer,
                                        "TRY",
                                        ISSUED,
                                        ISSUED.plusDays(2),
                                        request.get());
                read.addAll(page.items());
                request = request.get().following(page);
            }

            assertThat(read).containsExactlyElementsOf(expected);
        }

        @Test
        void malformedCursorRejected() {
            assertThatThrownBy(
                            () ->
                                    stores.ledger()
                                            .entriesOf(
                                                    company,
                                                    customer,
                                                    "TRY",
                                                    ISSUED,
                                                    ISSUED,
                                                    PageRequest.after("yesterday", 10)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("yesterday");
        }
    }
}
