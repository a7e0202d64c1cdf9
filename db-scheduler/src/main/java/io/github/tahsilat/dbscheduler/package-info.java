/**
 * Runs the work units of dunning runs and statement imports on db-scheduler ({@code
 * com.github.kagkarlsson:db-scheduler} 16), a scheduler that keeps its executions in a table of the
 * application's database, so that every instance of a host application can take units, and a live
 * instance takes over the units of a dead one.
 *
 * <p>{@link io.github.tahsilat.dbscheduler.DunningUnitTask} builds the task that runs one unit and
 * schedules the units of a run, and {@link io.github.tahsilat.dbscheduler.ReconciliationUnitTask}
 * does the same for the units of a bank statement; {@link
 * io.github.tahsilat.dbscheduler.SchedulerMigrations} creates the scheduler's table. Correctness
 * does not depend on the scheduler: a unit run twice, or by two instances at once, sends each
 * notice, books each fee and books each bank entry once.
 */
package io.github.tahsilat.dbscheduler;
