/**
 * The domain's internal amount representation: exact minor units in a small value type. Not
 * exported from the module.
 */
package io.github.tahsilat.internal.money;
