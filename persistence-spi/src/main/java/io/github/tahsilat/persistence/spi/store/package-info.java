/**
 * Store interfaces grouped by concept, and {@link io.github.tahsilat.persistence.spi.store.Stores},
 * the bundle a host hands to the library.
 *
 * <p>Every method takes the company id first, and no query returns another company's records.
 * Stores hold no state of their own outside their backend, and each call joins the transaction
 * active on the calling thread, or runs in its own.
 */
package io.github.tahsilat.persistence.spi.store;
