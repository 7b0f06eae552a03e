package nl.trede.domain.candidate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The duplicate check before a new file is registered (issue 13: "name + date of birth"): a file
 * is a person (000 §2.3), so a second file for someone already known splits their history. It
 * only warns (the user may go on), so it errs towards asking: the same birthday and the same
 * family name, whatever the given name (offices often type initials: "S." for "Sanne"). Names
 * are compared the way people type them differently: without case, accents, spaces and hyphens,
 * and with the prefix ("de", "van den") on either side of the split between given and family
 * name. One rule, so the device and the console warn about the same files.
 */
public final class SamePerson {
  private SamePerson() {}

  /** Whether this candidate may be the person with this family name, born on this day. */
  public static boolean matches(Candidate known, String familyName, LocalDate dateOfBirth) {
    return known != null && matches(Objects.toString(known.givenName(), "") + " "
        + Objects.toString(known.familyName(), ""), known.dateOfBirth(), familyName, dateOfBirth);
  }

  /**
   * Whether a known file, by its whole name ("Sanne de Jong") and birthday, may be the person with
   * this family name born on this day: the whole name ends in the family name, so the prefix may
   * have been typed with the given name on either side.
   */
  public static boolean matches(String knownFullName, LocalDate knownBorn, String familyName, LocalDate dateOfBirth) {
    String family = key(familyName);
    return dateOfBirth != null && dateOfBirth.equals(knownBorn) && !family.isEmpty()
        && key(knownFullName).endsWith(family);
  }

  /** A name as compared: "de Vries-Bakker", "De  vries bakker" and "dé Vries Bakker" give one key. */
  static String key(String name) {
    String plain = Normalizer.normalize(Objects.toString(name, ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
