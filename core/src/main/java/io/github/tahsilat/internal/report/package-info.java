/** Primitive accumulators behind the reports; not exported. */
package io.github.tahsilat.internal.report;
