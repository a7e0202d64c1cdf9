/**
 * The exchange-difference service of the engine: the carrying amount of foreign-currency items in
 * the company's functional currency, the revaluation that books unrealized differences on their
 * open part, and the values that a payment with realized differences returns.
 */
package io.github.tahsilat.service.fx;
