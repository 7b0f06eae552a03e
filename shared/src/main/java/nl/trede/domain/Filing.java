package nl.trede.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record components {@link DomainRecord#fileCandidateId()} and {@link HistoryEntry#eventAt()}
 * answer from, so {@link FilingReader} can read whose file a stored record is in and when it happened
 * without reading the rest of it. A record type whose answers use another component marks that one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Filing {}
