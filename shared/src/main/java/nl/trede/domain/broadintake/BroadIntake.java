package nl.trede.domain.broadintake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.domain.Corrections;
import nl.trede.domain.Filing;
import nl.trede.domain.HistoryEntry;
import nl.trede.domain.Violation;
import nl.trede.domain.Violations;

/**
 * A brede uitvraag in the candidate's file (Lansingerland 002 §3.3.1, §3.1.7; decision 0065): "In dit
 * gesprek vragen we naar opleiding, werkervaring en talenten om de mogelijkheden en kansen op de
 * arbeidsmarkt te bepalen. En we gaan in op de hulp- en ondersteuningsbehoefte op alle leefgebieden."
 * History: "Zowel de mogelijkheden en kansen op de arbeidsmarkt als de hulp- en ondersteuningsvraag
 * kunnen veranderen gedurende de tijd ... eventuele wijzigingen te registreren", so a later uitvraag
 * is a new entry that supersedes the earlier one without erasing it ({@link #newest}); a mistake is
 * corrected by a new entry naming it ({@code correctsId}), as every history entry is.
 *
 * <p>Which domains and levels of education the municipality asks is its configuration
 * ({@code nl.trede.config.BroadIntakeRules}); this record checks what needs nothing but itself.
 * Notes, the support need and the domain notes may hold health and debt matters: never logged.
 *
 * @param date the day of the conversation; not in the future
 * @param authorId who held it and recorded it: set once by the pushing user
 * @param domains a score for every life domain the municipality names
 * @param educationLevel the highest level of education, a key of the configured list
 * @param diplomas diplomas and certificates, as told
 * @param experience work done before, most relevant first
 * @param talents a few words ("klantvriendelijk", "handig"): what matching may one day weigh (002 §3.3.2)
 * @param drives what drives them, in their words ("drijfveren", 002 §3.3.2)
 * @param supportNeed the help and support needed ("hulp- en ondersteuningsbehoefte")
 * @param workLimitationSigns whether signs of a work limitation came up, which asks for a
 *     beoordeling arbeidsvermogen by the UWV (002 §3.3.1); required, yes or no
 */
public record BroadIntake(
    UUID id,
    @Filing UUID candidateId,
    @Filing LocalDate date,
    UUID authorId,
    List<DomainScore> domains,
    String educationLevel,
    String diplomas,
    List<WorkExperience> experience,
    List<String> talents,
    String drives,
    String supportNeed,
    Boolean workLimitationSigns,
    UUID correctsId)
    implements HistoryEntry.ByDay {

  public static final int MAX_DOMAINS = 30;
  public static final int MAX_EXPERIENCE = 20;
  public static final int MAX_TALENTS = 10;
  public static final int MAX_TALENT = 40;
  public static final int MAX_TEXT = 2000;
  public static final int MAX_KEY = 63;
  /** Older than this is a typo, not a conversation still worth recording. */
  static final int YEARS_BACK = 10;

  public BroadIntake {
    // Lists are never null, also not when a filing read leaves them out; a null item is kept for
    // validate to name (List.copyOf would throw before any rule could say which item).
    domains = listOf(domains);
    experience = listOf(experience);
    talents = listOf(talents);
  }

  private static <T> List<T> listOf(List<T> items) {
    return items == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
  }

  /** Signs of a work limitation came up: a beoordeling arbeidsvermogen is to be asked (002 §3.3.1). */
  public boolean signalsWorkLimitation() {
    return Boolean.TRUE.equals(workLimitationSigns);
  }

  /** The score of this domain, if the uitvraag gave one. */
  public Optional<DomainScore> score(String domain) {
    return domains.stream().filter(d -> domain.equals(d.domain())).findFirst();
  }

  /**
   * The uitvraag that holds now: of those in force after corrections, the one held last (on the same
   * day, the one recorded last). The others stay in the file as what was known before.
   */
  public static Optional<BroadIntake> newest(Collection<BroadIntake> intakes) {
    return Corrections.inForce(intakes).stream()
        .max(Comparator.comparing(BroadIntake::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(i -> i.id().toString()));
  }

  @Override
  public List<Violation> validate(Clock clock) {
    Violations v = new Violations(clock);
    v.required("id", id);
    v.required("candidateId", candidateId);
    v.required("authorId", authorId);
    if (v.required("date", date)) {
      v.pastDate("date", date, YEARS_BACK);
    }
    checkDomains(v);
    if (v.required("educationLevel", educationLevel)) {
      v.maxLength("educationLevel", educationLevel, MAX_KEY);
    }
    v.maxLength("diplomas", diplomas, MAX_TEXT);
    checkExperience(v);
    checkTalents(v);
    v.maxLength("drives", drives, MAX_TEXT);
    v.maxLength("supportNeed", supportNeed, MAX_TEXT);
    v.required("workLimitationSigns", workLimitationSigns);
    if (correctsId != null && correctsId.equals(id)) {
      v.add("correctsId", "not-self", "a brede uitvraag cannot correct itself");
    }
    return v.toList();
  }

  /** Each domain named, scored 1-5 on the zelfredzaamheidsmatrix scale, its note bounded. */
  private void checkDomains(Violations v) {
    if (!v.required("domains", domains)) {
      return;
    }
    v.maxItems("domains", domains, MAX_DOMAINS);
    for (int i = 0; i < domains.size(); i++) {
      DomainScore d = domains.get(i);
      String at = "domains[" + i + "]";
      if (!v.required(at, d)) {
        continue;
      }
      if (v.required(at + ".domain", d.domain())) {
        v.maxLength(at + ".domain", d.domain(), MAX_KEY);
      }
      if (v.required(at + ".score", d.score())) {
        v.range(at + ".score", d.score(), DomainScore.LOWEST, DomainScore.HIGHEST);
      }
      v.maxLength(at + ".note", d.note(), DomainScore.MAX_NOTE);
    }
  }

  private void checkExperience(Violations v) {
    v.maxItems("experience", experience, MAX_EXPERIENCE);
    for (int i = 0; i < experience.size(); i++) {
      WorkExperience w = experience.get(i);
      String at = "experience[" + i + "]";
      if (!v.required(at, w)) {
        continue;
      }
      if (v.required(at + ".role", w.role())) {
        v.maxLength(at + ".role", w.role(), WorkExperience.MAX_TEXT);
      }
      v.maxLength(at + ".organisation", w.organisation(), WorkExperience.MAX_TEXT);
      v.range(at + ".years", w.years(), 0, WorkExperience.MAX_YEARS);
    }
  }

  /** A short list of words: each said, each short. */
  private void checkTalents(Violations v) {
    v.maxItems("talents", talents, MAX_TALENTS);
    for (int i = 0; i < talents.size(); i++) {
      if (v.required("talents[" + i + "]", talents.get(i))) {
        v.maxLength("talents[" + i + "]", talents.get(i), MAX_TALENT);
      }
    }
  }
}
