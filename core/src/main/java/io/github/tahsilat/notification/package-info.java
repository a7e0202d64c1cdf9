/**
 * Ready-made notification channels: {@link io.github.tahsilat.notification.RecordingChannel} for
 * tests and {@link io.github.tahsilat.notification.LoggingChannel} for demos.
 */
package io.github.tahsilat.notification;
