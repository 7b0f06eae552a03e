package nl.trede.client.ui.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.employer.Vacancy;
import nl.trede.domain.employer.VacancyStatus;

/**
 * Which of the chosen employer's vacancies a placement fills (decision 0062): the employer's open
 * ones, and the one the placement already names whatever its status now. Choosing another employer
 * clears a vacancy that is not theirs, so the form never sends a pair the server refuses
 * ({@code vacancy-of-another-employer}). The vacancy's own status is the jobhunter's to change: a
 * placement never closes someone else's record behind their back.
 */
public final class VacancyChoice {
  private final ObjectProperty<Vacancy> chosen = new SimpleObjectProperty<>();
  private final ObservableList<Vacancy> choices = FXCollections.observableArrayList();
  private final List<Vacancy> all;
  private UUID named;

  VacancyChoice(List<Vacancy> all, ObjectProperty<Employer> employer) {
    this.all = List.copyOf(all);
    employer.addListener((obs, old, now) -> offer(now));
    offer(employer.get());
  }

  /** Shows the vacancy a stored placement names, with the employer it was loaded with. */
  void load(UUID vacancyId, Employer employer) {
    named = vacancyId;
    offer(employer);
    chosen.set(vacancyId == null ? null : all.stream().filter(v -> v.id().equals(vacancyId)).findFirst().orElse(null));
  }

  private void offer(Employer employer) {
    List<Vacancy> list = new ArrayList<>();
    if (employer != null) {
      all.stream().filter(v -> employer.id().equals(v.employerId()))
          .filter(v -> v.status() == VacancyStatus.OPEN || v.id().equals(named))
          .sorted(Comparator.comparing(Vacancy::title, String.CASE_INSENSITIVE_ORDER))
          .forEach(list::add);
    }
    choices.setAll(list);
    if (chosen.get() != null && !list.contains(chosen.get())) {
      chosen.set(null);
    }
  }

  /** The id to store: the chosen vacancy, if the placement is at its employer. */
  UUID id(boolean atEmployer) {
    return atEmployer ? Optional.ofNullable(chosen.get()).map(Vacancy::id).orElse(null) : null;
  }

  public ObjectProperty<Vacancy> chosen() {
    return chosen;
  }

  public ObservableList<Vacancy> choices() {
    return choices;
  }
}
