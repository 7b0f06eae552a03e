package nl.trede.client.ui.candidate;

import java.util.List;
import java.util.UUID;
import nl.trede.domain.DomainRecord;
import nl.trede.sync.RecordType;

/** Names each action the page asks for. */
public record RecordingActions(List<String> asked) implements CandidatePresenter.Actions {
  @Override
  public void recordContact(UUID id, boolean noShow) {
    asked.add(noShow ? "no-show" : "contact");
  }

  @Override
  public void recordStep(UUID id) {
    asked.add("step");
  }

  @Override
  public void recordMeasurement(UUID id) {
    asked.add("measurement");
  }

  @Override
  public void recordBroadIntake(UUID id) {
    asked.add("broad-intake");
  }

  @Override
  public void bookHours(UUID id, UUID placementId) {
    asked.add("hours");
  }

  @Override
  public void openPlacement(UUID id, UUID placementId) {
    asked.add("placement");
  }

  @Override
  public void editClassification(UUID id) {
    asked.add("classification");
  }

  @Override
  public void correct(UUID id, RecordType type, DomainRecord entry) {
    asked.add("correct " + type.wireName() + " " + entry.id());
  }

  @Override
  public void editPerson(UUID id) {
    asked.add("person");
  }

  @Override
  public void editPlan(UUID id) {
    asked.add("plan");
  }

  @Override
  public void editFlags(UUID id) {
    asked.add("flags");
  }

  @Override
  public void assign(UUID id) {
    asked.add("assign");
  }

  @Override
  public void exit(UUID id) {
    asked.add("exit");
  }

  @Override
  public void refer(UUID id) {
    asked.add("refer");
  }

  @Override
  public void signOff(UUID referralId) {
    asked.add("sign off " + referralId);
  }
}
