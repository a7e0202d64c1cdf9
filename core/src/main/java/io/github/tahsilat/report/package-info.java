/**
 * Receivable and payable reports: aging as of any date, open items and the average due date.
 *
 * <p>Every report is plain immutable data with exact amounts and no formatting; the host renders
 * it. A report as of a past date, and as known at an instant, does not change when later entries
 * are recorded.
 */
package io.github.tahsilat.report;
