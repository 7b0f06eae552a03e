package nl.trede.domain.employer;

/** The sectors of the regional labour-market table (000 §3.2). */
public enum Sector {
  AGRICULTURE,
  INDUSTRY,
  UTILITIES,
  CONSTRUCTION,
  WHOLESALE,
  RETAIL,
  TRANSPORT_AND_LOGISTICS,
  HOSPITALITY,
  FINANCE,
  BUSINESS_SERVICES,
  PUBLIC_ADMINISTRATION,
  EDUCATION,
  HEALTHCARE,
  OTHER_SERVICES
}
