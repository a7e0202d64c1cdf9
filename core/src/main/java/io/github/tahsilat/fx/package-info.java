/**
 * Items in a currency other than the company's functional currency: their carrying amount, the
 * realized exchange difference a payment books, the unrealized difference a revaluation books, and
 * the exchange-difference invoice (kur farkı faturası) a Turkish company issues to charge a
 * difference to its customer.
 *
 * <p>Rates come from the host through {@link io.github.tahsilat.fx.spi.ExchangeRateSource}; {@link
 * io.github.tahsilat.fx.FixedRateTable} serves tests and hosts that keep their own rates, and
 * {@link io.github.tahsilat.fx.Jsr354RateSource} wraps a JSR 354 provider. The library never
 * downloads rates.
 */
package io.github.tahsilat.fx;
