package nl.trede.config;

import java.util.Map;

/**
 * How classifications made under an older version of the scheme carry over: values renamed or
 * merged into another. Values that no longer exist and are not mapped are never dropped: the file
 * keeps them and shows them as "te herzien" until a person reclassifies.
 *
 * @param fromVersion applies to files last classified under this version or earlier
 * @param renames old value key to new value key
 */
public record ClassificationMigration(int fromVersion, String dimension, Map<String, String> renames) {
  public ClassificationMigration {
    renames = renames == null ? Map.of() : Map.copyOf(renames);
  }
}
