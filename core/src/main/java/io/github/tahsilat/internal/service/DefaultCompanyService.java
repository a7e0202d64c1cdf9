package io.github.tahsilat.internal.service;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.company.CompanyService;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The company service over the host's stores. Immutable and thread-safe. */
public final class DefaultCompanyService implements CompanyService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCompanyService.class);

    private final StoreContext context;
    private final CompanyRepository companies;

    /** Creates the service. */
    public DefaultCompanyService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
    }

    @Override
    public Company register(Company company) {
        if (company == null) {
            throw new InvalidInputException("company", null, "a company");
        }
        Company stored =
                context.write(
                        () -> {
                            Company inserted = companies.insert(company);
                            context.appendEvent(
                                    company.id(),
                                    EventTypes.COMPANY_REGISTERED,
                                    company.id().value(),
                                    Map.of(
                                            "companyId",
                                            company.id().toString(),
                                            "functionalCurrency",
                                            company.settings()
                                                    .functionalCurrency()
                                                    .getCurrencyCode()));
                            return inserted;
                        });
        LOG.debug("Company {} registered", company.id());
        return stored;
    }

    @Override
    public Optional<Company> find(CompanyId id) {
        if (id == null) {
            throw new InvalidInputException("companyId", null, "a company id");
        }
        return companies.find(id);
    }
}
