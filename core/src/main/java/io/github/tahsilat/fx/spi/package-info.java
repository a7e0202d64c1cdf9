/**
 * The exchange-rate source a host implements for foreign-currency items, and the rates it returns.
 */
package io.github.tahsilat.fx.spi;
