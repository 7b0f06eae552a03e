package nl.trede.server.kpi;

import java.time.LocalDate;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.CandidateFile;

/**
 * The population of the figures that are a picture on one day (docs/kpis.md, "Registered" and
 * "Open"): files the server knew by the end of the reference date that are open on it by their own
 * dates ({@link Candidate#isOpenOn}). The overdue contacts, months on benefit and exemptions under
 * review count the same files, so this rule has one home.
 */
public final class OpenFiles {
  private OpenFiles() {}

  /**
   * @param registered the day the file first reached the server ({@link Synced#syncedOn}): a file
   *     registered after the reference date was not in the picture yet
   */
  public static boolean on(LocalDate reference, LocalDate registered, Candidate candidate) {
    return !registered.isAfter(reference) && candidate.isOpenOn(reference);
  }

  public static boolean on(LocalDate reference, Synced<CandidateFile> file) {
    return on(reference, file.syncedOn(), file.record().candidate());
  }
}
