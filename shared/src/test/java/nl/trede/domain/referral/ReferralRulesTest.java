package nl.trede.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** A referral says why it was sent and, once signed off, why it ended (004 §2.2, §4.1). */
public class ReferralRulesTest extends BrokenRules {
  static Referral sent() {
    return new Referral(Ids.newId(), Fixtures.CANDIDATE, Fixtures.COACH, "werkbedrijf", null,
        "Bemiddeling naar werk bij een werkgever in de regio", ReferralStatus.SENT, Fixtures.TODAY.minusDays(10),
        null, null, null, null);
  }

  static DomainRecord signedOff(String reason) {
    return Fixtures.with(Fixtures.with(Fixtures.with(Fixtures.with(Fixtures.with(sent(), "status", "SIGNED_OFF"),
        "answeredOn", Fixtures.TODAY.minusDays(8).toString()), "signedOffOn", Fixtures.TODAY.toString()),
        "signOffReason", reason), "receiverId", Fixtures.COACH.toString());
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("referral without goal ('met welk doel')", Fixtures.with(sent(), "goal", null), "goal", "required"),
        arguments("referral without target", Fixtures.with(sent(), "target", null), "target", "required"),
        arguments("referral sent in the future", Fixtures.with(sent(), "sentOn", Fixtures.TODAY.plusDays(3).toString()),
            "sentOn", "plausible-date"),
        arguments("signed off without reason ('met welke reden')", signedOff(null), "signOffReason", "required"),
        arguments("signed off with a blank reason", signedOff("  "), "signOffReason", "required"),
        arguments("accepted without the day it was", Fixtures.with(sent(), "status", "ACCEPTED"), "answeredOn", "required"),
        arguments("answered before it was sent", Fixtures.with(Fixtures.with(sent(), "status", "DECLINED"), "answeredOn",
            Fixtures.TODAY.minusDays(20).toString()), "answeredOn", "before-sent"),
        arguments("a sign-off reason on an open referral", Fixtures.with(sent(), "signOffReason", "Klaar"), "status",
            "not-signed-off"),
        arguments("declined yet taken on by someone", Fixtures.with(Fixtures.with(Fixtures.with(sent(), "status",
            "DECLINED"), "answeredOn", Fixtures.TODAY.toString()), "receiverId", Fixtures.COACH.toString()),
            "receiverId", "declined"));
  }

  @Test
  void aReferralSentAndOneSignedOffWithItsReasonAreValid() {
    assertThat(sent().validate(Fixtures.CLOCK)).isEmpty();
    assertThat(signedOff("Aan het werk bij Kwekerij De Linge").validate(Fixtures.CLOCK)).isEmpty();
    assertThat(sent().isOpen()).isTrue();
    assertThat(((Referral) signedOff("Klaar")).isOpen()).isFalse();
  }
}
