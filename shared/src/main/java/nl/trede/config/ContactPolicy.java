package nl.trede.config;

import java.util.List;

/**
 * How often candidates are spoken to: the plan's frequency (002 §4.4), else this default, and
 * never less often than a matching rule allows.
 */
public record ContactPolicy(int defaultFrequencyDays, List<ContactRule> rules) {
  public ContactPolicy {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }
}
