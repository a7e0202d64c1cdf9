/**
 * What the engine's services share: the {@link io.github.tahsilat.service.Actor} that writes are
 * recorded for, the stored views that reads return (a domain value with its stored version and
 * bookkeeping), and the exceptions named for what failed in the store.
 *
 * <p>The services themselves are in one package per domain concept: {@code service.company}, {@code
 * service.counterparty}, {@code service.invoice} and {@code service.credit}. A host gets them from
 * {@link io.github.tahsilat.engine.Tahsilat}.
 */
package io.github.tahsilat.service;
