/**
 * The instrument service of the engine: receives post-dated cheques and promissory notes, allocates
 * them provisionally, and records their clearing, bounce, endorsement and bank steps, each in one
 * transaction with its ledger entries and events.
 */
package io.github.tahsilat.service.instrument;
