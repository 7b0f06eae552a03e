package nl.trede.domain.candidate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The duplicate check before a new file is registered (issue 13: "name + date of birth"): a file
 * is a person (000 §2.3), so a second file for someone already known splits their history. Names
 * are compared the way people type them differently: without case, accents, spaces and hyphens,
 * and with the prefix ("de", "van den") on either side of the split between given and family
 * name. One rule, so the device and the console warn about the same files.
 */
public final class SamePerson {
  private SamePerson() {}

  /** Whether this candidate is probably the person with these names, born on this day. */
  public static boolean matches(Candidate known, String givenName, String familyName, LocalDate dateOfBirth) {
    return known != null && dateOfBirth != null && dateOfBirth.equals(known.dateOfBirth())
        && !key(givenName, familyName).isEmpty()
        && key(givenName, familyName).equals(key(known.givenName(), known.familyName()));
  }

  /** The names as compared: "Anna" + "de Vries-Bakker" and "anna de" + "vries bakker" give one key. */
  static String key(String givenName, String familyName) {
    String joined = Objects.toString(givenName, "") + Objects.toString(familyName, "");
    String plain = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
