/**
 * A scenario kit for dunning: given invoices and payments, when a run is on a date, then these
 * notices and fees, against the in-memory store and a clock the scenario moves.
 */
package io.github.tahsilat.testkit.scenario;
