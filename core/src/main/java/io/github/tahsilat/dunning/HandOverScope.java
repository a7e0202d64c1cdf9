package io.github.tahsilat.dunning;

/**
 * The reach of a hand-over in later runs: the items they leave out after a level hands an item over
 * to a collection agency or to legal follow-up. Either way the handed-over item gets no further
 * notice, fee or interest from dunning while it is open, and a run reports it as excluded.
 */
public enum HandOverScope {
    /**
     * Only the handed-over item is left out; the counterparty's other items are dunned as usual.
     */
    ITEM,
    /**
     * Every item of the counterparty is left out while a handed-over item of that counterparty is
     * open. Dunning of the other items resumes once that item is paid, credited or written off.
     */
    COUNTERPARTY
}
