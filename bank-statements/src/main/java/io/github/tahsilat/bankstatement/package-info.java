/**
 * The bank statement model and the registry that reads statement files into it.
 *
 * <p>{@link io.github.tahsilat.bankstatement.StatementReaders} picks a reader by the first bytes of
 * the input and reads it either statement by statement through a {@link
 * io.github.tahsilat.bankstatement.StatementVisitor}, which keeps one entry in memory at a time, or
 * whole into a list of {@link io.github.tahsilat.bankstatement.Statement}s for small files.
 *
 * <p>Every model type is an immutable record or enum and is safe to share between threads. Amounts
 * are {@link javax.money.MonetaryAmount}s with the sign of the booking: credits are positive and
 * debits negative. Dates are {@link java.time.LocalDate}s taken from the date part of the value as
 * the file writes it, so they never move with the JVM's time zone.
 */
package io.github.tahsilat.bankstatement;
