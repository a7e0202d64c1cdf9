/**
 * Allocation of money to open items: which items a payment or a credit settles, in which order, and
 * how much of each item's fee, interest and principal.
 *
 * <p>{@link io.github.tahsilat.allocation.Allocator} is a pure, deterministic function of the
 * amount, the value date, the payer's designations, the items and an {@link
 * io.github.tahsilat.allocation.AllocationPolicy}. It reads the oldest-first items lazily and stops
 * when the money runs out, so its cost follows the items it touches. A host that keeps its open
 * items as arrays of minor units and epoch days wraps them in {@link
 * io.github.tahsilat.allocation.CompactOpenItems} and allocates oldest first with {@link
 * io.github.tahsilat.allocation.Allocator#allocateOldestFirst(long,
 * io.github.tahsilat.allocation.CompactOpenItems, int, int, long[])}, which builds no object per
 * item.
 */
package io.github.tahsilat.allocation;
