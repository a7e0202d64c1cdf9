/** The dunning run behind {@link io.github.tahsilat.service.dunning.DunningService}. */
package io.github.tahsilat.internal.dunning;
