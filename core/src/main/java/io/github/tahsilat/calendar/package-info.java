/**
 * Business calendars: which dates are business days, weekend days, holidays or half days, and how a
 * date rolls to a business day.
 *
 * <p>{@link io.github.tahsilat.calendar.BusinessCalendar} is the contract that payment terms and
 * dunning use. {@link io.github.tahsilat.calendar.HolidayCalendar} implements it from weekend days
 * and a table of dated holidays that the host supplies, and {@link
 * io.github.tahsilat.calendar.TurkeyCalendar} loads the table for Türkiye that ships with the
 * library. A calendar built from a table covers only the table's years and throws {@link
 * io.github.tahsilat.error.DateOutsideCalendarException} for any other date.
 */
package io.github.tahsilat.calendar;
