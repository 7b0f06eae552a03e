package nl.trede.config;

/** One allowed value of a classification dimension: a stable key and the label the UI shows. */
public record DimensionValue(String key, String label) {}
