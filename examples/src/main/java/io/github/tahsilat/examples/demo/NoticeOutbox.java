package io.github.tahsilat.examples.demo;

import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's {@code email} channel: it delivers every notice, counts the notices per month and
 * dunning level, and writes the first {@value #FILES_KEPT} notices as files to an outbox folder so
 * that a reader can open a few. Not thread-safe: the replay runs dunning on one thread.
 */
final class NoticeOutbox implements NotificationChannel {

    /** The number of notices written as files; the rest are counted only. */
    static final int FILES_KEPT = 20;

    /** The names {@link #write} gives notice files. */
    private static final java.util.regex.Pattern NOTICE_FILE =
            java.util.regex.Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}-level-\\d+-[0-9a-f-]{36}\\.(txt|html)");

    private final Path folder;
    private final Clock clock;
    private final Map<YearMonth, int[]> byMonth = new TreeMap<>();
    private int delivered;

    /**
     * Creates the channel.
     *
     * @param folder the outbox folder, created on the first notice
     * @param clock the replay's clock, which dates each notice
     */
    NoticeOutbox(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public DeliveryResult deliver(RenderedNotice notice) {
        LocalDate today = LocalDate.now(clock);
        if (delivered < FILES_KEPT) {
            try {
                write(notice, today);
            } catch (IOException e) {
                return DeliveryResult.failed("failed to write the notice file: " + e.getMessage());
            }
        }
        int level = Math.max(0, Math.min(DemoResult.LEVELS, notice.level()));
        byMonth.computeIfAbsent(YearMonth.from(today), unused -> new int[DemoResult.LEVELS + 1])[
                level]++;
        delivered++;
        return DeliveryResult.delivered();
    }

    /**
     * Deletes the notice files an earlier run left in the outbox folder, and no other file.
     *
     * @throws UncheckedIOException if the folder cannot be listed or a file cannot be deleted
     */
    void clearEarlierNotices() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (NOTICE_FILE.matcher(file.getFileName().toString()).matches()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("failed to clear the outbox folder " + folder, e);
        }
    }

    /** Returns the notices delivered per month, indexed by level (index 0 for notices without). */
    Map<YearMonth, int[]> byMonth() {
        Map<YearMonth, int[]> copy = new TreeMap<>();
        byMonth.forEach((month, counts) -> copy.put(month, counts.clone()));
        return copy;
    }

    private void write(RenderedNotice notice, LocalDate today) throws IOException {
        String extension = notice.mediaType().equals("text/html") ? ".html" : ".txt";
        String name = today + "-level-" + notice.level() + "-" + notice.noticeId() + extension;
        String content =
                "To: "
                        + notice.recipient()
                        + "\nSubject: "
                        + notice.subject()
                        + "\n\n"
                        + notice.body();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
