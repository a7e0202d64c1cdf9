/**
 * The implementations of the service interfaces, which the engine creates. Each write runs in a
 * transaction through {@link io.github.tahsilat.internal.persistence.StoreContext#write}. Not
 * exported.
 */
package io.github.tahsilat.internal.service;
