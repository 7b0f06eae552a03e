package nl.trede.client.device;

import java.time.ZonedDateTime;

/**
 * A reminder the device shows at a moment, also when the app is in the background on a phone.
 * Its text is seen on a locked screen, so it never names a candidate (decision 0055).
 *
 * @param id the same id for the same reminder, so that planning again replaces instead of adding
 */
public record Reminder(String id, ZonedDateTime at, String title, String text) {}
