package io.github.tahsilat.dbscheduler;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.ReconciliationService;
import io.github.tahsilat.service.reconciliation.ReconciliationUnit;
import io.github.tahsilat.service.reconciliation.StatementImport;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The db-scheduler task that imports one work unit of a bank statement, and the helper that
 * schedules the units of a statement.
 *
 * <p>The library does not store statements, so the host hands the task a {@link StatementSource}
 * that returns a statement by company and id, for example by reading the stored file again. Each
 * instance of the host builds the task over its own {@link ReconciliationService} and registers it
 * with its scheduler; any instance schedules a statement. db-scheduler runs each scheduled unit on
 * one instance at a time, retries a failed unit after the retry delay, and revives the unit of an
 * instance that stopped sending heartbeats on a live instance. A unit run twice books each bank
 * entry once, so a revived or retried unit is safe.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReconciliationUnitTask {

    /** The task name under which the units are stored in db-scheduler's table. */
    public static final String TASK_NAME = "tahsilat-reconciliation-unit";

    /** The delay before a failed unit runs again, unless the host gives another. */
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationUnitTask.class);

    /**
     * The host's statements, by company and statement id. Implementations must return the same
     * lines in the same order on every call and every instance, because a line's key counts
     * identical lines in statement order.
     */
    @FunctionalInterface
    public interface StatementSource {

        /**
         * Returns the statement, as it was first imported or scheduled.
         *
         * @throws RuntimeException if the statement cannot be read; the unit then runs again after
         *     the retry delay
         */
        StatementImport statement(CompanyId companyId, String statementId);
    }

    private ReconciliationUnitTask() {}

    /**
     * Returns the task that imports units with {@code service}, reading statements from {@code
     * statements}, and retries a failed unit after {@link #DEFAULT_RETRY_DELAY}.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public static OneTimeTask<String> create(
            ReconciliationService service, StatementSource statements) {
        return create(service, statements, DEFAULT_RETRY_DELAY);
    }

    /**
     * Returns the task that imports units with {@code service}, reading statements from {@code
     * statements}, and retries a failed unit after {@code retryDelay}. A unit's execution that
     * db-scheduler finds dead is run again at once.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code retryDelay} is negative
     */
    public static OneTimeTask<String> create(
            ReconciliationService service, StatementSource statements, Duration retryDelay) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException(
                    "invalid retryDelay: " + retryDelay + "; expected zero or more");
        }
        return Tasks.oneTime(TASK_NAME, String.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(retryDelay))
                .onDeadExecutionRevive()
                .execute((instance, context) -> run(service, statements, instance.getData()));
    }

    private static void run(
            ReconciliationService service, StatementSource statements, String data) {
        ReconciliationUnit unit = ReconciliationUnitData.decode(data);
        LOG.debug("Reconciliation unit {} of company {} started", unit.label(), unit.companyId());
        StatementImport statement = statements.statement(unit.companyId(), unit.statementId());
        ReconciliationResult result = service.runUnit(unit, statement);
        LOG.debug(
                "Reconciliation unit {} of company {} finished: {} booked, {} suggested,"
                        + " {} unmatched, {} already booked",
                unit.label(),
                unit.companyId(),
                result.booked().size(),
                result.suggested().size(),
                result.unmatched().size(),
                result.alreadyBooked().size());
    }

    /**
     * Schedules the {@code count} units of a statement at {@code executionTime}, each as one
     * execution of {@link #TASK_NAME}, and leaves out the units already scheduled and not yet done.
     * Calling it again for the same statement and count, from any instance, schedules nothing
     * twice.
     *
     * @param client the scheduler, or any client over its table
     * @param statement the statement, which the task's {@link StatementSource} must return by its
     *     company and id
     * @param count the number of units, from 1 to {@value ReconciliationUnit#MAX_COUNT}
     * @param executionTime when the units become due
     * @return the number of units scheduled by this call
     * @throws NullPointerException if {@code client} or {@code executionTime} is {@code null}
     * @throws InvalidInputException if {@code statement} is {@code null} or {@code count} is not
     *     from 1 to {@value ReconciliationUnit#MAX_COUNT}
     */
    public static int schedule(
            SchedulerClient client, StatementImport statement, int count, Instant executionTime) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(executionTime, "executionTime");
        int scheduled = 0;
        for (ReconciliationUnit unit : ReconciliationUnit.split(statement, count)) {
            TaskInstance<String> instance =
                    new TaskInstance<>(
                            TASK_NAME,
                            ReconciliationUnitData.instanceId(unit),
                            ReconciliationUnitData.encode(unit));
            if (client.scheduleIfNotExists(instance, executionTime)) {
                scheduled++;
            }
        }
        LOG.debug(
                "Statement {} of company {}: {} of {} reconciliation units scheduled",
                statement.statementId(),
                statement.companyId(),
                scheduled,
                count);
        return scheduled;
    }
}
