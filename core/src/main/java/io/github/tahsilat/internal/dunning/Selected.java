package io.github.tahsilat.internal.dunning;

import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.service.OpenItem;

/**
 * An item a run selected, with the level to send.
 *
 * @param invoiceNumber the item's invoice number, {@code null} until the run has read the numbers
 *     of all its selected items
 */
record Selected(OpenItem item, DunningLevel level, long daysPastDue, String invoiceNumber) {

    Selected withNumber(String number) {
        return new Selected(item, level, daysPastDue, number);
    }
}
