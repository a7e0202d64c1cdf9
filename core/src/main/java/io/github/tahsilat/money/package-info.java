/**
 * Money at the API: rounding to the currency's minor unit and splitting an amount into parts that
 * add up to the whole. Amounts are {@link javax.money.MonetaryAmount} values.
 */
package io.github.tahsilat.money;
