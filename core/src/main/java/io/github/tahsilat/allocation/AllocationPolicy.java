package io.github.tahsilat.allocation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * The rules an {@link Allocator} follows. Immutable and thread-safe.
 *
 * @param method how undesignated money is spread
 * @param excess what happens to money left after the designated items
 * @param componentOrder the order of fee, interest and principal within an item
 * @param tolerances at most one tolerance per currency; a payment in a currency without one has no
 *     tolerance
 * @param roundingMode the rounding of pro-rata shares, {@code HALF_UP} or {@code HALF_EVEN}
 */
public record AllocationPolicy(
        @NotNull AllocationMethod method,
        @NotNull ExcessHandling excess,
        @NotNull ComponentOrder componentOrder,
        @NotNull List<@NotNull Tolerance> tolerances,
        @NotNull RoundingMode roundingMode) {

    /**
     * Checks the components and copies the list.
     *
     * @throws InvalidInputException if a component is missing, two tolerances share a currency, or
     *     the rounding mode is neither {@code HALF_UP} nor {@code HALF_EVEN}
     */
    public AllocationPolicy {
        InputChecks.present(method, "method", "OLDEST_FIRST or PRO_RATA");
        InputChecks.present(excess, "excess", "SPILL_TO_OLDEST or KEEP_AS_CREDIT");
        InputChecks.present(componentOrder, "componentOrder", "a component order");
        tolerances = InputChecks.distinctList(tolerances, "tolerances");
        Set<CurrencyUnit> currencies = new HashSet<>();
        for (Tolerance tolerance : tolerances) {
            if (!currencies.add(tolerance.currency())) {
                throw new InvalidInputException(
                        "tolerances", tolerances, "at most one tolerance per currency");
            }
        }
        InputChecks.present(roundingMode, "roundingMode", "HALF_UP or HALF_EVEN");
        if (roundingMode != RoundingMode.HALF_UP && roundingMode != RoundingMode.HALF_EVEN) {
            throw new InvalidInputException("roundingMode", roundingMode, "HALF_UP or HALF_EVEN");
        }
    }

    /**
     * Returns the default policy: oldest first, an excess over designations kept as credit, costs
     * before interest before principal, no tolerance, {@code HALF_UP}.
     */
    public static AllocationPolicy defaults() {
        return new AllocationPolicy(
                AllocationMethod.OLDEST_FIRST,
                ExcessHandling.KEEP_AS_CREDIT,
                ComponentOrder.COSTS_INTEREST_PRINCIPAL,
                List.of(),
                RoundingMode.HALF_UP);
    }

    /** Returns a copy with another method. */
    public AllocationPolicy withMethod(AllocationMethod newMethod) {
        return new AllocationPolicy(newMethod, excess, componentOrder, tolerances, roundingMode);
    }

    /** Returns a copy with another excess handling. */
    public AllocationPolicy withExcess(ExcessHandling newExcess) {
        return new AllocationPolicy(method, newExcess, componentOrder, tolerances, roundingMode);
    }

    /** Returns a copy with another component order. */
    public AllocationPolicy withComponentOrder(ComponentOrder newOrder) {
        return new AllocationPolicy(method, excess, newOrder, tolerances, roundingMode);
    }

    /**
     * Returns a copy whose tolerances are {@code newTolerances}.
     *
     * @throws InvalidInputException if two tolerances share a currency
     */
    public AllocationPolicy withTolerances(List<Tolerance> newTolerances) {
        return new AllocationPolicy(method, excess, componentOrder, newTolerances, roundingMode);
    }

    /** Returns a copy with another rounding mode for pro-rata shares. */
    public AllocationPolicy withRoundingMode(RoundingMode newMode) {
        return new AllocationPolicy(method, excess, componentOrder, tolerances, newMode);
    }

    /** Returns the tolerance for payments in {@code currency}, if there is one. */
    public Optional<Tolerance> toleranceFor(CurrencyUnit currency) {
        return tolerances.stream().filter(t -> t.currency().equals(currency)).findFirst();
    }
}
