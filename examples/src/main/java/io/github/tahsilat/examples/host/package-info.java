/**
 * A small host application: it wires the library with the in-memory store and its own notification
 * channel, which writes notices as files to an outbox folder.
 */
package io.github.tahsilat.examples.host;
