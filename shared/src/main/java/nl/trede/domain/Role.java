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

  /**
   * Roles that own candidate files: they register, close (exit), reassign (coaches, case manager)
   * and delete them. A coach works in a file; who carries it is decided above the coach, or a coach
   * could drop a file from every caseload or take one from a colleague (architecture.md, Roles).
   */
  public boolean ownsFiles() {
    return this == CASE_MANAGER || seesWholeMunicipality();
  }

  /**
   * Roles that may look for candidates in the municipality's pool for a vacancy (004 §4.1): the
   * jobhunter who looks, the case manager who hands over warm, the office. Coaches work with their
   * own caseload. The server answers matching for these roles only; the app offers it to them only.
   */
  public boolean mayMatchCandidates() {
    return this == JOBHUNTER || this == CASE_MANAGER || this == OFFICE;
  }

  /**
   * Roles that record contacts with employers ({@code employer-contact}, issue 17): the jobhunter
   * who "komt bij veel bedrijven in huis" (000 §5.1), the participatiecoach who places volunteers
   * (004 §4.1), the jobcoach who talks with the employer's supervisor (000 Bijlage A), and the
   * office and admin who keep the record straight. Not the case manager (ours): the klantmanager
   * works the candidate's file; what they discuss with an employer about a candidate is a contact
   * in that file. Every role reads them.
   */
  public boolean recordsEmployerContacts() {
    return this != CASE_MANAGER;
  }

  /**
   * Roles a device knows by name ({@code GET /api/colleagues}), and so who may be an employer's fixed
   * contact at the municipality ({@code Employer.accountOwnerId}): those who carry files, and the
   * jobhunter, who is the contact in the seeds' own words ("De werkgever heeft behoefte aan een vast
   * contactpersoon", 001 §3.2). Office and admin work in the console and are not on devices' lists
   * (ours, decision 0062).
   */
  public boolean isFieldColleague() {
    return hasCaseload() || this == JOBHUNTER;
  }

  /** Roles that log in to the office console; field roles work in the app (DOMAIN §1). */
  public boolean usesOfficeConsole() {
    return this == OFFICE || this == CASE_MANAGER || this == ADMIN;
  }
}
