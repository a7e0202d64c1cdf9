package io.github.tahsilat.persistence.memory;

import java.util.ArrayList;
import java.util.List;

/** The inverse actions of a transaction's writes, replayed newest first on rollback. */
final class UndoLog {

    private final List<Runnable> actions = new ArrayList<>();

    void add(Runnable inverse) {
        actions.add(inverse);
    }

    int mark() {
        return actions.size();
    }

    /**
     * Runs the actions logged after {@code mark}, newest first, and removes them. Every action runs
     * even when an earlier one throws, because an action that stopped the loop would leave the
     * older writes in place. The first failure is then rethrown with the later ones suppressed.
     */
    void rollbackTo(int mark) {
        RuntimeException failure = null;
        for (int i = actions.size() - 1; i >= mark; i--) {
            try {
                actions.remove(i).run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    void rollback() {
        rollbackTo(0);
    }
}
