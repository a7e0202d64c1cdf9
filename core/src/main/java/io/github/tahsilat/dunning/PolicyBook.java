package io.github.tahsilat.dunning;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which dunning policy applies to which counterparty: a default, one policy per segment, and
 * overrides for single counterparties.
 *
 * <p>{@link #policyFor(Counterparty)} takes the counterparty's override first, then its segment's
 * policy, then the default. Build one with {@link #builder(DunningPolicy)}. Immutable and
 * thread-safe.
 *
 * @param defaultPolicy the policy for a counterparty with neither an override nor a segment policy
 * @param bySegment the policy per segment code, such as {@code RETAIL}
 * @param byCounterparty the override per counterparty
 */
public record PolicyBook(
        @NotNull @Valid DunningPolicy defaultPolicy,
        @NotNull Map<@NotNull String, @NotNull @Valid DunningPolicy> bySegment,
        @NotNull Map<@NotNull CounterpartyId, @NotNull @Valid DunningPolicy> byCounterparty) {

    /**
     * Checks the fields and copies the maps.
     *
     * @throws InvalidInputException if an argument, key or value is {@code null}, or a segment code
     *     does not match {@link Counterparty#SEGMENT_PATTERN}
     */
    public PolicyBook {
        InputChecks.present(defaultPolicy, "defaultPolicy", "a dunning policy");
        InputChecks.present(bySegment, "bySegment", "a map of segment codes to policies");
        InputChecks.present(
                byCounterparty, "byCounterparty", "a map of counterparties to policies");
        for (String segment : bySegment.keySet()) {
            if (segment == null || !segment.matches(Counterparty.SEGMENT_PATTERN)) {
                throw new InvalidInputException(
                        "bySegment",
                        segment,
                        "segment codes matching " + Counterparty.SEGMENT_PATTERN);
            }
        }
        bySegment = Map.copyOf(bySegment);
        byCounterparty = Map.copyOf(byCounterparty);
    }

    /** Returns a builder with {@code defaultPolicy} and no segment policies or overrides. */
    public static Builder builder(DunningPolicy defaultPolicy) {
        return new Builder(defaultPolicy);
    }

    /**
     * Returns the policy for {@code counterparty}: its override, else its segment's policy, else
     * the default.
     *
     * @throws NullPointerException if {@code counterparty} is {@code null}
     */
    public DunningPolicy policyFor(Counterparty counterparty) {
        DunningPolicy override = byCounterparty.get(counterparty.id());
        if (override != null) {
            return override;
        }
        return bySegment.getOrDefault(counterparty.segment(), defaultPolicy);
    }

    /**
     * Returns every policy of the book once: the default, then the segment policies, then the
     * overrides, each group in no particular order.
     */
    public List<DunningPolicy> policies() {
        Set<DunningPolicy> all = new LinkedHashSet<>();
        all.add(defaultPolicy);
        all.addAll(bySegment.values());
        all.addAll(byCounterparty.values());
        return List.copyOf(all);
    }

    /** Builder of a {@link PolicyBook}. Not thread-safe; {@link #build()} checks all fields. */
    public static final class Builder {
        private final DunningPolicy defaultPolicy;
        private final Map<String, DunningPolicy> bySegment = new LinkedHashMap<>();
        private final Map<CounterpartyId, DunningPolicy> byCounterparty = new LinkedHashMap<>();

        private Builder(DunningPolicy defaultPolicy) {
            this.defaultPolicy = defaultPolicy;
        }

        /** Assigns {@code policy} to every counterparty in {@code segment}. */
        public Builder segment(String segment, DunningPolicy policy) {
            bySegment.put(segment, policy);
            return this;
        }

        /** Assigns {@code policy} to one counterparty, ahead of its segment's policy. */
        public Builder counterparty(CounterpartyId counterparty, DunningPolicy policy) {
            byCounterparty.put(counterparty, policy);
            return this;
        }

        /**
         * Builds the book.
         *
         * @throws InvalidInputException if a field is invalid, as the constructor describes
         */
        public PolicyBook build() {
            return new PolicyBook(defaultPolicy, bySegment, byCounterparty);
        }
    }
}
