/**
 * Balance confirmation (mutabakat): the document a company sends a counterparty to confirm the
 * balance between them at a date, the counterparty's answer, and the items that explain a
 * difference.
 */
package io.github.tahsilat.confirmation;
