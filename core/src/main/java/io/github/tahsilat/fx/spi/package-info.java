/** The exchange-rate source a host implements for foreign-currency items. */
package io.github.tahsilat.fx.spi;
