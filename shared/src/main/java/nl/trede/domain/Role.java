package nl.trede.domain;

/** The roles of DOMAIN §1; a user has one, in one municipality. */
public enum Role {
  /** Participatiecoach: moves candidates towards volunteering and activities; records visits. */
  PARTICIPATION_COACH,
  /** Jobcoach: coaches placed candidates at the workplace; books coaching hours. */
  JOBCOACH,
  /** Jobhunter / accountmanager: visits employers; registers employers and vacancies. */
  JOBHUNTER,
  /** Klantmanager / consulent: owns the candidate's file and plan. */
  CASE_MANAGER,
  /** Teamleider, beleidsmedewerker, administratie: the office console. */
  OFFICE,
  /** Applicatiebeheerder: accounts, devices, configuration. */
  ADMIN;

  /** Roles whose devices carry candidate files: only those in their own caseload. */
  public boolean hasCaseload() {
    return this == PARTICIPATION_COACH || this == JOBCOACH || this == CASE_MANAGER;
  }

  /** Roles that see the whole municipality, in the office console. */
  public boolean seesWholeMunicipality() {
    return this == OFFICE || this == ADMIN;
  }
}
