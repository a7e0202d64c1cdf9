package io.github.tahsilat.internal.dunning;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.internal.persistence.DunningClaim;
import io.github.tahsilat.notice.NoticeLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.money.CurrencyUnit;

/**
 * One counterparty's selected items in one currency, which make one notice.
 *
 * @param items the items that reached a new level
 * @param listed the other overdue items the notice lists, empty unless the policy lists all overdue
 *     items
 * @param suffix the currency code added to the run key when the counterparty has several currencies
 *     on the run, else {@code null}
 */
record Candidate(
        Counterparty counterparty,
        DunningPolicy policy,
        List<Selected> items,
        List<NoticeLine> listed,
        String suffix) {

    Candidate(Counterparty counterparty, DunningPolicy policy, List<Selected> items) {
        this(counterparty, policy, items, new ArrayList<>(), null);
    }

    Candidate keyed(CurrencyUnit currency) {
        return new Candidate(
                counterparty,
                policy,
                items,
                listed,
                currency == null ? null : currency.getCurrencyCode());
    }

    /** Returns the claims to store, one per item, not yet stored. */
    List<DunningClaim> records(Run run) {
        String key = suffix == null ? run.request.runKey() : run.request.runKey() + "." + suffix;
        return items.stream()
                .map(
                        s ->
                                new DunningClaim(
                                        run.company.id().value(),
                                        UUID.randomUUID(),
                                        0,
                                        s.item().invoiceId().value(),
                                        s.level().number(),
                                        counterparty.id().value(),
                                        key,
                                        run.request.asOf(),
                                        s.invoiceNumber(),
                                        s.item().dueDate(),
                                        s.daysPastDue(),
                                        s.item().outstanding().getCurrency().getCurrencyCode(),
                                        s.item()
                                                .outstanding()
                                                .getNumber()
                                                .numberValue(BigDecimal.class),
                                        BigDecimal.ZERO,
                                        false,
                                        DunningClaim.Status.CLAIMED,
                                        List.of()))
                .toList();
    }
}
