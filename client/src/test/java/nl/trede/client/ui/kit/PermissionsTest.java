package nl.trede.client.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.trede.domain.Role;
import org.junit.jupiter.api.Test;

/** The screens offer what the role table (RoleRules) allows, for every role. */
class PermissionsTest {
  private static List<Boolean> offered(Role role) {
    Permissions may = Permissions.of(role);
    return List.of(may.mayRegister(), may.mayReassign(), may.mayClose(), may.mayDelete(), may.mayRefer());
  }

  @Test
  void fieldRolesAreNotOfferedIntakeReassignCloseDeleteOrReferral() {
    // architecture.md, Roles: sending a referral is the file owner's; the receiving team answers it.
    for (Role role : List.of(Role.PARTICIPATION_COACH, Role.JOBCOACH, Role.JOBHUNTER)) {
      assertThat(offered(role)).as(role.name()).containsOnly(false);
    }
  }

  @Test
  void caseManagersOfficeAndAdminAreOfferedEverything() {
    for (Role role : List.of(Role.CASE_MANAGER, Role.OFFICE, Role.ADMIN)) {
      assertThat(offered(role)).as(role.name()).containsOnly(true);
    }
  }
}
