/**
 * The in-memory storage backend: {@link io.github.tahsilat.persistence.memory.InMemoryStores}
 * creates thread-safe stores that keep the whole SPI contract on the heap, for examples, tests and
 * small embedded uses.
 */
package io.github.tahsilat.persistence.memory;
