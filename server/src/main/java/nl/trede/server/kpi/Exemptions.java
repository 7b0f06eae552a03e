package nl.trede.server.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.trede.domain.Corrections;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;
import nl.trede.domain.candidate.Exemption;
import nl.trede.domain.candidate.ExemptionKind;
import nl.trede.domain.candidate.PersonName;
import nl.trede.domain.obligation.ObligationKind;
import nl.trede.domain.obligation.ObligationMeasure;

/**
 * Exemptions under review (Dalfsen, 003 §2C: "Er wordt kritisch gekeken naar mensen die een
 * ontheffing hebben van de arbeids- en re-integratieplicht. Uit de benchmark blijkt dat Dalfsen
 * relatief veel ontheffingen kent."), at a reference date. Definitions in docs/kpis.md.
 *
 * <ul>
 *   <li>Population: the files open on the reference date ({@link OpenFiles}), as for the overdue
 *       contacts.</li>
 *   <li>Each exemption of such a file, as the file held it at the end of the reference date, that
 *       is in force or has ended, with its {@link Status}; one that starts after the reference date
 *       is not counted yet.</li>
 *   <li>Tegenprestatie (003 doelstelling 2: "Een zinvolle tegensprestatie bij een ontheffing van de
 *       arbeidsverplichtingen", the seed's spelling): for an ontheffing in force, whether a
 *       tegenprestatie in force after {@link Corrections}, decided on or before the reference date,
 *       runs on some day of the ontheffing's period.</li>
 *   <li>Per case manager: the file's case manager now (who reviews it), "nobody" when it has none.</li>
 * </ul>
 */
public final class Exemptions {
  /**
   * How far ahead an ending exemption asks for review: eight weeks. Ours (design): no seed names a
   * term, and eight weeks leaves a case manager time for a conversation and, where needed, a medical
   * advice before the exemption ends.
   */
  public static final int REVIEW_WINDOW_DAYS = 56;

  private Exemptions() {}

  /** Where an exemption stands on the reference date; in the order the attention list shows them. */
  public enum Status {
    /** Ended before the reference date and nothing of its kind followed: due for review. */
    EXPIRED_TO_REVIEW,
    /** In force, ending within the review window (on its last day included). */
    ENDING_SOON,
    /** In force, ending after the review window. */
    RUNNING,
    /** In force, without an end ("tot nader order"). */
    UNTIL_FURTHER_NOTICE,
    /** Ended, and an exemption of the same kind running longer (or without end) followed: reviewed. */
    SUCCEEDED;

    public boolean inForce() {
      return this == ENDING_SOON || this == RUNNING || this == UNTIL_FURTHER_NOTICE;
    }
  }

  /**
   * One exemption of an open file.
   *
   * @param name the candidate as the console lists names ("Boer, de, Anna")
   * @param sortKey the Dutch order of that name
   * @param tegenprestatie for an ontheffing in force, whether a tegenprestatie overlaps it; null otherwise
   */
  public record Line(UUID candidateId, String name, String sortKey, UUID caseManagerId, Exemption exemption,
      Status status, Boolean tegenprestatie) {
    /** Expiring, expired without review, or an ontheffing without a tegenprestatie. */
    public boolean needsAttention() {
      return status == Status.ENDING_SOON || status == Status.EXPIRED_TO_REVIEW || Boolean.FALSE.equals(tegenprestatie);
    }
  }

  /**
   * One case manager's open files; {@code caseManagerId} null for files without one.
   *
   * @param withExemption files with an exemption in force
   * @param needingAttention files with an exemption that {@link Line#needsAttention needs attention}
   * @param endingSoon exemptions ending within the review window
   * @param toReview exemptions expired without review
   * @param withoutTegenprestatie files with an ontheffing in force that no tegenprestatie overlaps
   */
  public record PerPerson(UUID caseManagerId, int files, int withExemption, int needingAttention, int endingSoon,
      int toReview, int withoutTegenprestatie) {}

  /**
   * @param openFiles the population
   * @param withExemption files with an exemption of any kind in force
   * @param byKind per kind, files with an exemption of that kind in force
   * @param endingSoon exemptions in force ending within the review window
   * @param toReview exemptions expired without review
   * @param withOntheffing files with an ontheffing (work and re-integration duty) in force
   * @param withoutTegenprestatie of those, files with an ontheffing in force that no tegenprestatie overlaps
   * @param needingAttention files with an exemption that needs attention (any of the three above)
   * @param lines every exemption in force or ended, the ones needing attention first
   */
  public record Result(LocalDate reference, LocalDate windowEnd, int openFiles, int withExemption,
      Map<ExemptionKind, Integer> byKind, int endingSoon, int toReview, int withOntheffing, int withoutTegenprestatie,
      int needingAttention, List<PerPerson> perPerson, List<Line> lines) {
    public List<Line> attentionLines() {
      return lines.stream().filter(Line::needsAttention).toList();
    }
  }

  /** The status of one exemption on the reference date; empty when it has not started yet. */
  static Optional<Status> status(Exemption e, List<Exemption> ofTheFile, LocalDate reference) {
    if (e.from() != null && e.from().isAfter(reference)) {
      return Optional.empty();
    }
    if (e.until() == null) {
      return Optional.of(Status.UNTIL_FURTHER_NOTICE);
    }
    if (!e.until().isBefore(reference)) {
      return Optional.of(e.until().isAfter(reference.plusDays(REVIEW_WINDOW_DAYS))
          ? Status.RUNNING : Status.ENDING_SOON);
    }
    // An expired exemption is reviewed once an exemption of the same kind runs on after it: a
    // renewal, also one that starts later. Another kind does not answer for it.
    boolean followed = ofTheFile.stream().anyMatch(other -> other != e && other.kind() == e.kind()
        && (other.until() == null || other.until().isAfter(e.until())));
    return Optional.of(followed ? Status.SUCCEEDED : Status.EXPIRED_TO_REVIEW);
  }

  public static Result compute(List<Synced<CandidateFile>> files, List<Synced<ObligationMeasure>> measures,
      LocalDate reference) {
    Map<UUID, List<ObligationMeasure>> tegenprestaties = tegenprestaties(measures, reference);
    Map<ExemptionKind, Integer> byKind = new EnumMap<>(ExemptionKind.class);
    List.of(ExemptionKind.values()).forEach(kind -> byKind.put(kind, 0));
    Map<UUID, int[]> perPerson = new LinkedHashMap<>();
    List<Line> lines = new ArrayList<>();
    int open = 0;
    int withExemption = 0;
    int endingSoon = 0;
    int toReview = 0;
    int withOntheffing = 0;
    int withoutTegenprestatie = 0;
    int needingAttention = 0;
    for (Synced<CandidateFile> s : files) {
      if (!OpenFiles.on(reference, s)) {
        continue;
      }
      open++;
      Candidate now = s.record().candidate();
      List<Exemption> exemptions = s.record().candidateOn(reference).exemptions();
      int[] counts = perPerson.computeIfAbsent(now.caseManagerId(), k -> new int[6]);
      counts[0]++;
      boolean anyInForce = false;
      boolean ontheffing = false;
      boolean lacking = false;
      boolean attention = false;
      Set<ExemptionKind> kinds = EnumSet.noneOf(ExemptionKind.class);
      for (Exemption e : exemptions) {
        Optional<Status> status = status(e, exemptions, reference);
        if (status.isEmpty()) {
          continue;
        }
        Boolean service = null;
        if (status.get().inForce()) {
          anyInForce = true;
          kinds.add(e.kind());
          if (e.kind() == ExemptionKind.WORK_AND_REINTEGRATION_DUTY) {
            ontheffing = true;
            service = tegenprestaties.getOrDefault(now.id(), List.of()).stream().anyMatch(m -> overlaps(m, e));
            lacking |= !service;
          }
        }
        if (status.get() == Status.ENDING_SOON) {
          endingSoon++;
          counts[3]++;
        } else if (status.get() == Status.EXPIRED_TO_REVIEW) {
          toReview++;
          counts[4]++;
        }
        Line line = new Line(now.id(), PersonName.listed(now.givenName(), now.familyName()),
            PersonName.sortKey(now.givenName(), now.familyName()), now.caseManagerId(), e, status.get(), service);
        attention |= line.needsAttention();
        lines.add(line);
      }
      kinds.forEach(kind -> byKind.merge(kind, 1, Integer::sum));
      if (anyInForce) {
        withExemption++;
        counts[1]++;
      }
      if (ontheffing) {
        withOntheffing++;
      }
      if (lacking) {
        withoutTegenprestatie++;
        counts[5]++;
      }
      if (attention) {
        needingAttention++;
        counts[2]++;
      }
    }
    lines.sort(Comparator.comparing((Line l) -> !l.needsAttention()).thenComparing(Line::status)
        .thenComparing(l -> l.exemption().until(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Line::sortKey));
    return new Result(reference, reference.plusDays(REVIEW_WINDOW_DAYS), open, withExemption,
        Collections.unmodifiableMap(byKind), endingSoon, toReview, withOntheffing, withoutTegenprestatie,
        needingAttention, people(perPerson), List.copyOf(lines));
  }

  /** The tegenprestaties in force after corrections, decided by the reference date, per candidate. */
  private static Map<UUID, List<ObligationMeasure>> tegenprestaties(List<Synced<ObligationMeasure>> measures,
      LocalDate reference) {
    Map<UUID, List<ObligationMeasure>> byCandidate = new HashMap<>();
    for (Synced<ObligationMeasure> s : Corrections.inForce(measures, Synced::record)) {
      ObligationMeasure m = s.record();
      if (m.kind() == ObligationKind.COMMUNITY_SERVICE && m.decidedOn() != null && !m.decidedOn().isAfter(reference)) {
        byCandidate.computeIfAbsent(m.candidateId(), k -> new ArrayList<>()).add(m);
      }
    }
    return byCandidate;
  }

  /** Most files needing attention first; the files nobody manages after the case managers they tie with. */
  private static List<PerPerson> people(Map<UUID, int[]> counts) {
    List<PerPerson> people = new ArrayList<>();
    counts.forEach((id, c) -> people.add(new PerPerson(id, c[0], c[1], c[2], c[3], c[4], c[5])));
    people.sort(Comparator.comparingInt(PerPerson::needingAttention).reversed()
        .thenComparing(PerPerson::caseManagerId, Comparator.nullsLast(Comparator.naturalOrder())));
    return List.copyOf(people);
  }

  /** Whether the tegenprestatie runs on some day of the exemption (open ends run on for ever). */
  private static boolean overlaps(ObligationMeasure m, Exemption e) {
    boolean startsBeforeItEnds = e.until() == null || !m.fromDate().isAfter(e.until());
    boolean endsAfterItStarts = m.untilDate() == null || e.from() == null || !m.untilDate().isBefore(e.from());
    return startsBeforeItEnds && endsAfterItStarts;
  }
}
