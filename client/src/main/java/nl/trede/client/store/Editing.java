package nl.trede.client.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.trede.domain.DomainRecord;
import nl.trede.sync.RecordType;

/**
 * A record as a form opened it: what the person saw and the server version that stood on. A save
 * sends only the fields the person changed against this, on this version, so a colleague's change
 * that a background sync brought in while the form was open is never overwritten with what the
 * form still showed; the same field changed on both sides becomes a conflict.
 *
 * @param seen the record's fields as shown when the form opened
 * @param baseVersion the server version those fields stood on
 */
public record Editing<T extends DomainRecord>(RecordType type, T record, ObjectNode seen, long baseVersion) {}
