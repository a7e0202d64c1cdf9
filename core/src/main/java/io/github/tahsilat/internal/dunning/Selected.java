package io.github.tahsilat.internal.dunning;

import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.service.OpenItem;

/** An item a run selected, with the level to send. */
record Selected(OpenItem item, DunningLevel level, long daysPastDue, String invoiceNumber) {}
