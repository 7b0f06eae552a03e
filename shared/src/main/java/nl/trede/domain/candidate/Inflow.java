package nl.trede.domain.candidate;

import java.time.LocalDate;

/** When and why the file was opened; one field, so date and reason sync together. */
public record Inflow(LocalDate date, InflowReason reason) {}
