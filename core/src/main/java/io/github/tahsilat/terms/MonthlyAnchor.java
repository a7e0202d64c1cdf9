package io.github.tahsilat.terms;

/** The day of the month on which the installments of a {@link MonthlyInstallments} plan fall. */
public enum MonthlyAnchor {
    /**
     * The first due date's day of the month, clamped to each month's length: a first due date of
     * 2024-01-31 gives 2024-02-29, 2024-03-31, 2024-04-30.
     */
    DAY_OF_MONTH,
    /**
     * The last day of each month, including the first installment's month: a first due date of
     * 2024-02-29 gives 2024-02-29, 2024-03-31, 2024-04-30, and one of 2024-02-10 falls due on
     * 2024-02-29.
     */
    END_OF_MONTH
}
