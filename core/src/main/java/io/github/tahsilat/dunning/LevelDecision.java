package io.github.tahsilat.dunning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    static LevelDecision none(NoNoticeReason reason, long daysPastDue) {
        return new LevelDecision(
                Optional.empty(), REASONS.get(reason.ordinal()), daysPastDue, List.of());
    }

    /** Returns whether a level is sent. */
    public boolean sends() {
        return level.isPresent();
    }
}
