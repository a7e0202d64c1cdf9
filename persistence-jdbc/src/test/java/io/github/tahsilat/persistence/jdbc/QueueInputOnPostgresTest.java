package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.reconciliation.QueuedLine;
import io.github.tahsilat.service.reconciliation.StatementImport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entry keys and cursors that PostgreSQL cannot store or compare, passed to the queue's methods:
 * each fails as on the in-memory stores, and the queued line stays open.
 */
class QueueInputOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final Actor CLERK = Actor.user("clerk-7");

    private final Tahsilat engine =
            PostgresFixture.engine(DATABASE.stores(), Instant.parse("2026-03-02T09:00:00Z"));
    private final CompanyId companyId = CompanyId.random();

    /** Registers a company and queues one line of 42.00 TRY that names no invoice. */
    @BeforeEach
    void queueOneLine() {
        PostgresFixture.registerCompany(engine, companyId, RoundingMode.HALF_UP);
        BankLine line =
                BankLine.builder()
                        .accountId("TR330006100519786457841326")
                        .bookingDate(LocalDate.of(2026, 3, 2))
                        .amount(Money.of(new BigDecimal("42.00"), "TRY"))
                        .remittanceText("refund")
                        .build();
        engine.reconciliation()
                .importStatement(new StatementImport(companyId, "STMT-1", List.of(line)));
        assertThat(open()).hasSize(1);
    }

    private List<QueuedLine> open() {
        return engine.reconciliation().openQueue(companyId, PageRequest.first(10)).items();
    }

    /** Keys with a NUL character, which PostgreSQL text rejects. */
    @ParameterizedTest(name = "entry key {index}")
    @ValueSource(strings = {"sha256:a\u0000b#1", "\u0000"})
    void nulKeyRejected(String entryKey) {
        assertThatThrownBy(
                        () ->
                                engine.reconciliation()
                                        .dismissQueued(companyId, entryKey, CLERK, "refund"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entryKey");
        assertThat(open()).singleElement().satisfies(line -> assertThat(line.isOpen()).isTrue());
    }

    @Test
    void longKeyNotFound() {
        String entryKey = "k".repeat(100_000);

        assertThatThrownBy(
                        () ->
                                engine.reconciliation()
                                        .dismissQueued(companyId, entryKey, CLERK, "refund"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("entryKey");
        assertThat(open()).singleElement().satisfies(line -> assertThat(line.isOpen()).isTrue());
    }

    @Test
    void nulReasonRejected() {
        String entryKey = open().get(0).entryKey();

        assertThatThrownBy(
                        () ->
                                engine.reconciliation()
                                        .dismissQueued(companyId, entryKey, CLERK, "a\u0000b"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        assertThat(open()).singleElement().satisfies(line -> assertThat(line.isOpen()).isTrue());
    }

    /** Cursors that parse as a queue position but that PostgreSQL cannot compare. */
    @ParameterizedTest(name = "cursor {index}")
    @ValueSource(strings = {"3000000000 sha256:x#1", "-3000000000 sha256:x#1", "0 a\u0000b"})
    void unstorableCursorRejected(String cursor) {
        assertThatThrownBy(
                        () ->
                                engine.reconciliation()
                                        .openQueue(companyId, PageRequest.after(cursor, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor");
        assertThat(open()).hasSize(1);
    }
}
