package io.github.tahsilat.service.dunning;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.dunning.DunningBlock;
import io.github.tahsilat.invoice.InvoiceId;

/**
 * Runs dunning for a company. Get it from {@link io.github.tahsilat.engine.Tahsilat#dunning}.
 *
 * <p>Each (item, level) pair is claimed once in the store before its notice goes out, so runs
 * repeated on one day, or run at the same time against one store, send nothing twice and charge
 * nothing twice. Channels are called outside any transaction. A notice counts as sent when a
 * channel reports it delivered, and the level's fee is booked in the ledger in the transaction that
 * records the delivery. A failed delivery is retried by the next run with the same notice id, and a
 * claim left without a result is retried once its lease expires. Thread-safe.
 */
public interface DunningService {

    /**
     * The type of the event a run appends when the date of a promise to pay passes without the
     * promised amount. Its payload contains the invoice id, the pay-by date and the amount.
     */
    String PROMISE_BROKEN = "PromiseToPayBroken";

    /**
     * The type of the event a run appends when a level that hands an item over to a collection
     * agency or legal follow-up is first delivered, in the transaction that records the delivery.
     * Its payload contains the invoice id and number, the counterparty id, the level, the actions
     * (comma-separated names) and the run key.
     */
    String HANDED_OVER = "DunningHandedOver";

    /**
     * Runs dunning: retries notices that failed before, selects the overdue items, claims the next
     * level of each, and delivers one notice per counterparty on each of its recipients' channels.
     * A dry run returns the result it would produce and writes and sends nothing.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if {@code request} is {@code null}
     * @throws io.github.tahsilat.service.NotFoundException if the company is not stored
     */
    DunningRunResult run(DunningRunRequest request);

    /**
     * Splits a run into {@code count} work units that instances can run apart, in any order and at
     * the same time: the same as {@link DunningUnit#split}. Running every unit once has the effect
     * of one {@link #run}: the same notices, with the same ids, and the same fees.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if {@code request} is {@code null} or
     *     {@code count} is not from 1 to {@value DunningUnit#MAX_COUNT}
     */
    java.util.List<DunningUnit> units(DunningRunRequest request, int count);

    /**
     * Runs one work unit: a {@link #run} limited to the unit's counterparties, for retries,
     * selection, claims and deliveries alike. The result lists only those counterparties, and is
     * stored as dunning history like a run's.
     *
     * <p>A unit is idempotent. Its claims go through the store's uniqueness rule, one transaction
     * per notice, so a unit run again, or by two instances at once, sends each notice and books
     * each fee once. A notice whose items another run claimed first is left to that run. A claim
     * whose result was never recorded may be in flight on another instance, or left by a crash: its
     * lease ({@link io.github.tahsilat.engine.Tahsilat.Builder#dunningLease}) keeps every run from
     * retrying it until the lease expires. After that, the first run or unit that reaches it, of
     * any run key, sends it again under the same notice id.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if {@code unit} is {@code null}
     * @throws io.github.tahsilat.service.NotFoundException if the company is not stored
     */
    DunningRunResult runUnit(DunningUnit unit);

    /**
     * Pauses dunning on an invoice for the days of {@code block}; it lapses by itself the day
     * after.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if an argument is {@code null}
     * @throws io.github.tahsilat.service.NotFoundException if the company or invoice is not stored
     */
    void block(CompanyId companyId, InvoiceId invoiceId, DunningBlock block);

    /**
     * Records the counterparty's promise to pay {@code amount} on an invoice by {@code payBy}. Runs
     * leave the invoice out up to and including that date. The first run after it judges the
     * promise: kept when the invoice's outstanding amount on {@code payBy} was lower by at least
     * {@code amount} than when the promise was made, else broken, with a {@link #PROMISE_BROKEN}
     * event. Only payments, credits, discounts and write-offs with a value date on or before {@code
     * payBy} count. Either way dunning resumes on what is left.
     *
     * @return the promise's id
     * @throws io.github.tahsilat.error.InvalidInputException if an argument is {@code null}, the
     *     amount is not positive or has more decimals than its currency, or {@code payBy} is before
     *     the company's today
     * @throws io.github.tahsilat.error.CurrencyMismatchException if the amount is in another
     *     currency than the invoice
     * @throws io.github.tahsilat.service.NotFoundException if the company or invoice is not stored
     */
    java.util.UUID promise(
            CompanyId companyId,
            InvoiceId invoiceId,
            java.time.LocalDate payBy,
            javax.money.MonetaryAmount amount);
}
