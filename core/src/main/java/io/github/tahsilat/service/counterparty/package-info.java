/**
 * The counterparty service: registration, optimistic updates, holds, lookups by IBAN and tax id,
 * and the erasure of a natural person's data under KVKK and the GDPR.
 */
package io.github.tahsilat.service.counterparty;
