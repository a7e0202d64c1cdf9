package io.github.tahsilat.internal.persistence;

/**
 * The outcome of an idempotent insert.
 *
 * @param value the stored view
 * @param created {@code true} if this call wrote it, {@code false} if an earlier request with the
 *     same idempotency key did
 * @param <T> the stored view
 */
public record Written<T>(T value, boolean created) {}
