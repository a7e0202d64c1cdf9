/**
 * Abstract JUnit 5 contract tests. A host extends them with its own store to prove that the store
 * meets every rule of the persistence SPI.
 */
package io.github.tahsilat.testkit;
