package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.fx.FixedRateTable;
import io.github.tahsilat.fx.ForeignCurrencyBalance;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.service.fx.ItemExchangeDifference;
import io.github.tahsilat.service.fx.Revaluation;
import io.github.tahsilat.service.fx.RevaluationReversal;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;

/**
 * Reversing revaluations restores each item's carrying amount exactly, whatever the amounts and
 * rates, and the differences booked and taken back add up to zero.
 */
class RevaluationPropertiesTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final LocalDate ISSUED = TODAY.minusDays(40);
    private static final LocalDate FIRST = TODAY.minusDays(20);
    private static final LocalDate SECOND = TODAY.minusDays(10);

    @Property(tries = 60)
    void reversalsRestoreCarrying(
            @ForAll @LongRange(min = 1, max = 10_000_000) long cents,
            @ForAll @IntRange(min = 10_000, max = 500_000) int issueRate,
            @ForAll @IntRange(min = 10_000, max = 500_000) int firstRate,
            @ForAll @IntRange(min = 10_000, max = 500_000) int secondRate) {
        FixedRateTable rates =
                FixedRateTable.of(
                        new FxRate(EUR, TRY, BigDecimal.valueOf(issueRate, 4), ISSUED),
                        new FxRate(EUR, TRY, BigDecimal.valueOf(firstRate, 4), FIRST),
                        new FxRate(EUR, TRY, BigDecimal.valueOf(secondRate, 4), SECOND));
        CompanyId companyId = CompanyId.random();
        Tahsilat engine = engine(InMemoryStores.create());
        engine.companies().register(company(companyId));
        Counterparty customer = EngineFixtures.person(companyId);
        engine.counterparties().register(customer);
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number("EXP-1")
                        .direction(Direction.RECEIVABLE)
                        .issueDate(ISSUED)
                        .currency("EUR")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", BigDecimal.valueOf(cents, 2).toPlainString(), "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        ForeignCurrencyBalance recognized =
                engine.exchangeDifferences().carrying(companyId, invoice.id(), rates);

        Revaluation first = engine.exchangeDifferences().revalue(companyId, FIRST, rates);
        Revaluation second = engine.exchangeDifferences().revalue(companyId, SECOND, rates);
        List<ItemExchangeDifference> secondBack = reverse(engine, companyId, second, rates);
        List<ItemExchangeDifference> firstBack = reverse(engine, companyId, first, rates);

        ForeignCurrencyBalance after =
                engine.exchangeDifferences().carrying(companyId, invoice.id(), rates);
        assertThat(after.open()).isEqualTo(recognized.open());
        assertThat(after.carrying()).isEqualTo(recognized.carrying());
        MonetaryAmount net =
                total(first.items())
                        .add(total(second.items()))
                        .add(total(secondBack))
                        .add(total(firstBack));
        assertThat(net.isZero()).as("net difference %s", net).isTrue();
    }

    /**
     * Reverses the revaluation and returns what the reversal booked. A revaluation that changed
     * nothing wrote nothing, so it is not reversed.
     */
    private static List<ItemExchangeDifference> reverse(
            Tahsilat engine, CompanyId companyId, Revaluation revaluation, FixedRateTable rates) {
        if (revaluation.items().isEmpty()) {
            return List.of();
        }
        RevaluationReversal reversal =
                engine.exchangeDifferences()
                        .reverseRevaluation(
                                companyId, revaluation.revaluationId(), TODAY, "test", rates);
        assertThat(reversal.items()).hasSameSizeAs(revaluation.items());
        return reversal.items();
    }

    private static MonetaryAmount total(List<ItemExchangeDifference> items) {
        MonetaryAmount total = Money.of(0, TRY);
        for (ItemExchangeDifference item : items) {
            total = total.add(item.difference().amount());
        }
        return total;
    }
}
