package io.github.tahsilat.notification;

import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel for demos that logs each notice and delivers it nowhere.
 *
 * <p>It logs at INFO only the notice, company and counterparty ids, the purpose, the level and the
 * number of lines, never the recipient, the subject or the body, which may hold a person's data.
 * Thread-safe.
 */
public final class LoggingChannel implements NotificationChannel {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingChannel.class);

    private final String name;
    private final AtomicLong count = new AtomicLong();

    /** Creates a channel with the given name. */
    public LoggingChannel(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DeliveryResult deliver(RenderedNotice notice) {
        long number = count.incrementAndGet();
        LOG.info(
                "notice {} #{} company={} counterparty={} purpose={} level={} lines={}",
                notice.noticeId(),
                number,
                notice.companyId(),
                notice.counterpartyId(),
                notice.purpose(),
                notice.level(),
                notice.lineCount());
        return DeliveryResult.delivered();
    }

    /** Returns how many notices this channel has logged. */
    public long count() {
        return count.get();
    }
}
