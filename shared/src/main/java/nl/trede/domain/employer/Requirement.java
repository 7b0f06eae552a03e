package nl.trede.domain.employer;

/** Requirements jobhunters note at the employer (DOMAIN §2). */
public enum Requirement {
  VCA,
  FORKLIFT_CERTIFICATE,
  DRIVER_CODE_95,
  DRIVING_LICENCE_B,
  DUTCH_LANGUAGE_LEVEL
}
