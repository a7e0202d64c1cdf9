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

    void rollbackTo(int mark) {
        for (int i = actions.size() - 1; i >= mark; i--) {
            actions.remove(i).run();
        }
    }

    void rollback() {
        rollbackTo(0);
    }
}
