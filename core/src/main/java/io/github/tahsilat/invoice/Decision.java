package io.github.tahsilat.invoice;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a state change against a business rule: allowed, or rejected with a
 * reason that names the value and what to do instead.
 *
 * @param allowed whether the change is allowed
 * @param reason the rejection reason; empty exactly when {@code allowed} is {@code true}
 */
public record Decision(boolean allowed, Optional<String> reason) {

    private static final Decision ALLOWED = new Decision(true, Optional.empty());

    /**
     * Checks that a rejection has a reason and an allowed decision has none.
     *
     * @throws IllegalArgumentException if {@code allowed} and {@code reason.isPresent()} agree
     */
    public Decision {
        Objects.requireNonNull(reason, "reason");
        if (allowed == reason.isPresent()) {
            throw new IllegalArgumentException(
                    "a rejected decision needs a reason and an allowed one has none");
        }
    }

    /** Returns the allowed decision. */
    public static Decision allow() {
        return ALLOWED;
    }

    /** Returns a rejection with {@code reason}, which must not be {@code null}. */
    public static Decision reject(String reason) {
        return new Decision(false, Optional.of(reason));
    }

    /**
     * Throws {@link InvoiceStateException} with the reason if this decision is a rejection.
     *
     * @throws InvoiceStateException if {@code allowed} is {@code false}
     */
    public void orThrow() {
        if (!allowed) {
            throw new InvoiceStateException(reason.orElseThrow());
        }
    }
}
