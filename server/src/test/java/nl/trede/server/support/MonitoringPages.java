package nl.trede.server.support;

import java.util.List;

/** The monitoring's dashboards as the index lists them: the pages every console test walks. */
public final class MonitoringPages {
  /** Each dashboard's id (its URL segment under /office/monitoring/), in the index's order. */
  public static final List<String> DASHBOARDS = List.of("doelen", "maandrapportage", "in-en-uitstroom",
      "achterstallige-contacten", "ontheffingen", "tredebewegingen", "inzet-per-tredegroep", "doorstroom", "uitkeringsduur-en-deelname",
      "leeftijd-en-uitkeringsduur", "jobcoach-uren", "instrumenten-en-budget", "effect-van-instrumenten",
      "uitstroompremie", "groepsbijeenkomsten");

  /** Dashboards of a chosen year: they show that year up to today, whatever dates the address holds. */
  public static final List<String> BY_YEAR = List.of("in-en-uitstroom");

  private MonitoringPages() {}
}
