package io.github.tahsilat.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Checks what the in-memory bank-entry store adds to the contract of its write version: a version
 * for every company, changed only by that company's inserts, and kept raised by a rollback.
 */
class MemoryBankEntryWriteVersionTest {

    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID OTHER_COMPANY =
            UUID.fromString("00000000-0000-0000-0000-00000000c002");
    private static final WriteStamp STAMP =
            new WriteStamp(Actor.system("test"), Instant.parse("2026-01-05T09:00:00Z"));

    private final Stores stores = InMemoryStores.create();

    @Test
    void companyWithoutEntriesHasVersion() {
        assertThat(stores.bankEntries().writeVersion(COMPANY)).isPresent();
    }

    @Test
    void eachInsertChangesVersion() {
        OptionalLong first = stores.bankEntries().writeVersion(COMPANY);
        stores.bankEntries().insert(COMPANY, entry(COMPANY, "sha256:aa#1"));
        OptionalLong second = stores.bankEntries().writeVersion(COMPANY);
        stores.bankEntries().insert(COMPANY, entry(COMPANY, "sha256:bb#1"));
        OptionalLong third = stores.bankEntries().writeVersion(COMPANY);

        assertThat(second).isNotEqualTo(first);
        assertThat(third).isNotEqualTo(second);
        assertThat(third).isNotEqualTo(first);
    }

    @Test
    void otherCompanyInsertKeepsVersion() {
        OptionalLong before = stores.bankEntries().writeVersion(COMPANY);

        stores.bankEntries().insert(OTHER_COMPANY, entry(OTHER_COMPANY, "sha256:aa#1"));

        assertThat(stores.bankEntries().writeVersion(COMPANY)).isEqualTo(before);
    }

    @Test
    void duplicateInsertKeepsVersion() {
        stores.bankEntries().insert(COMPANY, entry(COMPANY, "sha256:aa#1"));
        OptionalLong before = stores.bankEntries().writeVersion(COMPANY);

        assertThatThrownBy(
                        () -> stores.bankEntries().insert(COMPANY, entry(COMPANY, "sha256:aa#1")))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(stores.bankEntries().writeVersion(COMPANY)).isEqualTo(before);
    }

    @Test
    void rollbackKeepsVersionRaised() {
        OptionalLong before = stores.bankEntries().writeVersion(COMPANY);
        IllegalStateException abort = new IllegalStateException("abort");

        assertThatThrownBy(
                        () ->
                                stores.transactions()
                                        .inTransaction(
                                                () -> {
                                                    stores.bankEntries()
                                                            .insert(
                                                                    COMPANY,
                                                                    entry(COMPANY, "sha256:aa#1"));
                                                    throw abort;
                                                }))
                .isSameAs(abort);

        assertThat(stores.bankEntries().find(COMPANY, "sha256:aa#1")).isEmpty();
        assertThat(stores.bankEntries().writeVersion(COMPANY)).isNotEqualTo(before);
    }

    private static BankEntryRecord entry(UUID companyId, String key) {
        return new BankEntryRecord(
                companyId,
                key,
                "STMT-1",
                "TR330006100519786457841326",
                LocalDate.of(2026, 1, 5),
                12_550,
                "TRY",
                Optional.empty(),
                BankEntryDecision.IGNORED,
                Optional.empty(),
                List.of(),
                STAMP);
    }
}
