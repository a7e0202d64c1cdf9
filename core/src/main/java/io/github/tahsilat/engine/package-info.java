/**
 * The entry point a host builds once: {@link io.github.tahsilat.engine.Tahsilat}, with the host's
 * stores, notification channels, clock, system actor and {@link
 * io.github.tahsilat.engine.TahsilatSettings}, and the services it hands out.
 */
package io.github.tahsilat.engine;
