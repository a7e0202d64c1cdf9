package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.NotFoundException;
import java.time.LocalDate;
import java.util.Optional;

/** Reads and writes companies through the host's company store. Thread-safe. */
public final class CompanyRepository {

    private final StoreContext context;

    /** Creates the repository. */
    public CompanyRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * Inserts a company at version 1.
     *
     * @throws AlreadyExistsException if the company is already stored
     * @throws io.github.tahsilat.error.InvalidInputException if its calendar is not registered
     */
    public Company insert(Company company) {
        var record = CompanyMapper.toRecord(company, 0, context.stamp(), context.calendars());
        // The running write's cache must not serve the company that this insert writes.
        context.forgetCompany(company.id().value());
        try {
            context.stores().companies().insert(company.id().value(), record);
        } catch (DuplicateKeyException e) {
            throw new AlreadyExistsException("company", "id", company.id().toString(), e);
        }
        return company;
    }

    /**
     * Returns the company, or empty if it is not stored. Inside a write, a second read of the same
     * company returns the first ({@link StoreContext#readCompany}).
     */
    public Optional<Company> find(CompanyId id) {
        return context.readCompany(id.value())
                .map(record -> CompanyMapper.toDomain(record, context.calendars()));
    }

    /**
     * Returns the company.
     *
     * @throws NotFoundException if it is not stored
     */
    public Company require(CompanyId id) {
        return find(id).orElseThrow(
                        () ->
                                new NotFoundException(
                                        "company",
                                        id.toString(),
                                        "the stores",
                                        "register it with companies().register first"));
    }

    /**
     * Returns today's date in the company's time zone, from the engine's clock.
     *
     * @throws NotFoundException if the company is not stored
     */
    public LocalDate today(CompanyId id) {
        return require(id).today(context.clock());
    }
}
