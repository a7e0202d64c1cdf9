package io.github.tahsilat.dunning;

/** Whether a dunning fee is charged once per notice or once per item on the notice. */
public enum FeeBasis {
    /** One fee per notice, however many items it lists; a percentage is of the items' total. */
    PER_NOTICE,
    /** One fee for each item on the notice; a percentage is of that item's outstanding amount. */
    PER_ITEM
}
