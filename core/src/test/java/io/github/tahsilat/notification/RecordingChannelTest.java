package io.github.tahsilat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.DeliveryResult.DeliveryStatus;
import io.github.tahsilat.notification.spi.RenderedNotice;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordingChannelTest {

    static RenderedNotice notice(UUID id) {
        return new RenderedNotice(
                id,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "ayse@example.com",
                Locale.forLanguageTag("tr-TR"),
                "text/plain",
                "Hatırlatma",
                "Sayın Ayşe Yılmaz, ...",
                "DUNNING",
                1,
                2);
    }

    @Nested
    class Recording {

        @Test
        void deliversByDefault() {
            RecordingChannel channel = new RecordingChannel("email");
            UUID id = UUID.randomUUID();

            DeliveryResult result = channel.deliver(notice(id));

            assertThat(result.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(channel.deliveredCount(id)).isEqualTo(1);
        }

        @Test
        void scriptedResultsUsedInOrder() {
            RecordingChannel channel =
                    new RecordingChannel("email")
                            .thenReturn(
                                    DeliveryResult.failed("timed out"),
                                    DeliveryResult.rejected("no such mailbox"));
            UUID id = UUID.randomUUID();

            DeliveryResult first = channel.deliver(notice(id));
            DeliveryResult second = channel.deliver(notice(id));
            DeliveryResult third = channel.deliver(notice(id));

            assertThat(first.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(second.status()).isEqualTo(DeliveryStatus.REJECTED);
            assertThat(third.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(channel.attempts()).hasSize(3);
            assertThat(channel.delivered()).hasSize(1);
        }
    }

    @Nested
    class Results {

        @Test
        void failureNeedsReason() {
            assertThatThrownBy(() -> DeliveryResult.failed(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FAILED")
                    .hasMessageContaining("reason");
        }

        @Test
        void noticeTextOmitsPersonalData() {
            String text = notice(UUID.randomUUID()).toString();

            assertThat(text).doesNotContain("ayse@example.com");
            assertThat(text).doesNotContain("Ayşe");
            assertThat(text).contains("level=1");
        }

        @Test
        void loggingChannelCountsNotices() {
            LoggingChannel channel = new LoggingChannel("log");

            channel.deliver(notice(UUID.randomUUID()));
            channel.deliver(notice(UUID.randomUUID()));

            assertThat(channel.count()).isEqualTo(2);
        }
    }
}
