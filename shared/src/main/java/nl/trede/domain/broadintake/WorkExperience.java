package nl.trede.domain.broadintake;

/**
 * Work someone did: "vragen we naar opleiding, werkervaring en talenten" (002 §3.3.1).
 *
 * @param role what they did ("magazijnmedewerker"); required
 * @param organisation where, an employer or a volunteering organisation; optional
 * @param years how long, in whole years (0: less than a year); optional
 */
public record WorkExperience(String role, String organisation, Integer years) {
  public static final int MAX_TEXT = 100;
  public static final int MAX_YEARS = 60;
}
