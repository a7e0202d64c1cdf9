package io.github.tahsilat.dbscheduler;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningService;
import io.github.tahsilat.service.dunning.DunningUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The db-scheduler task that runs one work unit of a dunning run, and the helper that schedules the
 * units of a run.
 *
 * <p>Each instance of the host builds the task over its own {@link DunningService} and registers it
 * with its scheduler; any instance schedules a run. db-scheduler runs each scheduled unit on one
 * instance at a time, retries a failed unit after the retry delay, and revives the unit of an
 * instance that stopped sending heartbeats on a live instance. A unit run twice sends and charges
 * nothing twice, so a revived or retried unit is safe.
 *
 * <p>Stateless and thread-safe.
 */
public final class DunningUnitTask {

    /** The task name under which the units are stored in db-scheduler's table. */
    public static final String TASK_NAME = "tahsilat-dunning-unit";

    /** The delay before a failed unit runs again, unless the host gives another. */
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(DunningUnitTask.class);

    private DunningUnitTask() {}

    /**
     * Returns the task that runs units with {@code service}, retrying a failed unit after {@link
     * #DEFAULT_RETRY_DELAY}.
     *
     * @throws NullPointerException if {@code service} is {@code null}
     */
    public static OneTimeTask<String> create(DunningService service) {
        return create(service, DEFAULT_RETRY_DELAY);
    }

    /**
     * Returns the task that runs units with {@code service}, retrying a failed unit after {@code
     * retryDelay}. A unit's execution that db-scheduler finds dead is run again at once.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code retryDelay} is negative
     */
    public static OneTimeTask<String> create(DunningService service, Duration retryDelay) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException(
                    "invalid retryDelay: " + retryDelay + "; expected zero or more");
        }
        return Tasks.oneTime(TASK_NAME, String.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(retryDelay))
                .onDeadExecutionRevive()
                .execute((instance, context) -> run(service, instance.getData()));
    }

    private static void run(DunningService service, String data) {
        DunningUnit unit = UnitData.decode(data);
        LOG.debug("Dunning unit {} of company {} started", unit.label(), unit.run().companyId());
        DunningRunResult result = service.runUnit(unit);
        LOG.debug(
                "Dunning unit {} of company {} finished: {} notices, {} failures",
                unit.label(),
                unit.run().companyId(),
                result.notices().size(),
                result.failures().size());
    }

    /**
     * Schedules the {@code count} units of a run at {@code executionTime}, each as one execution of
     * {@link #TASK_NAME}, and leaves out the units already scheduled and not yet done. Calling it
     * again for the same run and count, from any instance, schedules nothing twice.
     *
     * @param client the scheduler, or any client over its table
     * @param request the run, which must write and send
     * @param count the number of units, from 1 to {@value DunningUnit#MAX_COUNT}
     * @param executionTime when the units become due
     * @return the number of units scheduled by this call
     * @throws NullPointerException if {@code client} or {@code executionTime} is {@code null}
     * @throws InvalidInputException if {@code request} is {@code null} or a dry run, or {@code
     *     count} is not from 1 to {@value DunningUnit#MAX_COUNT}
     */
    public static int schedule(
            SchedulerClient client, DunningRunRequest request, int count, Instant executionTime) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(executionTime, "executionTime");
        if (request != null && request.dryRun()) {
            throw new InvalidInputException(
                    "request",
                    request.runKey(),
                    "a run that writes and sends, because a scheduled dry run returns its result"
                            + " to nobody");
        }
        int scheduled = 0;
        for (DunningUnit unit : DunningUnit.split(request, count)) {
            TaskInstance<String> instance =
                    new TaskInstance<>(TASK_NAME, UnitData.instanceId(unit), UnitData.encode(unit));
            if (client.scheduleIfNotExists(instance, executionTime)) {
                scheduled++;
            }
        }
        LOG.debug(
                "Dunning run {} of company {}: {} of {} units scheduled",
                request.runKey(),
                request.companyId(),
                scheduled,
                count);
        return scheduled;
    }
}
