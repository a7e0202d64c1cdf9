package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.persistence.OpenItemViews;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.report.Aging;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.service.report.ReportService;
import java.time.LocalDate;

/** The report service over the host's stores. Immutable and thread-safe. */
public final class DefaultReportService implements ReportService {

    private final StoreContext context;

    /** Creates the service over the stores of {@code context}. */
    public DefaultReportService(StoreContext context) {
        this.context = context;
    }

    @Override
    public AgingReport aging(CompanyId companyId, AgingOptions options) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(options, "options", "the aging's options");
        return Aging.ofCompact(companyId, new OpenItemViews(context, companyId), options);
    }

    @Override
    public AgingReport aging(CompanyId companyId) {
        return aging(companyId, AgingOptions.asOf(LocalDate.now(context.clock())));
    }
}
