package io.github.tahsilat.examples;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.dunning.DunningBlock;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notice.NoticeLine;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays an accounts-receivable file through the library one day at a time, from the first invoice
 * date to the last settled date, both included. On each day D it issues D's invoices with the due
 * dates of the file, records D's settlements (the whole amount, value date D, designated to the
 * invoice), and then runs dunning as of D.
 *
 * <p>The dunning policy has three levels, at 1, 15 and 30 calendar days past due, with no grace
 * period, fee, interest, minimum amount or minimum gap between notices. An item that passed several
 * levels since its last notice gets the highest one. A disputed invoice is blocked from dunning
 * from its invoice date to its settled date, so it is aged but never dunned. Each customer has one
 * recipient on one channel, so a customer gets at most one notice a day. It gets one on a day when
 * at least one of its items reaches a level it was never sent, and the notice lists all its overdue
 * items that are not disputed.
 *
 * <p>Each call builds its own engine on a new in-memory store, so calls are independent.
 * Thread-safe.
 */
public final class ArReplay {

    private static final Logger LOG = LoggerFactory.getLogger(ArReplay.class);

    /** The days past due at which levels 1, 2 and 3 are reached. */
    static final List<Integer> LEVEL_DAYS = List.of(1, 15, 30);

    private static final String CHANNEL = "outbox";

    private ArReplay() {}

    /**
     * The figures of a replay.
     *
     * @param invoices the number of invoices read
     * @param customers the number of distinct customers
     * @param paid the invoices with nothing outstanding at the end
     * @param paidLate the invoices settled after their due date
     * @param collected the sum of the settlements in USD
     * @param notices the notices delivered, at most one per customer and day
     * @param levels for each level number from 1 to 3, the invoices that reached it on a delivered
     *     notice. An invoice that reached level 3 counts under 1, 2 and 3.
     */
    public record Result(
            int invoices,
            int customers,
            int paid,
            int paidLate,
            MonetaryAmount collected,
            int notices,
            SortedMap<Integer, Integer> levels) {

        /**
         * Checks the fields and copies the levels.
         *
         * @throws NullPointerException if {@code collected} or {@code levels} is {@code null}
         */
        public Result {
            Objects.requireNonNull(collected, "collected");
            levels = Collections.unmodifiableSortedMap(new TreeMap<>(levels));
        }
    }

    /**
     * Returns the dunning policy of the replay: levels at 1, 15 and 30 days past due, and notices
     * that list every overdue item.
     */
    public static DunningPolicy policy() {
        DunningPolicy.Builder policy = DunningPolicy.builder("ar-replay");
        for (int i = 0; i < LEVEL_DAYS.size(); i++) {
            policy.level(DunningLevel.builder(i + 1, LEVEL_DAYS.get(i)).build());
        }
        return policy.listAllOverdueItems(true).build();
    }

    /**
     * Replays {@code invoices}, which need not be sorted.
     *
     * @throws NullPointerException if {@code invoices} is {@code null}
     * @throws io.github.tahsilat.error.TahsilatException if the library rejects an invoice or a
     *     payment, such as two invoices with the same number
     */
    public static Result replay(List<ArInvoice> invoices) {
        Days days = new Days();
        Map<LocalDate, List<ArInvoice>> issued = byDate(invoices, ArInvoice::invoiceDate);
        Map<LocalDate, List<ArInvoice>> settled = byDate(invoices, ArInvoice::settledDate);
        if (!invoices.isEmpty()) {
            LocalDate last = Collections.max(settled.keySet());
            for (LocalDate day = Collections.min(issued.keySet());
                    !day.isAfter(last);
                    day = day.plusDays(1)) {
                days.replay(
                        day,
                        issued.getOrDefault(day, List.of()),
                        settled.getOrDefault(day, List.of()));
            }
        }

        int customers = (int) invoices.stream().map(ArInvoice::customerId).distinct().count();
        int paidLate = (int) invoices.stream().filter(ArInvoice::settledLate).count();
        Result result =
                new Result(
                        invoices.size(),
                        customers,
                        invoices.size() - days.books.openInvoices(),
                        paidLate,
                        days.collected,
                        days.notices,
                        levelCounts(days.reached, days.policy));
        LOG.debug("Replayed {} invoices: {}", invoices.size(), result);
        return result;
    }

    /** The engine of one replay and the figures it has gathered so far. Not thread-safe. */
    private static final class Days {
        final CountingChannel channel = new CountingChannel();
        final ArBooks books = new ArBooks(List.of(channel));
        final DunningPolicy policy = policy();
        final DunningService dunning =
                books.engine().dunning(PolicyBook.builder(policy).build(), Days::recipients);

        /** The highest level each invoice number reached on a delivered notice. */
        final Map<String, Integer> reached = new HashMap<>();

        MonetaryAmount collected = Money.zero(ArBooks.USD);
        int notices;

        /** Issues the day's invoices, records its settlements, and runs dunning as of the day. */
        void replay(LocalDate day, List<ArInvoice> issued, List<ArInvoice> settled) {
            books.moveTo(day);
            for (ArInvoice row : issued) {
                InvoiceId id = books.issue(row);
                if (row.disputed()) {
                    DunningBlock block =
                            new DunningBlock("disputed", row.invoiceDate(), row.settledDate());
                    dunning.block(books.companyId(), id, block);
                }
            }
            for (ArInvoice row : settled) {
                collected = collected.add(books.settle(row));
            }

            DunningRunResult run = dunning.run(DunningRunRequest.of(books.companyId(), day));
            Set<UUID> delivered = channel.takeDelivered();
            notices += delivered.size();
            countLevels(run, delivered, policy, reached);
        }

        private static List<Recipient> recipients(Counterparty counterparty) {
            return List.of(new Recipient(CHANNEL, "customer-" + counterparty.id(), "text/plain"));
        }
    }

    /**
     * Records, for each line of a delivered notice, the level its days past due reach. A line that
     * is only listed belongs to an item that reached no new level, so its days past due reach no
     * more than the level it was sent before, and the maximum does not change.
     */
    private static void countLevels(
            DunningRunResult run,
            Set<UUID> delivered,
            DunningPolicy policy,
            Map<String, Integer> reached) {
        for (Notice notice : run.notices()) {
            if (!delivered.contains(notice.counterpartyId().value())) {
                continue;
            }
            for (NoticeLine line : notice.lines()) {
                int level = levelAt(policy, line.daysPastDue());
                reached.merge(line.invoiceNumber(), level, Math::max);
            }
        }
    }

    private static int levelAt(DunningPolicy policy, long daysPastDue) {
        int level = 0;
        for (DunningLevel candidate : policy.levels()) {
            if (daysPastDue >= candidate.daysPastDue()) {
                level = candidate.number();
            }
        }
        return level;
    }

    private static SortedMap<Integer, Integer> levelCounts(
            Map<String, Integer> reached, DunningPolicy policy) {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        for (DunningLevel level : policy.levels()) {
            int number = level.number();
            counts.put(number, (int) reached.values().stream().filter(l -> l >= number).count());
        }
        return counts;
    }

    private static Map<LocalDate, List<ArInvoice>> byDate(
            List<ArInvoice> invoices, java.util.function.Function<ArInvoice, LocalDate> date) {
        Map<LocalDate, List<ArInvoice>> byDate = new LinkedHashMap<>();
        for (ArInvoice row : invoices) {
            byDate.computeIfAbsent(date.apply(row), d -> new ArrayList<>()).add(row);
        }
        return byDate;
    }

    /**
     * A channel that accepts every notice and keeps the customers it delivered to since the last
     * {@link #takeDelivered}.
     */
    private static final class CountingChannel implements NotificationChannel {
        private final Set<UUID> delivered = new HashSet<>();

        @Override
        public String name() {
            return CHANNEL;
        }

        @Override
        public synchronized DeliveryResult deliver(RenderedNotice notice) {
            delivered.add(notice.counterpartyId());
            return DeliveryResult.delivered();
        }

        synchronized Set<UUID> takeDelivered() {
            Set<UUID> customers = Set.copyOf(delivered);
            delivered.clear();
            return customers;
        }
    }
}
