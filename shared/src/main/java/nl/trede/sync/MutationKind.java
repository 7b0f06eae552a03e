package nl.trede.sync;

public enum MutationKind {
  CREATE,
  UPDATE,
  DELETE
}
