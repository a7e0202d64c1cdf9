package io.github.tahsilat.dunning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The outcome of deciding the next dunning level for one item: a level to send, or the reason none
 * is sent.
 *
 * @param level the level to send, or empty
 * @param reason why nothing is sent; present exactly when {@code level} is empty
 * @param daysPastDue the days past due the decision used, by the policy's {@link DayCounting}
 * @param skipped the levels passed over that will never be sent, in order; empty unless a level is
 *     sent under {@link SkippedLevels#SEND_HIGHEST_REACHED}
 */
public record LevelDecision(
        Optional<DunningLevel> level,
        Optional<NoNoticeReason> reason,
        long daysPastDue,
        List<DunningLevel> skipped) {

    /** Every reason wrapped once, so that a decision without a level allocates only itself. */
    private static final List<Optional<NoNoticeReason>> REASONS = wrapReasons();

    private static List<Optional<NoNoticeReason>> wrapReasons() {
        List<Optional<NoNoticeReason>> wrapped = new ArrayList<>();
        for (NoNoticeReason reason : NoNoticeReason.values()) {
            wrapped.add(Optional.of(reason));
        }
        return List.copyOf(wrapped);
    }

    /**
     * Checks that exactly one of level and reason is present.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if both or neither of {@code level} and {@code reason} are
     *     present
     */
    public LevelDecision {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
        skipped = List.copyOf(skipped);
        if (level.isPresent() == reason.isPresent()) {
            throw new IllegalArgumentException("a decision has a level or a reason, not both");
        }
    }

    static LevelDecision send(DunningLevel level, long daysPastDue, List<DunningLevel> skipped) {
        return new LevelDecision(Optional.of(level), Optional.empty(), daysPastDue, skipped);
    }

    /** The largest number of days past due, or before due, whose decisions are shared. */
    private static final int CACHED_DAYS = 400;

    /**
     * The decisions without a level for every reason and for days past due from {@code
     * -CACHED_DAYS} to {@code CACHED_DAYS}, created on first use. Most items of a run are not due
     * or reach no new level, and sharing their equal decisions saves an object per item.
     */
    private static final AtomicReferenceArray<LevelDecision> NONE =
            new AtomicReferenceArray<>(NoNoticeReason.values().length * (2 * CACHED_DAYS + 1));

    static LevelDecision none(NoNoticeReason reason, long daysPastDue) {
        if (daysPastDue < -CACHED_DAYS || daysPastDue > CACHED_DAYS) {
            return create(reason, daysPastDue);
        }
        int at = reason.ordinal() * (2 * CACHED_DAYS + 1) + (int) daysPastDue + CACHED_DAYS;
        LevelDecision cached = NONE.get(at);
        if (cached == null) {
            // Two threads may both create the decision, and either result equals the other.
            cached = create(reason, daysPastDue);
            NONE.set(at, cached);
        }
        return cached;
    }

    private static LevelDecision create(NoNoticeReason reason, long daysPastDue) {
        return new LevelDecision(
                Optional.empty(), REASONS.get(reason.ordinal()), daysPastDue, List.of());
    }

    /** Returns whether a level is sent. */
    public boolean sends() {
        return level.isPresent();
    }
}
