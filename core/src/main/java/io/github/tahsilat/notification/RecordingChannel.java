package io.github.tahsilat.notification;

import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A channel for tests that keeps every notice offered to it, with the result it returned.
 *
 * <p>By default every notice is delivered. A test can script outcomes: a queue of results used one
 * per attempt, or a function of the notice. {@link #delivered()} lists the notices whose attempt
 * ended DELIVERED, which is what a counterparty would have received. Thread-safe.
 */
public final class RecordingChannel implements NotificationChannel {

    /**
     * One delivery attempt.
     *
     * @param notice the notice offered
     * @param result what this channel returned
     */
    public record Attempt(RenderedNotice notice, DeliveryResult result) {}

    private final String name;
    private final Deque<DeliveryResult> scripted = new ArrayDeque<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private Function<RenderedNotice, DeliveryResult> outcome = notice -> DeliveryResult.delivered();

    /** Creates a channel with the given name that delivers every notice. */
    public RecordingChannel(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized DeliveryResult deliver(RenderedNotice notice) {
        Objects.requireNonNull(notice, "notice");
        DeliveryResult result = scripted.isEmpty() ? outcome.apply(notice) : scripted.poll();
        attempts.add(new Attempt(notice, result));
        return result;
    }

    /** Queues results to return, one per attempt, before falling back to the outcome function. */
    public synchronized RecordingChannel thenReturn(DeliveryResult... results) {
        for (DeliveryResult result : results) {
            scripted.add(Objects.requireNonNull(result, "result"));
        }
        return this;
    }

    /** Sets the result for attempts that no queued result covers. */
    public synchronized RecordingChannel returning(
            Function<RenderedNotice, DeliveryResult> outcome) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        return this;
    }

    /** Returns every attempt so far, in order. */
    public synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** Returns the notices delivered so far, in order. */
    public synchronized List<RenderedNotice> delivered() {
        return attempts.stream()
                .filter(a -> a.result().status() == DeliveryResult.DeliveryStatus.DELIVERED)
                .map(Attempt::notice)
                .toList();
    }

    /** Returns how many attempts ended DELIVERED for the given notice id. */
    public synchronized long deliveredCount(UUID noticeId) {
        return delivered().stream().filter(n -> n.noticeId().equals(noticeId)).count();
    }

    /** Forgets every attempt and queued result. */
    public synchronized void clear() {
        attempts.clear();
        scripted.clear();
    }
}
