package nl.trede.client.store;

import nl.trede.domain.candidate.CandidateFile;

/**
 * A candidate of the caseload with what the caseload screen filters and sorts on, read in a few
 * queries for the whole caseload at once.
 *
 * @param file the candidate with every ladder step that was not corrected (the steps carry only
 *     their rungs, dates and ids) and, as {@code contacts}, of the contacts that were not corrected
 *     at most the latest and the latest that was not a no-show: enough for the rung, the caseload
 *     groups and the next contact due, no more
 * @param syncState the candidate record's own sync state
 */
public record CaseloadFile(CandidateFile file, SyncState syncState) {}
