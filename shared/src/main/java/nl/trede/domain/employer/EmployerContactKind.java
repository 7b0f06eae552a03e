package nl.trede.domain.employer;

/**
 * How a jobhunter (or a coach, or the office) was in touch with an employer. The seeds name the
 * visit ("komt bij veel bedrijven in huis", 000 §5.1) and the market where employers meet job
 * seekers (vacaturemarkt, 004 Bijlage 2); phone and e-mail are ours: keeping the relationship
 * ("Accountmanagers van het WSP onderhouden contact met werkgevers", 002 §3.2.1) is mostly that.
 */
public enum EmployerContactKind {
  /** Bedrijfsbezoek: on site, at the employer's. */
  VISIT,
  /** Telefonisch. */
  PHONE,
  /** Per e-mail. */
  EMAIL,
  /** At an event: a vacaturemarkt, a network meeting, a company's open day. */
  EVENT
}
