/**
 * The XML parser behind the e-invoice reader: a StAX parser that rejects DTDs and external
 * entities, and the small element tree it builds. Not exported.
 */
package io.github.tahsilat.einvoice.internal.xml;
