package io.github.tahsilat.examples.host;

import io.github.tahsilat.calendar.TurkeyCalendar;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.dunning.PolicyText;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A host application in a few lines: the engine over the in-memory store, with an {@link
 * OutboxChannel} that writes every dunning notice to a folder, and a dunning policy written in the
 * library's policy text.
 *
 * <p>Companies may use the Turkey holiday calendar, registered under the id {@code TR}. A
 * counterparty with an e-mail address gets its notices addressed there; one without gets none, and
 * the dunning run reports it as excluded. Thread-safe, as the engine is.
 */
public final class OutboxHost {

    /** The host's dunning policy: a reminder a week after due, a second one a week later. */
    static final String POLICY =
            """
            policy outbox-host
            level 1 after 7 days template reminder-1
            level 2 after 14 days gap 7 days template reminder-2
            """;

    private final Tahsilat tahsilat;
    private final DunningService dunning;

    /**
     * Wires the library.
     *
     * @param outbox the folder notices are written to
     * @param clock the clock of every write
     * @throws NullPointerException if an argument is {@code null}
     */
    public OutboxHost(Path outbox, Clock clock) {
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(clock, "clock");
        this.tahsilat =
                Tahsilat.builder()
                        .stores(InMemoryStores.create())
                        .clock(clock)
                        .systemActor(Actor.system("outbox-host"))
                        .settings(
                                TahsilatSettings.defaults()
                                        .withCalendar("TR", TurkeyCalendar.create()))
                        .notificationChannel(new OutboxChannel("email", outbox))
                        .build();
        this.dunning =
                tahsilat.dunning(
                        PolicyBook.builder(PolicyText.parse(POLICY)).build(),
                        OutboxHost::recipients);
    }

    /** Returns the engine, for registering companies, customers, invoices and payments. */
    public Tahsilat tahsilat() {
        return tahsilat;
    }

    /**
     * Runs dunning for the company as of {@code day}. Running it again for the same day sends
     * nothing twice.
     */
    public DunningRunResult remind(CompanyId companyId, LocalDate day) {
        return dunning.run(DunningRunRequest.of(companyId, day));
    }

    private static List<Recipient> recipients(Counterparty counterparty) {
        return counterparty
                .contactDetails()
                .email()
                .map(address -> List.of(new Recipient("email", address, "text/plain")))
                .orElse(List.of());
    }
}
