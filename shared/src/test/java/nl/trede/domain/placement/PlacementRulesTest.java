package nl.trede.domain.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import nl.trede.domain.BrokenRules;
import nl.trede.domain.DomainRecord;
import nl.trede.domain.Fixtures;
import nl.trede.domain.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** A placement's rules, the jobcoaching steps (000 Bijlage A) among them. */
public class PlacementRulesTest extends BrokenRules {
  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("placement without kind", Fixtures.with(Fixtures.placement(), "kind", null), "kind", "required"),
        arguments("job without employer", Fixtures.with(Fixtures.placement(), "employerId", null), "employerId", "required"),
        arguments("volunteering with neither employer nor organisation", Fixtures.with(Fixtures.with(Fixtures.with(Fixtures.placement(), "kind",
            "VOLUNTEERING"), "employerId", null), "jobcoaching", null), "organisation", "required"),
        arguments("placement ending before it starts", Fixtures.with(Fixtures.placement(), "plannedEndDate", "2026-01-01"), "plannedEndDate", "after-start"),
        arguments("ended placement without reason", Fixtures.with(Fixtures.placement(), "endDate", "2026-11-20"), "endReason", "required"),
        arguments("end reason while running", Fixtures.with(Fixtures.placement(), "endReason", "COMPLETED"), "endReason", "requires-end-date"),
        arguments("placement of 50 hours a week", Fixtures.with(Fixtures.placement(), "hoursPerWeek", 50), "hoursPerWeek", "range"),
        arguments("WEP met intentie of 5 months (001 §2.1.3)", wep(true, "2027-04-24"), "plannedEndDate", "wep-with-intent-max-3-months"),
        arguments("WEP without supervision (001 §2.1.3)", Fixtures.with(wep(false, "2027-04-24"), "supervision", null), "supervision", "required"),
        arguments("'met intentie' outside a WEP", Fixtures.with(Fixtures.placement(), "withIntent", true), "withIntent", "wep-only"),
        arguments("negative instrument amount", Fixtures.with(Fixtures.placement(), "instruments", List.of(
            Json.MAPPER.createObjectNode().put("code", "loonkostensubsidie").put("amount", -5))), "instruments[0].amount", "range"),
        arguments("jobcoaching without reason (000 Bijlage A)", coaching(true, false, false, false, "MUNICIPAL", null, "LOW"),
            "jobcoaching.reason", "required"),
        arguments("municipal jobcoach while the employer's network suffices (000 Bijlage A)",
            coaching(true, true, false, false, "MUNICIPAL", "x", "LOW"), "jobcoaching.coachKind", "jobcoaching-steps"),
        arguments("external jobcoach without a specialist need (000 Bijlage A)",
            coaching(true, false, false, false, "EXTERNAL", "x", "LOW"), "jobcoaching.coachKind", "jobcoaching-steps"),
        arguments("jobcoaching where no support is needed", coaching(false, false, false, false, "MUNICIPAL", "x", "LOW"),
            "jobcoaching.coachKind", "jobcoaching-steps"),
        arguments("external jobcoach above the lowest regime (000 Bijlage A)",
            Fixtures.with(coaching(true, false, false, true, "EXTERNAL", "x", "MEDIUM"), "jobcoaching", coachingNode(true, false, false,
                true, "EXTERNAL", "x", "MEDIUM").put("coachName", "Jobcoach BV")), "jobcoaching.regime", "lowest-regime"),
        arguments("jobcoaching without a planned end", Fixtures.with(Fixtures.placement(), "jobcoaching", coachingNode(true, false,
            false, false, "MUNICIPAL", "x", "LOW").put("jobcoachId", Fixtures.COACH.toString()).putNull("plannedEndDate")),
            "jobcoaching.plannedEndDate", "required"),
        // 003 §1B: the experienced effect, for the client and the professional, once the placement ended.
        arguments("evaluation of a running placement (001 §5.1 'achteraf')", Fixtures.with(Fixtures.placement(), "evaluation",
            evaluation(3, 4)), "evaluation", "requires-end-date"),
        arguments("evaluation without outcome", evaluated(evaluation(3, 4).putNull("outcome")), "evaluation.outcome", "required"),
        arguments("client's experience of 6", evaluated(evaluation(6, 4)), "evaluation.clientExperience", "range"),
        arguments("professional's experience of 0", evaluated(evaluation(3, 0)), "evaluation.professionalExperience", "range"),
        arguments("only the professional rated", evaluated(evaluation(3, 4).putNull("clientExperience")),
            "evaluation.clientExperience", "required-together"),
        arguments("only the client rated", evaluated(evaluation(3, 4).putNull("professionalExperience")),
            "evaluation.professionalExperience", "required-together"),
        arguments("evaluation without evaluator", evaluated(evaluation(3, 4).putNull("evaluatedBy")), "evaluation.evaluatedBy", "required"),
        arguments("evaluation dated tomorrow", evaluated(evaluation(3, 4).put("evaluatedAt", "2026-11-26T09:00:00Z")),
            "evaluation.evaluatedAt", "not-in-future"),
        arguments("evaluation note of 2001 characters", evaluated(evaluation(3, 4).put("note", "x".repeat(2001))),
            "evaluation.note", "max-length"),
        // 001 §2.1.3: "uitsluitend ... als hierdoor geen verdringing op de arbeidsmarkt plaatsvindt".
        arguments("displacement check without a finding", checked(displacement().putNull("finding")),
            "displacementCheck.finding", "required"),
        arguments("displacement check with a blank finding", checked(displacement().put("finding", "  ")),
            "displacementCheck.finding", "required"),
        arguments("displacement finding of 1001 characters", checked(displacement().put("finding", "x".repeat(1001))),
            "displacementCheck.finding", "max-length"),
        arguments("displacement checked next week", checked(displacement().put("checkedOn", "2026-12-01")),
            "displacementCheck.checkedOn", "not-in-future"),
        arguments("displacement check without a date", checked(displacement().putNull("checkedOn")),
            "displacementCheck.checkedOn", "required"),
        arguments("displacement check by nobody", checked(displacement().putNull("checkedBy")),
            "displacementCheck.checkedBy", "required"));
  }

  /** A displacement check as the field app records it: established last week by the coach. */
  static ObjectNode displacement() {
    return Json.MAPPER.createObjectNode().put("checkedOn", "2026-11-17").put("checkedBy", Fixtures.COACH.toString())
        .put("finding", "Boventallige plek naast de vaste ploeg; geen vacature open, niemand vervangen.");
  }

  static DomainRecord checked(ObjectNode check) {
    return Fixtures.with(wep(false, "2027-02-24"), "displacementCheck", check);
  }

  /** An evaluation as the field app sends it: goal partly reached, rated by both sides. */
  static ObjectNode evaluation(int client, int professional) {
    return Json.MAPPER.createObjectNode().put("outcome", "PARTLY_REACHED").put("clientExperience", client)
        .put("professionalExperience", professional).put("evaluatedBy", Fixtures.COACH.toString())
        .put("evaluatedAt", "2026-11-24T08:00:00Z");
  }

  /** The example placement, ended last week as completed, with this evaluation. */
  static DomainRecord evaluated(ObjectNode evaluation) {
    return Fixtures.with(Fixtures.with(Fixtures.with(Fixtures.placement(), "endDate", "2026-11-20"), "endReason", "COMPLETED"),
        "evaluation", evaluation);
  }

  /** A WEP from 24 November 2026, with its goal, supervision and hours agreed. */
  public static DomainRecord wep(boolean withIntent, String plannedEnd) {
    return Fixtures.with(Fixtures.with(Fixtures.with(Fixtures.with(Fixtures.with(Fixtures.placement(), "kind", "WORK_EXPERIENCE"), "withIntent", withIntent),
        "startDate", "2026-11-24"), "plannedEndDate", plannedEnd), "jobcoaching", null);
  }

  static ObjectNode coachingNode(boolean needed, boolean network, boolean harrie, boolean specialist, String kind,
      String reason, String regime) {
    ObjectNode node = Json.MAPPER.createObjectNode().put("supportNeeded", needed).put("networkSufficient", network)
        .put("harrieSufficient", harrie).put("specialistNeeded", specialist).put("coachKind", kind)
        .put("reason", reason).put("regime", regime).put("plannedEndDate", "2027-03-01");
    return "MUNICIPAL".equals(kind) ? node.put("jobcoachId", Fixtures.COACH.toString()) : node.put("coachName", "Collega");
  }

  public static DomainRecord coaching(boolean needed, boolean network, boolean harrie, boolean specialist, String kind,
      String reason, String regime) {
    return Fixtures.with(Fixtures.placement(), "jobcoaching", coachingNode(needed, network, harrie, specialist, kind, reason, regime));
  }

  @Test
  void aWorkExperiencePlacementWithItsDisplacementCheckIsValidAndTheCheckTravels() throws Exception {
    Placement wep = (Placement) checked(displacement().put("finding", "x".repeat(1000)));
    assertThat(wep.validate(Fixtures.CLOCK)).isEmpty();
    Placement back = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(wep), Placement.class);
    assertThat(back.displacementCheck()).isEqualTo(wep.displacementCheck());
    // A placement from a device that does not know the check reads without one.
    ObjectNode old = Json.MAPPER.valueToTree(Fixtures.placement());
    old.remove("displacementCheck");
    assertThat(Json.MAPPER.treeToValue(old, Placement.class).displacementCheck()).isNull();
  }

  @Test
  void anEndedPlacementEvaluatedByBothSidesOrWithoutRatingsIsValid() throws Exception {
    assertThat(evaluated(evaluation(2, 4)).validate(Fixtures.CLOCK)).isEmpty();
    // A candidate who cannot be asked any more: the outcome alone still counts.
    assertThat(evaluated(evaluation(2, 4).putNull("clientExperience").putNull("professionalExperience"))
        .validate(Fixtures.CLOCK)).isEmpty();
  }

  @Test
  void aPlacementFromADeviceWithoutEvaluationsStillReadsAndTheEvaluationTravels() throws Exception {
    ObjectNode old = Json.MAPPER.valueToTree(Fixtures.placement());
    old.remove("evaluation");
    assertThat(Json.MAPPER.treeToValue(old, Placement.class).evaluation()).isNull();
    Placement evaluated = (Placement) evaluated(evaluation(2, 4));
    Placement back = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(evaluated), Placement.class);
    assertThat(back.evaluation()).isEqualTo(evaluated.evaluation());
    assertThat(back.evaluation().outcome()).isEqualTo(EvaluationOutcome.PARTLY_REACHED);
  }
}
