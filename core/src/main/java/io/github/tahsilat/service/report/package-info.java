/** The report service over the host's stores. */
package io.github.tahsilat.service.report;
