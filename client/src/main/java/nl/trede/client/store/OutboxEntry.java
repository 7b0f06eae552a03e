package nl.trede.client.store;

import nl.trede.sync.Mutation;

/** A change waiting for the server, with how often pushing it has failed. */
public record OutboxEntry(long seq, Mutation mutation, int attempts) {}
