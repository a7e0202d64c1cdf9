package io.github.tahsilat.service.company;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.service.AlreadyExistsException;
import java.util.Optional;

/**
 * Registers companies and reads them back. Get it from {@link
 * io.github.tahsilat.engine.Tahsilat#companies()}. Implementations are thread-safe.
 */
public interface CompanyService {

    /**
     * Registers a company with its settings in one transaction and appends {@code
     * CompanyRegistered}.
     *
     * @param company the company; its settings' calendar must be registered with the engine
     * @return the company as stored
     * @throws io.github.tahsilat.error.InvalidInputException if {@code company} is {@code null} or
     *     its calendar is not registered with the engine
     * @throws AlreadyExistsException if a company with its id is already registered
     */
    Company register(Company company);

    /**
     * Returns the company, or empty if none with this id is registered.
     *
     * @throws io.github.tahsilat.error.StoredDataException if the stored company contains a value
     *     the domain does not accept
     */
    Optional<Company> find(CompanyId id);
}
