package io.github.tahsilat.internal.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.notification.RecordingChannel;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.DunningStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Counts the dunning store's calls in one run over two customers with three overdue invoices each,
 * so that a per-item read or write of claims, blocks or promises fails the test.
 */
class DunningStoreCallsTest {

    private static final LocalDate LEVEL_TWO_DAY = LocalDate.of(2025, 3, 20);

    private final Map<String, Integer> calls = new ConcurrentHashMap<>();

    /** Returns the in-memory stores with a dunning store that counts its calls by method name. */
    private Stores countingStores() {
        Stores stores = InMemoryStores.create();
        DunningStore target = stores.dunning();
        DunningStore counting =
                (DunningStore)
                        Proxy.newProxyInstance(
                                DunningStore.class.getClassLoader(),
                                new Class<?>[] {DunningStore.class},
                                (proxy, method, arguments) -> {
                                    calls.merge(method.getName(), 1, Integer::sum);
                                    try {
                                        return method.invoke(target, arguments);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
        return stores.withDunning(counting);
    }

    @Test
    void runReadsAndWritesClaimsPerNotice() {
        DunningFixture fixture = new DunningFixture(countingStores());
        RecordingChannel email = new RecordingChannel("email");
        for (String name : List.of("Ege Boya Ltd.", "Marmara Gıda A.Ş.")) {
            Counterparty customer = fixture.customer(name);
            for (int i = 1; i <= 3; i++) {
                fixture.invoice(customer, name.substring(0, 4) + "-" + i, "100.00");
            }
        }
        calls.clear();

        DunningRunResult result =
                fixture.service(List.of(email), RunHook.NONE)
                        .run(DunningRunRequest.of(fixture.companyId, LEVEL_TWO_DAY));

        assertThat(result.notices()).hasSize(2);
        assertThat(email.delivered()).hasSize(2);
        assertThat(calls).doesNotContainKeys("claim", "update", "ofItem", "blocksOf", "promisesOf");
        assertThat(calls.get("ofItems")).isEqualTo(3);
        assertThat(calls.get("blocksOfItems")).isEqualTo(1);
        assertThat(calls.get("promisesOfItems")).isEqualTo(1);
        assertThat(calls.get("claimAll")).isEqualTo(2);
        assertThat(calls.get("updateAll")).isEqualTo(2);
    }
}
