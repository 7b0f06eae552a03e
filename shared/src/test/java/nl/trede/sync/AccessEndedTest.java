package nl.trede.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the app reads in a 401's problem type: only a revoked device or user wipes its store. */
class AccessEndedTest {
  @Test
  void theProblemTypeNamesTheReasonAndOnlyRevocationsWipe() {
    assertThat(AccessEnded.ofProblemType("https://trede.nl/problems/device-revoked")).contains(AccessEnded.DEVICE_REVOKED);
    assertThat(AccessEnded.ofProblemType("https://trede.nl/problems/user-deactivated")).contains(AccessEnded.USER_DEACTIVATED);
    assertThat(AccessEnded.ofProblemType("https://trede.nl/problems/token-expired")).contains(AccessEnded.TOKEN_EXPIRED);
    assertThat(AccessEnded.ofProblemType("https://trede.nl/problems/unauthorized")).isEmpty();
    assertThat(AccessEnded.ofProblemType(null)).isEmpty();
    assertThat(AccessEnded.DEVICE_REVOKED.wipesDevice()).isTrue();
    assertThat(AccessEnded.USER_DEACTIVATED.wipesDevice()).isTrue();
    assertThat(AccessEnded.TOKEN_EXPIRED.wipesDevice()).isFalse();
  }
}
