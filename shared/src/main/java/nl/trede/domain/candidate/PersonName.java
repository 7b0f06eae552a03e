package nl.trede.domain.candidate;

import java.text.Collator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a person's name is sorted and listed in Dutch: by the family name without its prefix
 * (tussenvoegsel), then the prefix, then the given names, so "Anna de Boer" stands under B and
 * reads "Boer, de, Anna" in a list. Trede keeps the prefix inside the family name ("de Boer"),
 * as intake and import take it; this class is the one place that splits it off. Comparison is a
 * Dutch collator at primary strength: case, accents, spaces and hyphens do not change the order.
 */
public final class PersonName {
  /**
   * Prefixes recognised at the start of a family name, longest first so "van der" wins over "van".
   * The common Dutch voorvoegsels of the BRP's table; an Arabic "El" or "Al" is written as part of
   * the family name and sorted under E or A, as the BRP does.
   */
  private static final List<String> PREFIXES = List.of(
      "van der", "van den", "van de", "van het", "van 't", "van ter", "van ten", "in der", "in den", "in de",
      "in het", "in 't", "op der", "op den", "op de", "op het", "op 't", "op ten", "uit den", "uit de",
      "uit het", "uit 't", "aan den", "aan de", "aan het", "aan 't", "bij de", "onder de", "over de",
      "voor den", "voor de", "voor in 't", "van", "de", "den", "der", "het", "'t", "ter", "ten", "te", "in",
      "op", "uit", "aan", "bij", "von", "vom", "zu", "le", "la", "du", "d'");

  private static final HexFormat HEX = HexFormat.of();

  private PersonName() {}

  /** A family name split into its prefix ("" when none) and the name it is sorted by. */
  public record Family(String prefix, String name) {}

  public static Family family(String familyName) {
    String family = Objects.toString(familyName, "").trim().replaceAll("\\s+", " ");
    String lower = family.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String prefix : PREFIXES) {
      boolean apostrophe = prefix.endsWith("'");
      if (lower.startsWith(apostrophe ? prefix : prefix + " ") && lower.length() > prefix.length() + 1) {
        String rest = family.substring(prefix.length()).trim();
        return new Family(prefix, rest);
      }
    }
    return new Family("", family);
  }

  /**
   * A key whose plain (byte or C-locale) order is the Dutch order of the names: the collation key
   * of each part in hex, family name first. It is stored (record_name.sort_name) so the database
   * sorts and pages by it on SQLite and PostgreSQL alike, whatever the database's own collation.
   */
  public static String sortKey(String givenName, String familyName) {
    Family family = family(familyName);
    Collator collator = collator();
    return hex(collator, family.name()) + hex(collator, family.prefix()) + hex(collator, givenName);
  }

  /** The name as a list shows it: "Boer, de, Anna"; "Bakker, Rachid"; the family name alone without given names. */
  public static String listed(String givenName, String familyName) {
    Family family = family(familyName);
    StringBuilder name = new StringBuilder(family.name());
    if (!family.prefix().isEmpty()) {
      name.append(", ").append(family.prefix());
    }
    String given = Objects.toString(givenName, "").trim();
    if (!given.isEmpty()) {
      name.append(", ").append(given);
    }
    return name.toString();
  }

  private static Collator collator() {
    // Collators are not thread-safe; a new one per call is cheap next to the write it serves.
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
    collator.setStrength(Collator.PRIMARY);
    return collator;
  }

  /** Each part's key ends in zeros, which sort before any letter: "Boer" before "Boeren". */
  private static String hex(Collator collator, String part) {
    return HEX.formatHex(collator.getCollationKey(Objects.toString(part, "").trim()).toByteArray());
  }
}
