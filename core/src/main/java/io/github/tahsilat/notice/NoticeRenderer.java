package io.github.tahsilat.notice;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.notice.spi.NoticeTemplate;
import io.github.tahsilat.notice.spi.NoticeTemplates;
import io.github.tahsilat.notice.spi.TemplateEngine;
import io.github.tahsilat.notice.spi.TemplateException;
import io.github.tahsilat.notification.spi.RenderedNotice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * Renders a {@link Notice} into one {@link RenderedNotice} per recipient, in the counterparty's
 * language and the recipient's media type.
 *
 * <p>The model passed to a template contains these strings: {@code company}, {@code counterparty},
 * {@code level}, {@code asOf}, {@code payBy}, {@code itemsTotal}, {@code feesTotal}, {@code
 * interestTotal}, {@code total} and {@code reference}; and these lists: {@code items} (each with
 * {@code invoice}, {@code dueDate}, {@code daysPastDue}, {@code amount}), {@code fees} ({@code
 * invoice}, empty for a per-notice fee, {@code description} and {@code amount}), {@code interest}
 * ({@code invoice}, {@code from}, {@code to}, {@code amount}) and {@code accounts} ({@code bank},
 * {@code iban} in print form). Amounts and dates are formatted for the locale: {@code 1.234,56 TL}
 * and {@code 04.12.2026} in Turkish, {@code TRY 1,234.56} and {@code 4 Dec 2026} in English. The
 * subject is rendered as plain text with line breaks turned into spaces. Immutable and thread-safe
 * when the templates and engine are.
 */
public final class NoticeRenderer {

    private static final String PURPOSE = "DUNNING";

    private final NoticeTemplates templates;
    private final TemplateEngine engine;

    private NoticeRenderer(NoticeTemplates templates, TemplateEngine engine) {
        this.templates = InputChecks.present(templates, "templates", "a template source");
        this.engine = InputChecks.present(engine, "engine", "a template engine");
    }

    /** Returns a renderer with the shipped templates and the placeholder engine. */
    public static NoticeRenderer withDefaults() {
        return new NoticeRenderer(new DefaultNoticeTemplates(), new PlaceholderTemplateEngine());
    }

    /**
     * Returns a renderer with a host's templates and engine.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    public static NoticeRenderer of(NoticeTemplates templates, TemplateEngine engine) {
        return new NoticeRenderer(templates, engine);
    }

    /**
     * Renders {@code notice} once per recipient with the notice's template. Every recipient on one
     * channel gets the same notice id, {@link Notice#noticeId(String)}.
     *
     * @param notice the notice
     * @param company the company that sends it, whose legal name the notice prints
     * @param counterparty the counterparty, whose name and locale the notice uses
     * @param recipients the recipients, possibly empty
     * @return the rendered notices in recipient order
     * @throws InvalidInputException if an argument is {@code null}, or the company or counterparty
     *     is not the notice's
     * @throws TemplateException if no template exists for the notice's template name and a
     *     recipient's media type, or the template is malformed
     */
    public List<RenderedNotice> render(
            Notice notice, Company company, Counterparty counterparty, List<Recipient> recipients) {
        InputChecks.present(notice, "notice", "a notice");
        InputChecks.present(company, "company", "the notice's company");
        InputChecks.present(counterparty, "counterparty", "the notice's counterparty");
        if (!company.id().equals(notice.companyId())) {
            throw new InvalidInputException(
                    "company", company.id(), "company " + notice.companyId());
        }
        if (!counterparty.id().equals(notice.counterpartyId())) {
            throw new InvalidInputException(
                    "counterparty", counterparty.id(), "counterparty " + notice.counterpartyId());
        }
        Locale locale = counterparty.locale();
        Map<String, Object> model = model(notice, company, counterparty, locale);
        List<RenderedNotice> rendered = new ArrayList<>();
        for (Recipient recipient : InputChecks.distinctList(recipients, "recipients")) {
            NoticeTemplate template =
                    templates
                            .find(notice.template(), locale, recipient.mediaType())
                            .orElseThrow(
                                    () ->
                                            new TemplateException(
                                                    "no template "
                                                            + notice.template()
                                                            + " for "
                                                            + recipient.mediaType()
                                                            + " in "
                                                            + locale.toLanguageTag()
                                                            + "; add it to the template source"));
            String subject =
                    engine.render(template.subject(), model, "text/plain")
                            .replaceAll("[\\r\\n]+", " ")
                            .strip();
            String body = engine.render(template.body(), model, recipient.mediaType());
            rendered.add(
                    new RenderedNotice(
                            notice.noticeId(recipient.channel()),
                            notice.companyId().value(),
                            notice.counterpartyId().value(),
                            recipient.address(),
                            locale,
                            recipient.mediaType(),
                            subject,
                            body,
                            PURPOSE,
                            notice.level(),
                            notice.lines().size()));
        }
        return List.copyOf(rendered);
    }

    private static Map<String, Object> model(
            Notice notice, Company company, Counterparty counterparty, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("company", company.legalName());
        model.put("counterparty", counterparty.name());
        model.put("level", Integer.toString(notice.level()));
        model.put("asOf", NoticeFormat.date(notice.asOf(), locale));
        model.put("payBy", NoticeFormat.date(notice.payBy(), locale));
        model.put("itemsTotal", money(notice.itemsTotal(), locale));
        model.put("feesTotal", money(notice.feesTotal(), locale));
        model.put("interestTotal", money(notice.interestTotal(), locale));
        model.put("total", money(notice.total(), locale));
        model.put("reference", notice.instructions().paymentReference());
        List<Map<String, String>> items = new ArrayList<>();
        for (NoticeLine line : notice.lines()) {
            items.add(
                    Map.of(
                            "invoice", line.invoiceNumber(),
                            "dueDate", NoticeFormat.date(line.dueDate(), locale),
                            "daysPastDue", Long.toString(line.daysPastDue()),
                            "amount", money(line.outstanding(), locale)));
        }
        model.put("items", items);
        List<Map<String, String>> fees = new ArrayList<>();
        for (FeeLine fee : notice.fees()) {
            fees.add(
                    Map.of(
                            "invoice", fee.invoiceNumber().orElse(""),
                            "description", feeDescription(fee, locale),
                            "amount", money(fee.amount(), locale)));
        }
        model.put("fees", fees);
        List<Map<String, String>> interest = new ArrayList<>();
        for (InterestLine line : notice.interest()) {
            interest.add(
                    Map.of(
                            "invoice", line.invoiceNumber(),
                            "from", NoticeFormat.date(line.from(), locale),
                            "to", NoticeFormat.date(line.to(), locale),
                            "amount", money(line.amount(), locale)));
        }
        model.put("interest", interest);
        List<Map<String, String>> accounts = new ArrayList<>();
        for (BankAccount account : notice.instructions().accounts()) {
            accounts.add(
                    Map.of("bank", account.bankName(), "iban", account.iban().toPrintFormat()));
        }
        model.put("accounts", accounts);
        return model;
    }

    private static String feeDescription(FeeLine fee, Locale locale) {
        boolean turkish = NoticeFormat.isTurkish(locale);
        String label = turkish ? "İhtar masrafı" : "Dunning fee";
        return fee.invoiceNumber()
                .map(number -> label + (turkish ? ", fatura " : ", invoice ") + number)
                .orElse(label);
    }

    private static String money(MonetaryAmount amount, Locale locale) {
        return NoticeFormat.amount(amount, locale);
    }
}
