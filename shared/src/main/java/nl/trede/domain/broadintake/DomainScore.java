package nl.trede.domain.broadintake;

/**
 * One life domain of a brede uitvraag, scored on the scale of the zelfredzaamheidsmatrix: 1 acute
 * problematiek, 2 niet zelfredzaam, 3 beperkt zelfredzaam, 4 voldoende zelfredzaam, 5 volledig
 * zelfredzaam (design: ours, decision 0065; the seed names no scale).
 *
 * @param domain a key of the municipality's {@code broadIntake.domains}
 * @param score 1 to 5
 * @param note what was said about it; optional, never logged
 */
public record DomainScore(String domain, Integer score, String note) {
  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;
  public static final int MAX_NOTE = 500;
}
