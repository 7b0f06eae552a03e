package nl.trede.server.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.trede.config.MunicipalityConfig;
import nl.trede.domain.Json;
import nl.trede.domain.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The municipalities' configuration files, read and validated when the server starts ({@code
 * @Context}: before it accepts a request). The shipped files are on the class path under
 * {@code municipalities/}; a folder given by {@code trede.municipalities.dir} adds or replaces files,
 * so a municipality can bring its own scheme without a new release.
 */
@Context
public class Municipalities {
  private static final Logger LOG = LoggerFactory.getLogger(Municipalities.class);
  private static final String CLASSPATH_FOLDER = "municipalities/";

  private final Map<String, MunicipalityConfig> configs = new TreeMap<>();

  public Municipalities(
      @Value("${trede.municipalities.shipped:overbetuwe,lansingerland,dalfsen,wijchen}") List<String> shipped,
      @Nullable @Value("${trede.municipalities.dir:}") String dir, Clock clock) {
    List<String> problems = new ArrayList<>();
    for (String name : shipped) {
      String resource = CLASSPATH_FOLDER + name.strip() + ".yml";
      try (InputStream in = Municipalities.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          problems.add(resource + ": not found");
          continue;
        }
        load(resource, name.strip(), new InputStreamReader(in, StandardCharsets.UTF_8), clock, problems);
      } catch (IOException e) {
        problems.add(resource + ": " + e.getMessage());
      }
    }
    if (dir != null && !dir.isBlank()) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
          String name = file.getFileName().toString().replaceFirst("\\.yml$", "");
          try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            load(file.toString(), name, reader, clock, problems);
          }
        }
      } catch (IOException e) {
        problems.add(dir + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      ConfigurationFileException failure = new ConfigurationFileException(problems);
      LOG.error(failure.getMessage());
      throw failure;
    }
    configs.values().forEach(c -> LOG.info("municipality configuration {} version {} loaded: dimensions={} kpis={}",
        c.municipality(), c.version(), c.dimensions().size(), c.kpis().size()));
  }

  /** Reads and validates one file; its problems, each with file and line, go to {@code problems}. */
  static Optional<MunicipalityConfig> parse(String file, String expectedMunicipality, Reader reader, Clock clock,
      List<String> problems) {
    LocatedYaml yaml;
    try {
      yaml = LocatedYaml.read(reader);
    } catch (LocatedYaml.DuplicateKey e) {
      problems.add(file + ", line " + e.line + ": " + e.getMessage());
      return Optional.empty();
    } catch (MarkedYAMLException e) {
      problems.add(file + ", line " + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem());
      return Optional.empty();
    } catch (RuntimeException e) {
      problems.add(file + ": not readable as YAML: " + e.getMessage());
      return Optional.empty();
    }
    if (!(yaml.tree() instanceof ObjectNode tree)) {
      problems.add(file + ", line 1: a configuration is a mapping of keys to values");
      return Optional.empty();
    }
    ObjectNode json = tree.deepCopy();
    // The id is derived, so files need not carry (or get wrong) a UUID.
    if (json.hasNonNull("municipality") && !json.has("id")) {
      json.put("id", MunicipalityConfig.idFor(json.get("municipality").asText()).toString());
    }
    List<String> unknown = unknownFields(json);
    unknown.forEach(path -> problems.add(file + ", line " + yaml.lineOf(path) + ": " + path
        + ": unknown setting (misspelt?)"));
    MunicipalityConfig config;
    try {
      config = Json.MAPPER.treeToValue(json, MunicipalityConfig.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String path = Json.pathOf(e);
      problems.add(file + ", line " + yaml.lineOf(path) + ": " + (path.isEmpty() ? "" : path + ": ")
          + Json.describe(e));
      return Optional.empty();
    }
    if (!unknown.isEmpty()) {
      return Optional.empty();
    }
    List<Violation> violations = config.validate(clock);
    for (Violation v : violations) {
      problems.add(file + ", line " + yaml.lineOf(v.field()) + ": " + v.field() + ": " + v.message()
          + " (" + v.rule() + ")");
    }
    if (expectedMunicipality != null && config.municipality() != null
        && !config.municipality().equals(expectedMunicipality)) {
      problems.add(file + ", line " + yaml.lineOf("municipality") + ": municipality '" + config.municipality()
          + "' does not match the file name");
      return Optional.empty();
    }
    return violations.isEmpty() ? Optional.of(config) : Optional.empty();
  }

  private void load(String file, String name, Reader reader, Clock clock, List<String> problems) {
    parse(file, name, reader, clock, problems).ifPresent(c -> configs.put(c.municipality(), c));
  }

  public Optional<MunicipalityConfig> find(String municipality) {
    return Optional.ofNullable(configs.get(municipality));
  }

  public List<MunicipalityConfig> all() {
    return List.copyOf(configs.values());
  }

  /**
   * Settings Jackson would quietly ignore (the shared mapper tolerates unknown properties for sync):
   * in a hand-edited file a misspelt key is a mistake to report, not to skip.
   */
  private static List<String> unknownFields(ObjectNode json) {
    List<String> unknown = new ArrayList<>();
    SchemaWalker.walk(json, MunicipalityConfig.class, "", unknown);
    return unknown;
  }
}
