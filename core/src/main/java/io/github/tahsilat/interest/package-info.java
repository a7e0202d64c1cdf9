/**
 * Late interest on overdue principal: day-count conventions ({@link
 * io.github.tahsilat.interest.DayCount}), dated rate tables ({@link
 * io.github.tahsilat.interest.RateTable}), the principal's history ({@link
 * io.github.tahsilat.interest.PrincipalHistory}) and the calculation itself ({@link
 * io.github.tahsilat.interest.LateInterest}), which returns a breakdown per segment.
 *
 * <p>Interest is simple interest on the principal only: it is never charged on fees or on earlier
 * interest.
 */
package io.github.tahsilat.interest;
