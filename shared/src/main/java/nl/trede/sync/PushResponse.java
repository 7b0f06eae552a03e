package nl.trede.sync;

import java.util.List;

/** One result per mutation, in the order of the request. */
public record PushResponse(List<MutationResult> results) {}
