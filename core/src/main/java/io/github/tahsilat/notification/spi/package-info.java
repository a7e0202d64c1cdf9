/**
 * The notification SPI: hosts implement {@link
 * io.github.tahsilat.notification.spi.NotificationChannel} to deliver the notices the library
 * renders, and report each attempt as delivered, failed (retried later) or rejected (never
 * retried).
 */
package io.github.tahsilat.notification.spi;
