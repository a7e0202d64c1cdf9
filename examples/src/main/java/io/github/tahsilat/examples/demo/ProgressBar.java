package io.github.tahsilat.examples.demo;

import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * A one-line progress bar redrawn with a carriage return, for a terminal. It redraws only when the
 * percentage changes, and ends its line when the last day is done. Not thread-safe.
 */
final class ProgressBar implements DemoReplay.Progress {

    private static final int WIDTH = 40;

    private final PrintWriter terminal;
    private int shownPercent = -1;

    ProgressBar(PrintWriter terminal) {
        this.terminal = terminal;
    }

    @Override
    public void dayDone(int done, int total, LocalDate day) {
        int percent = (int) (100L * done / total);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = WIDTH * percent / 100;
        terminal.print(
                "\r["
                        + "#".repeat(filled)
                        + " ".repeat(WIDTH - filled)
                        + "] "
                        + percent
                        + "% "
                        + day);
        if (done == total) {
            terminal.println();
        }
        terminal.flush();
    }
}
