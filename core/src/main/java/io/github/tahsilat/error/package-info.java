/**
 * Exceptions of the library.
 *
 * <p>{@link io.github.tahsilat.error.TahsilatException} is the unchecked base. Subclasses are named
 * for what failed, and each message names the value and the fix. Business rules that may
 * legitimately reject a request return a result value instead of throwing.
 */
package io.github.tahsilat.error;
