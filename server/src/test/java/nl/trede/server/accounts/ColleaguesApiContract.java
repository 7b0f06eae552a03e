package nl.trede.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import java.util.List;
import nl.trede.domain.Colleague;
import nl.trede.domain.Json;
import nl.trede.domain.Role;
import nl.trede.server.support.ApiClient.Answer;
import nl.trede.server.support.ApiContract;
import org.junit.jupiter.api.Test;

/**
 * The list a case manager's tablet picks coaches from and a jobhunter's phone an employer's
 * aanspreekpunt: the municipality's users who carry files and its jobhunters, by name, over real HTTP on a real database; run once per database by its subclasses.
 */
abstract class ColleaguesApiContract extends ApiContract {
  @Inject
  UserRepository users;

  private List<Colleague> colleaguesOf(String username) throws Exception {
    Answer answer = api.raw(HttpRequest.GET("/api/colleagues"), api.login(username), true);
    assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
    return List.of(Json.MAPPER.treeToValue(answer.body(), Colleague[].class));
  }

  @Test
  void aCaseManagerGetsTheCoachesCaseManagersAndJobhuntersOfTheMunicipalityByName() throws Exception {
    List<Colleague> colleagues = colleaguesOf("casemanager1");

    assertThat(colleagues).extracting(Colleague::displayName, Colleague::role).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Anna de Vries", Role.PARTICIPATION_COACH),
        org.assertj.core.groups.Tuple.tuple("Bram Jansen", Role.PARTICIPATION_COACH),
        org.assertj.core.groups.Tuple.tuple("Carla Bakker", Role.PARTICIPATION_COACH),
        org.assertj.core.groups.Tuple.tuple("Dirk Visser", Role.JOBCOACH),
        // The jobhunter, whom a device names as an employer's aanspreekpunt (001 §3.1, decision 0062).
        org.assertj.core.groups.Tuple.tuple("Eva Smit", Role.JOBHUNTER),
        org.assertj.core.groups.Tuple.tuple("Fatima El Amrani", Role.CASE_MANAGER));
    assertThat(colleagues).extracting(c -> c.userId().toString())
        .contains(users.findByUsername("coach1").orElseThrow().id());
  }

  @Test
  void anotherMunicipalitysStaffAndDeactivatedUsersAreNotListed() throws Exception {
    User coach2 = users.findByUsername("coach2").orElseThrow();
    users.update(coach2.withActive(false));
    try {
      assertThat(colleaguesOf("coach1")).extracting(Colleague::displayName)
          .doesNotContain("Carla Bakker").contains("Anna de Vries");
      assertThat(colleaguesOf("casemanager-dalfsen")).extracting(Colleague::displayName)
          .doesNotContain("Anna de Vries", "Fatima El Amrani").isNotEmpty();
    } finally {
      users.update(coach2);
    }
  }

  @Test
  void withoutATokenNobodyIsListed() {
    assertThat(api.raw(HttpRequest.GET("/api/colleagues"), null, true).status()).isEqualTo(401);
  }
}
