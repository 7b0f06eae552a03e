package nl.trede.client.ui.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.client.ui.kit.FieldContext;
import nl.trede.client.ui.kit.Messages;
import nl.trede.client.ui.kit.SessionFacts;
import nl.trede.domain.session.GroupSession;
import nl.trede.domain.session.SessionAttendance;

/**
 * The group sessions a candidate was invited to, on their page (issue 18): "Uitgenodigd voor
 * Training Aan het werk · 3 dec.", whether they came and whether they want a follow-up; a tap opens
 * the session. Beside {@link CandidatePresenter}, which reads the rest of the file.
 */
public final class CandidateSessions {
  /** One invitation as a card. */
  public record Line(UUID sessionId, String title, List<String> details) {}

  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final FieldContext context;
  private final UUID candidateId;
  private final Consumer<UUID> openSession;

  public CandidateSessions(FieldContext context, UUID candidateId, Consumer<UUID> openSession) {
    this.context = context;
    this.candidateId = candidateId;
    this.openSession = openSession;
  }

  public void refresh() {
    Messages messages = context.messages();
    SessionFacts facts = SessionFacts.of(context);
    lines.setAll(facts.ofCandidate(candidateId).stream().map(i -> {
      GroupSession s = i.session();
      SessionAttendance a = i.attendance();
      List<String> details = new ArrayList<>();
      if (s.cancelled()) {
        details.add(messages.get("sessions.cancelled"));
      }
      if (a.presence() != null) {
        details.add(messages.label(a.presence()));
      }
      if (a.wantsFollowUp()) {
        details.add(messages.get("session.wantsFollowUp"));
      }
      if (a.declarationSigned() != null) {
        facts.declarationLabel(s).ifPresent(label -> details.add(messages.get(a.declarationSigned()
            ? "session.declarationSigned" : "session.declarationNotSigned", label)));
      }
      if (a.note() != null) {
        details.add(a.note());
      }
      return new Line(s.id(), messages.get("candidate.sessionInvited", s.title(), messages.dayMonth(s.date())),
          details);
    }).toList());
  }

  public void open(Line line) {
    openSession.accept(line.sessionId());
  }

  /** Newest session first; empty when the candidate was invited to none. */
  public ObservableList<Line> lines() {
    return lines;
  }
}
