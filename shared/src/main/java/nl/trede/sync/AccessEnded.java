package nl.trede.sync;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the server no longer accepts a device's token: the problem type of its 401 answer
 * (docs/sync-protocol.md, "Authentication"). Two of them end the device's hold on the user's data
 * for good, and the app then wipes the user's store; an expired token only asks for a new login,
 * which keeps the unsent work.
 */
public enum AccessEnded {
  /** Not used for longer than the server allows (a sliding expiry): log in again, keep everything. */
  TOKEN_EXPIRED("token-expired", false),
  /** An admin revoked this device (a lost or stolen phone): wipe the user's store. */
  DEVICE_REVOKED("device-revoked", true),
  /** An admin deactivated the user: wipe the user's store. */
  USER_DEACTIVATED("user-deactivated", true);

  /** The problem type of a login whose password is right but must be replaced first (a reset). */
  public static final String PASSWORD_CHANGE_REQUIRED = "password-change-required";

  private final String type;
  private final boolean wipesDevice;

  AccessEnded(String type, boolean wipesDevice) {
    this.type = type;
    this.wipesDevice = wipesDevice;
  }

  /** The last segment of the problem type, e.g. {@code device-revoked}. */
  public String type() {
    return type;
  }

  public boolean wipesDevice() {
    return wipesDevice;
  }

  /** The reason a problem type names ({@code https://trede.nl/problems/device-revoked}), if any. */
  public static Optional<AccessEnded> ofProblemType(String problemType) {
    if (problemType == null) {
      return Optional.empty();
    }
    String last = problemType.substring(problemType.lastIndexOf('/') + 1);
    return Arrays.stream(values()).filter(r -> r.type.equals(last)).findFirst();
  }
}
