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

  /**
   * Roles that work in the field on a device: they may change only the classification dimensions
   * the municipality marks as field-editable.
   */
  public boolean worksInTheField() {
    return this == PARTICIPATION_COACH || this == JOBCOACH || this == JOBHUNTER;
  }

  /** Roles that see the whole municipality, in the office console. */
  public boolean seesWholeMunicipality() {
    return this == OFFICE || this == ADMIN;
  }
}
