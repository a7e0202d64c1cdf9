package io.github.tahsilat.examples.host;

import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification channel that writes each notice as a file to an outbox folder, where another
 * process (a mail gateway, a print service) picks it up.
 *
 * <p>The file is named by the notice id, which the library keeps the same when it sends a notice
 * again after a crash, so a second delivery of one notice overwrites its own file and never adds a
 * second one. Each file is written to a temporary name first and then moved into place, so a reader
 * never sees half a notice. Thread-safe: deliveries of different notices touch different files.
 */
public final class OutboxChannel implements NotificationChannel {

    private final String name;
    private final Path folder;

    /**
     * Creates the channel.
     *
     * @param name the channel's name, which recipients name, such as {@code "email"}
     * @param folder the outbox folder; created on the first delivery if missing
     * @throws NullPointerException if an argument is {@code null}
     */
    public OutboxChannel(String name, Path folder) {
        this.name = Objects.requireNonNull(name, "name");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public String name() {
        return name;
    }

    /** Returns the file that contains the notice with {@code noticeId}. */
    public Path fileOf(UUID noticeId) {
        return folder.resolve(noticeId + ".txt");
    }

    /**
     * Writes the notice to its file, replacing an earlier copy of the same notice.
     *
     * @return delivered once the file is in place, or failed with the reason when the folder cannot
     *     be written. After a failure the library sends the same notice again on a later run.
     */
    @Override
    public DeliveryResult deliver(RenderedNotice notice) {
        Path target = fileOf(notice.noticeId());
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".notice-", ".tmp");
            Files.writeString(temporary, content(notice), StandardCharsets.UTF_8);
            move(temporary, target);
            return DeliveryResult.delivered();
        } catch (IOException e) {
            return DeliveryResult.failed("failed to write " + target + ": " + e.getMessage());
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(
                    temporary,
                    target,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String content(RenderedNotice notice) {
        return "To: "
                + header(notice.recipient())
                + "\nSubject: "
                + header(notice.subject())
                + "\nContent-Type: "
                + header(notice.mediaType())
                + "\nX-Notice-Id: "
                + notice.noticeId()
                + "\nX-Dunning-Level: "
                + notice.level()
                + "\n\n"
                + notice.body();
    }

    /** Returns {@code value} on one line, so that no text can add a header of its own. */
    private static String header(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
