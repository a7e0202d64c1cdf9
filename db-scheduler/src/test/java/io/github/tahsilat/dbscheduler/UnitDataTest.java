package io.github.tahsilat.dbscheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningService;
import io.github.tahsilat.service.dunning.DunningUnit;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitDataTest {

    private static final CompanyId COMPANY =
            new CompanyId(UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"));

    /** Returns an implementation whose every method fails the test. */
    private static <T> T unused(Class<T> type) {
        return type.cast(
                Proxy.newProxyInstance(
                        type.getClassLoader(),
                        new Class<?>[] {type},
                        (proxy, method, args) -> {
                            throw new AssertionError("unexpected call of " + method.getName());
                        }));
    }

    @Nested
    class Encoding {

        @Test
        void unitSurvivesRoundTrip() {
            DunningRunRequest run =
                    new DunningRunRequest(COMPANY, LocalDate.of(2025, 4, 1), "april|first", false);
            DunningUnit unit = new DunningUnit(run, 3, 16);

            String data = UnitData.encode(unit);

            assertThat(data)
                    .isEqualTo(
                            "v1|6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b|2025-04-01|false|3|16|april|first");
            assertThat(UnitData.decode(data)).isEqualTo(unit);
        }

        @Test
        void instanceIdNamesRunAndBucket() {
            DunningUnit unit =
                    new DunningUnit(DunningRunRequest.of(COMPANY, LocalDate.of(2025, 4, 1)), 3, 16);

            assertThat(UnitData.instanceId(unit))
                    .isEqualTo("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b|2025-04-01|3/16");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "v2|6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b|2025-04-01|false|3|16|k",
                    "v1|not-a-uuid|2025-04-01|false|3|16|k",
                    "v1|6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b|2025-04-01|maybe|3|16|k",
                    "v1|6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b|2025-04-01|false|16|16|k",
                    "v1|6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b|2025-04-01|false|3"
                })
        void decodeRejectsMalformedData(String data) {
            assertThatThrownBy(() -> UnitData.decode(data))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("invalid dunning unit task data: " + data + ";");
        }
    }

    @Nested
    class Scheduling {

        @Test
        void dryRunIsRejected() {
            DunningRunRequest dryRun =
                    DunningRunRequest.of(COMPANY, LocalDate.of(2025, 4, 1)).asDryRun();

            SchedulerClient client = unused(SchedulerClient.class);

            assertThatThrownBy(() -> DunningUnitTask.schedule(client, dryRun, 4, Instant.EPOCH))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid request: 2025-04-01");
        }

        @Test
        void negativeRetryDelayIsRejected() {
            assertThatThrownBy(
                            () ->
                                    DunningUnitTask.create(
                                            unused(DunningService.class), Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("invalid retryDelay: PT-1S");
        }
    }
}
