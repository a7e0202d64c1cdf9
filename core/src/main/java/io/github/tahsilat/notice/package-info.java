/**
 * Dunning notices: the {@link io.github.tahsilat.notice.Notice notice} for one counterparty and one
 * run with its item, fee and interest lines and payment instructions, the {@link
 * io.github.tahsilat.notice.NoticeComposer pure functions} that build it, and the {@link
 * io.github.tahsilat.notice.NoticeRenderer renderer} that turns it into one {@link
 * io.github.tahsilat.notification.spi.RenderedNotice} per recipient with the {@link
 * io.github.tahsilat.notice.spi template SPI}.
 */
package io.github.tahsilat.notice;
