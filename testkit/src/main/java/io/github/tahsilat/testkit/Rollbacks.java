package io.github.tahsilat.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.TransactionRunner;

/** The rollback step that the contract tests share. Stateless. */
final class Rollbacks {

    private Rollbacks() {}

    /**
     * Runs {@code writes} in a transaction that then throws, and checks that the runner passes that
     * exception on unchanged. The caller then checks that no write of {@code writes} is visible.
     */
    static void runAndRollBack(TransactionRunner transactions, Runnable writes) {
        IllegalStateException abort = new IllegalStateException("abort");

        assertThatThrownBy(
                        () ->
                                transactions.inTransaction(
                                        () -> {
                                            writes.run();
                                            throw abort;
                                        }))
                .isSameAs(abort);
    }
}
