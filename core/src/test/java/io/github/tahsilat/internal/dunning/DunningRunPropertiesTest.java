package io.github.tahsilat.internal.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notification.RecordingChannel;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DunningRunPropertiesTest {

    /** One step: a run some days after the last, a payment, or a scripted delivery outcome. */
    private record Step(String kind, int value) {}

    @Property(tries = 40)
    void noLevelArrivesTwiceAndFeesMatchDeliveredNotices(@ForAll("steps") List<Step> steps) {
        DunningFixture fixture = new DunningFixture(InMemoryStores.create());
        Counterparty first = fixture.customer("Ege Boya Ltd.");
        Counterparty second = fixture.customer("Marmara Kimya A.Ş.");
        fixture.invoice(first, "A", "500.00");
        fixture.invoice(second, "B", "300.00");
        RecordingChannel email = new RecordingChannel("email");
        DefaultDunningService service = fixture.service(List.of(email), RunHook.NONE);
        Map<UUID, Notice> notices = new HashMap<>();
        LocalDate day = DunningFixture.DUE;

        for (Step step : steps) {
            switch (step.kind()) {
                case "run" -> {
                    day = day.plusDays(step.value());
                    service.run(DunningRunRequest.of(fixture.companyId, day))
                            .notices()
                            .forEach(n -> notices.put(n.noticeId("email"), n));
                }
                case "pay" -> pay(fixture, first, step.value());
                case "fail" -> email.thenReturn(DeliveryResult.failed("timeout"));
                default -> email.thenReturn(DeliveryResult.rejected("no mailbox"));
            }
        }

        Set<String> levels = new HashSet<>();
        Set<UUID> delivered = new HashSet<>();
        for (RenderedNotice notice : email.delivered()) {
            assertThat(levels.add(notice.counterpartyId() + "/" + notice.level())).isTrue();
            delivered.add(notice.noticeId());
        }
        BigDecimal accepted =
                delivered.stream()
                        .map(id -> notices.get(id).feesTotal().getNumber())
                        .map(n -> n.numberValue(BigDecimal.class))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal booked = fixture.feesBooked(first).add(fixture.feesBooked(second));
        assertThat(booked).isEqualByComparingTo(accepted);
    }

    private static void pay(DunningFixture fixture, Counterparty customer, int amount) {
        Payment payment =
                Payment.builder()
                        .companyId(fixture.companyId)
                        .counterpartyId(customer.id())
                        .valueDate(DunningFixture.DUE)
                        .amount(DunningFixture.eur(amount + ".00"))
                        .actor("clerk")
                        .build();
        fixture.engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> run = Arbitraries.integers().between(0, 6).map(d -> new Step("run", d));
        Arbitrary<Step> pay = Arbitraries.integers().between(1, 150).map(a -> new Step("pay", a));
        Arbitrary<Step> fail = Arbitraries.just(new Step("fail", 0));
        Arbitrary<Step> reject = Arbitraries.just(new Step("reject", 0));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, run),
                        net.jqwik.api.Tuple.of(1, pay),
                        net.jqwik.api.Tuple.of(2, fail),
                        net.jqwik.api.Tuple.of(1, reject))
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }
}
