/**
 * Text folding, reference check digits, entry hashing and the bounded subset-sum search behind bank
 * reconciliation. Not exported from the module.
 */
package io.github.tahsilat.internal.reconciliation;
