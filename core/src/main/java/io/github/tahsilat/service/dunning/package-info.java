/**
 * Dunning runs: select a company's overdue items, send each counterparty one notice per run on its
 * channels, charge the level's fees once per item and level, and keep the run's history.
 */
package io.github.tahsilat.service.dunning;
