package io.github.tahsilat.notification.spi;

/**
 * A way to deliver rendered notices to counterparties, such as e-mail, SMS, a letter queue or a
 * host's own inbox. Hosts implement it; the library calls it.
 *
 * <p>The library calls {@link #deliver} outside any storage transaction and records the result
 * afterwards, so a channel may be slow or fail without corrupting stored state. A notice that
 * failed is offered again by a later run with the same {@link RenderedNotice#noticeId()}, so a
 * channel that may have delivered it already can drop the duplicate. Implementations must be
 * thread-safe.
 */
public interface NotificationChannel {

    /**
     * Returns the channel's name, unique among the channels given to one engine, for example {@code
     * "email"}. It is stored with every delivery result.
     */
    String name();

    /**
     * Delivers one notice.
     *
     * @param notice the rendered notice; never {@code null}
     * @return {@link DeliveryResult#delivered()} once the channel has accepted the notice, {@link
     *     DeliveryResult#failed(String)} for a failure worth retrying later, or {@link
     *     DeliveryResult#rejected(String)} for one that no retry can fix, such as an invalid
     *     address
     * @throws RuntimeException any exception counts as a failure worth retrying. The library logs
     *     it with the notice and counterparty ids and goes on with other notices.
     */
    DeliveryResult deliver(RenderedNotice notice);
}
