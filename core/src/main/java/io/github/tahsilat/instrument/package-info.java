/**
 * Negotiable instruments a counterparty gives instead of money: post-dated cheques (çek) and
 * promissory notes (senet), with every step from receipt to clearing, bouncing, endorsement or
 * deposit at a bank.
 *
 * <p>An {@link io.github.tahsilat.instrument.Instrument} is a value whose steps return the next
 * state; the counterparty ledger in {@code io.github.tahsilat.ledger} books what each step does to
 * the account.
 */
package io.github.tahsilat.instrument;
