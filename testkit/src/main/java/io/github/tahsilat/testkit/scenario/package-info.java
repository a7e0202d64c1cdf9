/**
 * Scenario kits that run through the engine. {@link
 * io.github.tahsilat.testkit.scenario.DunningScenario} writes dunning cases (given invoices and
 * payments, when a run is on a date, then these notices and fees) against the in-memory store and a
 * clock the scenario moves. The abstract scenario tests, such as {@link
 * io.github.tahsilat.testkit.scenario.InstrumentScenarioTest}, run fixed cases on the stores that a
 * backend returns from {@code newStores()}.
 */
package io.github.tahsilat.testkit.scenario;
