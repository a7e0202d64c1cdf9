package io.github.tahsilat.dunning;

/** What a run does when an item has passed more than one level since its last notice. */
public enum SkippedLevels {
    /**
     * Sends only the highest level reached, once. Levels passed over are never sent later and
     * charge no fee. The default.
     */
    SEND_HIGHEST_REACHED,
    /** Sends the next level after the last one sent, so each level goes out in turn. */
    SEND_EACH_IN_TURN
}
