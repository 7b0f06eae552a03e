package nl.trede.server.backup;

import java.nio.file.Path;
import java.time.Duration;

/** A finished backup: a SQLite file that passed {@code PRAGMA integrity_check}. */
public record Backup(Path file, long bytes, Duration took) {}
