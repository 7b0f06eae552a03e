package nl.trede.server.office.audit;

import jakarta.inject.Singleton;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.config.Dimension;
import nl.trede.config.MunicipalityConfig;
import nl.trede.server.config.InstalledConfiguration;
import nl.trede.server.office.monitoring.Dashboard;
import nl.trede.server.office.view.DisplayFormat;
import nl.trede.server.office.view.OfficeText;

/**
 * An audit event's detail as the admin reads it. Events keep their detail as the machine wrote it
 * ({@code dashboard=doelen; preset=eigen-periode doel=taal-traject}), so the log stays exact; the
 * page shows each setting by its Dutch name and each value by its label: a dashboard by its
 * title, a dimension or KPI by the municipality's configured label, a date the Dutch way, a code
 * by the bundle's word ({@code audit.detail.<setting>.<value>}). A setting nobody named yet keeps
 * its own words rather than disappearing.
 */
@Singleton
public class AuditDetails {
  private static final Pattern SETTING = Pattern.compile("([A-Za-z][A-Za-z.-]*)=([^;&\\s]*)");

  private final OfficeText text;
  private final InstalledConfiguration configurations;
  private final Map<String, String> dashboardTitles = new HashMap<>();

  public AuditDetails(OfficeText text, InstalledConfiguration configurations, List<Dashboard> dashboards) {
    this.text = text;
    this.configurations = configurations;
    dashboards.forEach(d -> dashboardTitles.put(d.id(), text.get(d.titleKey())));
  }

  /** The detail in words, settings joined by " · "; the raw detail when it holds no settings. */
  public String read(String tenantId, String detail) {
    if (detail == null || detail.isBlank()) {
      return detail;
    }
    Matcher m = SETTING.matcher(detail);
    List<String> parts = new ArrayList<>();
    Optional<MunicipalityConfig> config = null;
    while (m.find()) {
      String key = m.group(1);
      String value = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
      if (config == null && (key.equals("indeling") || key.equals("doel"))) {
        config = configurations.of(tenantId);
      }
      parts.add(text.label("audit.detail", key) + ": " + value(key, value, config));
    }
    if (parts.isEmpty()) {
      return text.label("audit.detail", detail.trim());
    }
    return String.join(" · ", parts);
  }

  private String value(String key, String value, Optional<MunicipalityConfig> config) {
    String label = switch (key) {
      case "dashboard" -> dashboardTitles.get(value);
      case "preset" -> text.label("period.preset", value);
      case "indeling" -> config.flatMap(c -> c.dimension(value)).map(Dimension::label).orElse(null);
      case "doel" -> config.flatMap(c -> c.kpis().stream().filter(k -> k.key().equals(value)).findFirst())
          .map(k -> k.title()).orElse(null);
      default -> null;
    };
    if (label != null) {
      return label;
    }
    try {
      return DisplayFormat.INSTANCE.date(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return text.label("audit.detail." + key, value);
    }
  }
}
