package io.github.tahsilat.service.dunning;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.notice.Recipient;
import java.util.List;

/**
 * The source of a counterparty's recipients: one per channel and address, supplied by the host.
 * Implementations must be thread-safe and must not return {@code null}.
 */
@FunctionalInterface
public interface RecipientDirectory {

    /**
     * Returns the recipients of {@code counterparty}'s notices, possibly none; each names the
     * channel that delivers to it.
     */
    List<Recipient> recipientsOf(Counterparty counterparty);
}
