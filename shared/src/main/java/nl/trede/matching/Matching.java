package nl.trede.matching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFlag;
import nl.trede.domain.employer.Requirement;
import nl.trede.domain.employer.Vacancy;

/**
 * How a candidate is weighed against a vacancy for a jobhunter (design). Only open files on rung 3
 * or higher are weighed: rungs 1 and 2 are the "meedoen" side of the ladder (000 §4), where a
 * vacancy is not the next step. A fit is judged on what the vacancy asks (certificates, language
 * level, hours, doelgroepregister), never on health, debts or notes, which stay in the file.
 */
public final class Matching {
  /** A jobhunter needs a short list to call about, not the municipality's pool. */
  public static final int MAX_MATCHES = 20;
  /** From "deelname aan georganiseerde activiteiten" up (002 Bijlage 2). */
  public static final int MIN_RUNG = 3;

  private static final List<String> CEFR = List.of("A1", "A2", "B1", "B2", "C1", "C2");

  private Matching() {}

  /** Whether the file is weighed at all on this day. */
  public static boolean weighed(CandidateFile file, LocalDate today) {
    return file.candidate().isOpenOn(today) && file.rungOn(today).map(r -> r >= MIN_RUNG).orElse(false);
  }

  /**
   * The candidate as the jobhunter sees it against this vacancy.
   *
   * @param caseManager whom to call about the candidate; null when the file has none
   * @param revealId whether the caller holds the file anyway (own caseload, office)
   */
  public static CandidateMatch match(Vacancy vacancy, CandidateFile file, LocalDate today, CaseManager caseManager,
      boolean revealId) {
    Candidate c = file.candidate();
    Set<Requirement> met = EnumSet.noneOf(Requirement.class);
    Set<Requirement> missing = EnumSet.noneOf(Requirement.class);
    for (Requirement requirement : vacancy.requirements()) {
      boolean ok = requirement == Requirement.DUTCH_LANGUAGE_LEVEL
          ? atLeast(c.languageLevel(), vacancy.languageLevel())
          : c.certificates().contains(requirement);
      (ok ? met : missing).add(requirement);
    }
    boolean hoursFit = c.availableHoursPerWeek() != null && vacancy.hoursPerWeek() != null
        && c.availableHoursPerWeek().compareTo(vacancy.hoursPerWeek()) >= 0;
    boolean register = c.flags().contains(CandidateFlag.TARGET_GROUP_REGISTER);
    return new CandidateMatch(reference(c.id(), vacancy.id()), file.rungOn(today).orElse(null),
        c.availableHoursPerWeek(), c.languageLevel(), c.certificates(), met, missing, hoursFit, register,
        register && vacancy.suitsTargetGroupRegister(), caseManager == null ? null : caseManager.name(),
        caseManager == null ? null : caseManager.phone(), revealId ? c.id() : null);
  }

  /**
   * The person a jobhunter calls for the warm handover (004 §4.1): a name, and a work number when
   * their account has one.
   */
  public record CaseManager(String name, String phone) {}

  /** Best first: fewest missing requirements, then hours, then the doelgroepregister, then rung. */
  public static final Comparator<CandidateMatch> BEST_FIRST = Comparator
      .comparingInt((CandidateMatch m) -> m.requirementsMissing().size())
      .thenComparing(CandidateMatch::hoursFit, Comparator.reverseOrder())
      .thenComparing(CandidateMatch::targetGroupFit, Comparator.reverseOrder())
      .thenComparing(m -> m.rung() == null ? 0 : m.rung(), Comparator.reverseOrder())
      .thenComparing(CandidateMatch::reference);

  /**
   * A reference that names the candidate for this vacancy only. Keyed by the candidate's id, which
   * never leaves the server for a jobhunter, so it cannot be traced back without the file; the same
   * on every server instance without a shared secret.
   */
  public static String reference(UUID candidateId, UUID vacancyId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      ByteBuffer key = ByteBuffer.allocate(16);
      key.putLong(candidateId.getMostSignificantBits()).putLong(candidateId.getLeastSignificantBits());
      mac.init(new SecretKeySpec(key.array(), "HmacSHA256"));
      byte[] digest = mac.doFinal(("trede-match:" + vacancyId).getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().formatHex(digest, 0, 4).toUpperCase(Locale.ROOT);
      return "K-" + hex.substring(0, 4) + "-" + hex.substring(4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** CEFR levels compare in order; an unknown level meets nothing. */
  static boolean atLeast(String level, String required) {
    if (required == null) {
      return true;
    }
    int have = Optional.ofNullable(level).map(CEFR::indexOf).orElse(-1);
    return have >= 0 && have >= CEFR.indexOf(required);
  }
}
