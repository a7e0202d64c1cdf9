package io.github.tahsilat.plan;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * How much of one installment was paid. Immutable and thread-safe.
 *
 * @param installment the installment
 * @param paid the part paid, from zero to the installment's amount
 * @param outstanding the part still owed, {@code amount − paid}, zero or more
 * @param late whether a part is still owed after the installment's due date
 */
public record InstallmentStanding(
        PlanInstallment installment,
        MonetaryAmount paid,
        MonetaryAmount outstanding,
        boolean late) {

    /**
     * Checks that every component is present.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public InstallmentStanding {
        Objects.requireNonNull(installment, "installment");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(outstanding, "outstanding");
    }
}
