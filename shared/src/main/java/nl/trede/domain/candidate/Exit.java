package nl.trede.domain.candidate;

import java.time.LocalDate;

/** When and why the file was closed (uitstroom); one field, so date and reason sync together. */
public record Exit(LocalDate date, ExitReason reason) {}
