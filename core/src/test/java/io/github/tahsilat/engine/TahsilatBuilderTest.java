package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.notification.RecordingChannel;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.service.Actor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TahsilatBuilderTest {

    @Nested
    class MissingParts {

        @Test
        void missingStoresNamesFix() {
            Tahsilat.Builder builder = Tahsilat.builder().clock(CLOCK);

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing stores;")
                    .hasMessageContaining("call stores(InMemoryStores.create())")
                    .hasMessageContaining("or pass your own implementation");
        }

        @Test
        void missingClockNamesFix() {
            Tahsilat.Builder builder = Tahsilat.builder().stores(InMemoryStores.create());

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing clock;")
                    .hasMessageContaining("call clock(");
        }

        @Test
        void nullStoresRejectedAtOnce() {
            assertThatThrownBy(() -> Tahsilat.builder().stores(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing stores;");
        }
    }

    @Nested
    class Options {

        @Test
        void storesSetTwiceRejected() {
            Tahsilat.Builder builder = Tahsilat.builder().stores(InMemoryStores.create());

            assertThatThrownBy(() -> builder.stores(InMemoryStores.create()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("stores was already set");
        }

        @Test
        void clockSetTwiceRejected() {
            Tahsilat.Builder builder = Tahsilat.builder().clock(CLOCK);

            assertThatThrownBy(() -> builder.clock(CLOCK))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("clock was already set");
        }

        @Test
        void settingsSetTwiceRejected() {
            Tahsilat.Builder builder = Tahsilat.builder().settings(TahsilatSettings.defaults());

            assertThatThrownBy(() -> builder.settings(TahsilatSettings.defaults()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("settings was already set");
        }

        @Test
        void channelNamesMustDiffer() {
            Tahsilat.Builder builder =
                    Tahsilat.builder().notificationChannel(new RecordingChannel("email"));

            assertThatThrownBy(() -> builder.notificationChannel(new RecordingChannel("email")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid notificationChannel.name: email");
        }

        @Test
        void defaultsFilledIn() {
            Tahsilat engine =
                    Tahsilat.builder().stores(InMemoryStores.create()).clock(CLOCK).build();

            assertThat(engine.actor()).isEqualTo(Tahsilat.DEFAULT_SYSTEM_ACTOR);
            assertThat(engine.settings().calendars()).containsKey(TahsilatSettings.WEEKENDS_ONLY);
            assertThat(engine.notificationChannels()).isEmpty();
        }

        @Test
        void channelsKeptInOrder() {
            NotificationChannel sms = new NamedChannel("sms");
            Tahsilat engine =
                    Tahsilat.builder()
                            .stores(InMemoryStores.create())
                            .clock(CLOCK)
                            .notificationChannel(new RecordingChannel("email"))
                            .notificationChannel(sms)
                            .build();

            assertThat(engine.notificationChannels())
                    .extracting(NotificationChannel::name)
                    .containsExactly("email", "sms");
            assertThat(engine.notificationChannel("sms")).containsSame(sms);
        }

        @Test
        void actingAsKeepsOriginal() {
            Tahsilat engine =
                    Tahsilat.builder()
                            .stores(InMemoryStores.create())
                            .clock(CLOCK)
                            .systemActor(Actor.system("nightly"))
                            .build();

            Tahsilat user = engine.actingAs(Actor.user("u-42"));

            assertThat(user.actor()).isEqualTo(Actor.user("u-42"));
            assertThat(engine.actor()).isEqualTo(Actor.system("nightly"));
            assertThat(user.stores()).isSameAs(engine.stores());
        }
    }

    private record NamedChannel(String name) implements NotificationChannel {
        @Override
        public DeliveryResult deliver(RenderedNotice notice) {
            return DeliveryResult.delivered();
        }
    }
}
