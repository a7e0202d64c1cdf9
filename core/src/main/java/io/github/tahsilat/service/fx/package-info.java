/**
 * The exchange-difference service of the engine: the carrying amount of foreign-currency items in
 * the company's functional currency, the revaluation that books unrealized differences on their
 * open part, and the difference booked on one item.
 */
package io.github.tahsilat.service.fx;
