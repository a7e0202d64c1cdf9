/**
 * Dunning policies as plain values: ordered {@link io.github.tahsilat.dunning.DunningLevel levels}
 * with thresholds, minimum amounts, fees and actions, the {@link
 * io.github.tahsilat.dunning.DunningPolicy policy} settings around them, the {@link
 * io.github.tahsilat.dunning.PolicyBook assignment} of policies to counterparties, a line-based
 * {@link io.github.tahsilat.dunning.PolicyText text form}, and the pure {@link
 * io.github.tahsilat.dunning.LevelDecider decision} of the next level to send for one item.
 *
 * <p>Nothing here sends, stores or books anything: a dunning run calls these functions and then
 * acts on their results.
 */
package io.github.tahsilat.dunning;
