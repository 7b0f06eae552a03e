package nl.trede.client.ui.kit;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.trede.client.device.Device;

/**
 * Calls a number and finds an address outside the app, through the device (decision 0054). Where
 * the device cannot, the screen gets the number or address to use by hand, with a hint: a jobhunter
 * at an employer's desk still makes the call.
 */
public final class OutsideLinks {
  /** What the screen shows when the device could not open the link: why, and the text to copy. */
  public record ByHand(String hint, String text) {}

  private final Device device;
  private final Messages messages;

  private OutsideLinks(Device device, Messages messages) {
    this.device = device;
    this.messages = messages;
  }

  public static OutsideLinks of(FieldContext context) {
    return new OutsideLinks(context.device(), context.messages());
  }

  /** Starts a call to the number; empty when the device took it. */
  public Optional<ByHand> call(String number) {
    return device.open(tel(number)) ? Optional.empty()
        : Optional.of(new ByHand(messages.get("outside.cannotCall"), number));
  }

  /** Shows the address on a map; empty when the device took it. */
  public Optional<ByHand> showOnMap(String address) {
    return device.open(map(address)) ? Optional.empty()
        : Optional.of(new ByHand(messages.get("outside.cannotShowOnMap"), address));
  }

  /**
   * A {@code tel:} link to the number as people write it (the domain's phone rule): digits and a
   * leading +. Spaces, dashes and brackets are for reading; "(0)" after a country code is the
   * trunk prefix a caller from abroad leaves out ("+31 (0)6 …" is +316…).
   */
  public static URI tel(String number) {
    String plain = number.strip();
    boolean international = plain.startsWith("+");
    if (international) {
      plain = plain.replace("(0)", "");
    }
    return URI.create("tel:" + (international ? "+" : "") + plain.replaceAll("[^0-9]", ""));
  }

  /**
   * An OpenStreetMap search for the address: https opens on every platform Attach serves, where
   * {@code geo:} opens on none of them through it (decision 0054).
   */
  public static URI map(String address) {
    return URI.create("https://www.openstreetmap.org/search?query="
        + URLEncoder.encode(address.strip(), StandardCharsets.UTF_8).replace("+", "%20"));
  }
}
