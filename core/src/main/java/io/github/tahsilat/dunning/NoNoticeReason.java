package io.github.tahsilat.dunning;

/** Why no dunning level is sent for an item on a run. */
public enum NoNoticeReason {
    /** Nothing is outstanding on the item. */
    NOTHING_OUTSTANDING,
    /** An active {@link DunningBlock} pauses dunning. */
    BLOCKED,
    /** The item is not past due and no friendly reminder level is reached. */
    NOT_YET_DUE,
    /** The item is past due, but within the policy's grace period. */
    WITHIN_GRACE,
    /** The item is past due, but has not reached a level above the last one sent. */
    NEXT_LEVEL_NOT_REACHED,
    /** The overdue amount is below the level's minimum for its currency. */
    BELOW_MINIMUM_AMOUNT,
    /** Fewer days than the level's minimum gap have passed since the previous notice. */
    TOO_SOON_SINCE_LAST_NOTICE,
    /** The item already had the policy's highest level. */
    ALREADY_AT_HIGHEST_LEVEL
}
