package io.github.tahsilat.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs the kit against stores that each break one rule and checks that the tests for that rule
 * fail. The paging tests, which only add volume, are left out to keep the run short.
 */
class BrokenStoresTest {

    /** The kit on working stores, as a baseline for the harness. */
    @ExtendWith(OnlyInEngineTestKit.class)
    static class WorkingKit extends StoreContractTest {
        @Override
        protected Stores newStores() {
            return InMemoryStores.create();
        }
    }

    /** The kit on stores that ignore versions. */
    @ExtendWith(OnlyInEngineTestKit.class)
    static class VersionBlindKit extends StoreContractTest {
        @Override
        protected Stores newStores() {
            return BrokenStores.ignoringVersions(InMemoryStores.create());
        }
    }

    /** The kit on stores that return other companies' rows. */
    @ExtendWith(OnlyInEngineTestKit.class)
    static class LeakingKit extends StoreContractTest {
        @Override
        protected Stores newStores() {
            return BrokenStores.leakingCompanies(InMemoryStores.create());
        }
    }

    /** The kit on stores that never roll back. */
    @ExtendWith(OnlyInEngineTestKit.class)
    static class NoRollbackKit extends StoreContractTest {
        @Override
        protected Stores newStores() {
            return BrokenStores.withoutRollback(InMemoryStores.create());
        }
    }

    private static EngineExecutionResults run(Class<? extends StoreContractTest> kit) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(kit))
                .configurationParameter(OnlyInEngineTestKit.PARAMETER, "true")
                .filters(TagFilter.excludeTags(StoreContractTest.VOLUME_TAG))
                .execute();
    }

    private static Set<String> failedTests(Class<? extends StoreContractTest> kit) {
        return run(kit).testEvents().failed().stream()
                .map(Event::getTestDescriptor)
                .map(BrokenStoresTest::shortName)
                .collect(Collectors.toSet());
    }

    /** Returns "Nested.method" for a test of the kit. */
    private static String shortName(TestDescriptor test) {
        String nested = "";
        String method = "";
        for (UniqueId.Segment segment : test.getUniqueId().getSegments()) {
            if (segment.getType().equals("nested-class")) {
                nested = segment.getValue();
            } else if (segment.getType().equals("method")) {
                method = segment.getValue().replace("()", "");
            }
        }
        return nested + "." + method;
    }

    @Nested
    class Baseline {

        @Test
        void workingStoresPassEveryTest() {
            EngineExecutionResults results = run(WorkingKit.class);

            assertThat(results.testEvents().failed().count()).isZero();
            assertThat(results.testEvents().succeeded().count()).isGreaterThan(40);
        }
    }

    @Nested
    class Detection {

        @Test
        void versionBlindStoreFails() {
            Set<String> failed = failedTests(VersionBlindKit.class);

            assertThat(failed)
                    .contains(
                            "Companies.staleUpdateFails",
                            "Counterparties.staleUpdateFails",
                            "Invoices.staleUpdateFails",
                            "CreditDocuments.staleUpdateFails",
                            "Payments.staleUpdateFails",
                            "Instruments.staleUpdateFails",
                            "TransactionBoundary.retryRepeatsStaleWork",
                            "TransactionBoundary.retryNeverRepeatsJoinedWork");
            assertThat(failed).noneMatch(name -> name.startsWith("Isolation."));
        }

        @Test
        void leakingStoreFails() {
            Set<String> failed = failedTests(LeakingKit.class);

            assertThat(failed)
                    .contains(
                            "Isolation.queriesStayInCompany",
                            "Payments.invisibleToOtherCompany",
                            "Allocations.invisibleToOtherCompany",
                            "LedgerEntries.invisibleToOtherCompany",
                            "Instruments.invisibleToOtherCompany",
                            "BankEntries.insertStoresTheEntryUnderItsKey");
            assertThat(failed).noneMatch(name -> name.endsWith("staleUpdateFails"));
        }

        @Test
        void storeWithoutRollbackFails() {
            Set<String> failed = failedTests(NoRollbackKit.class);

            assertThat(failed)
                    .contains(
                            "TransactionBoundary.exceptionRollsBackEverything",
                            "TransactionBoundary.rollbackRestoresUpdatedRecord",
                            "TransactionBoundary.nestedCallJoinsOuter",
                            "TransactionBoundary.innerExceptionRollsBackOuter",
                            "TransactionBoundary.noDirtyReads",
                            "Allocations.rollbackRemovesInsert",
                            "LedgerEntries.rollbackFreesSequence",
                            "BankEntries.insertRolledBackWithItsTransaction");
            assertThat(failed).noneMatch(name -> name.startsWith("Isolation."));
        }
    }
}
