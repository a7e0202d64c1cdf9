package io.github.tahsilat.dunning;

/** What a dunning level does when it is sent. */
public enum DunningAction {
    /** Sends a notice to the counterparty. */
    NOTIFY,
    /** Charges the level's fee; implied by every level that has a fee. */
    CHARGE_FEE,
    /** Adds late interest accrued up to the run's as-of date to the notice. */
    ADD_INTEREST,
    /** Hands the item over to a collection agency; the run raises an event for the host. */
    HAND_OVER_TO_AGENCY,
    /** Starts legal follow-up; the run raises an event for the host. */
    LEGAL_FOLLOW_UP
}
