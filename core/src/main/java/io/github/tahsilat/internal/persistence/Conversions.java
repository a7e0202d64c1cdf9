package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.error.StoredDataException;
import java.util.function.Supplier;

/** Turns failures of a mapping into the exceptions the package promises. */
final class Conversions {

    private Conversions() {}

    /**
     * Rebuilds a domain value from a record.
     *
     * @throws StoredDataException if the mapping throws, because then the record contains a value
     *     the domain does not accept
     */
    static <T> T fromRecord(String recordType, Object id, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (StoredDataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoredDataException(recordType, String.valueOf(id), e.getMessage(), e);
        }
    }

    /**
     * Builds a record from a domain value.
     *
     * @throws InvalidInputException if a record constructor rejects a value, such as a VAT rate
     *     above 100 %, which the domain accepts but the storage SPI does not
     */
    static <T> T toRecord(String what, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidInputException(
                    what, e.getMessage(), "values that the storage SPI's records accept");
        }
    }
}
