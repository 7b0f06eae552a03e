package nl.trede.client.support;

import static nl.trede.client.support.FakeSyncServer.json;
import static nl.trede.client.support.Fixtures.COACH;
import static nl.trede.client.support.Fixtures.TODAY;
import static nl.trede.client.support.Fixtures.candidate;
import static nl.trede.client.support.Fixtures.change;
import static nl.trede.client.support.Fixtures.coachedJob;
import static nl.trede.client.support.Fixtures.employer;
import static nl.trede.client.support.Fixtures.step;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import nl.trede.client.sync.LoginResult;
import nl.trede.domain.Role;
import nl.trede.domain.candidate.Candidate;
import nl.trede.domain.candidate.Exit;
import nl.trede.domain.candidate.ExitReason;
import nl.trede.domain.employer.Employer;
import nl.trede.domain.placement.Placement;
import nl.trede.sync.Mutation;
import nl.trede.sync.MutationResult;
import nl.trede.sync.PullPage;
import nl.trede.sync.PushRequest;
import nl.trede.sync.PushResponse;
import nl.trede.sync.RecordChange;
import nl.trede.sync.RecordType;

/**
 * A sync server for a coach with one file (Anna Jansen on rung 2), or a jobcoach who also coaches
 * her job ({@link #jobcoach()}), whose answer to a push a test decides: applied (the default), a conflict or a refusal per mutation, or no network at all.
 */
public final class FakeCaseload implements AutoCloseable {
  public final Candidate anna = candidate("Anna", "Jansen");
  private final FakeSyncServer server;
  private final AtomicLong versions = new AtomicLong();
  private volatile boolean offline;
  private volatile Function<Mutation, MutationResult> answer =
      m -> new MutationResult.Applied(m.id(), m.recordId(), versions.incrementAndGet());

  /** Supermarkt Heteren, whose contact on file is Jan; only the jobcoach's caseload has it. */
  public final Employer shop = employer("Supermarkt Heteren");
  /** Anna's job there, coached by the jobcoach; only the jobcoach's caseload has it. */
  public final Placement job = coachedJob(anna.id(), shop.id(), COACH, TODAY.plusMonths(3));

  public FakeCaseload() throws Exception {
    this(Role.PARTICIPATION_COACH);
  }

  /** The same, logged in as a jobcoach whose Vandaag holds Anna's job at {@link #shop}. */
  public static FakeCaseload jobcoach() throws Exception {
    return new FakeCaseload(Role.JOBCOACH, false);
  }

  /**
   * The coach's, with Anna's file closed for work 14 days ago under a nazorg schedule of 14 and 90
   * days (002 §3.4.2): her first aftercare contact is due today.
   */
  public static FakeCaseload leftForWork() throws Exception {
    return new FakeCaseload(Role.PARTICIPATION_COACH, true);
  }

  /** The coach's, with Overbetuwe's configuration as the fixture has it (its limits on placements). */
  public static FakeCaseload withOverbetuwe() throws Exception {
    return new FakeCaseload(Role.PARTICIPATION_COACH, false, Fixtures.overbetuwe());
  }

  private FakeCaseload(Role role) throws Exception {
    this(role, false);
  }

  private FakeCaseload(Role role, boolean leftForWork) throws Exception {
    this(role, leftForWork, leftForWork ? Fixtures.withAftercare(Fixtures.overbetuwe(), 14, 90) : null);
  }

  private FakeCaseload(Role role, boolean leftForWork, nl.trede.config.MunicipalityConfig config) throws Exception {
    Candidate file = leftForWork ? Fixtures.closed(anna, new Exit(TODAY.minusDays(14), ExitReason.WORK)) : anna;
    List<RecordChange> pulled = new ArrayList<>(List.of(change(RecordType.CANDIDATE, file, 1),
        change(RecordType.LADDER_STEP, step(anna.id(), null, 2, TODAY.minusMonths(3)), 1)));
    if (config != null) {
      pulled.add(change(RecordType.CONFIGURATION, config, 1));
    }
    if (role == Role.JOBCOACH) {
      pulled.add(change(RecordType.EMPLOYER, shop, 1));
      pulled.add(change(RecordType.PLACEMENT, job, 1));
    }
    server = new FakeSyncServer()
        .on("/api/auth/login", r -> json(new LoginResult("token-1", COACH.toString(), "Anna de Vries",
            role, "overbetuwe", "Gemeente Overbetuwe")))
        .on("/api/sync/push", r -> offline ? FakeSyncServer.drop()
            : json(new PushResponse(r.bodyAs(PushRequest.class).mutations().stream().map(answer).toList())))
        .on("/api/sync/pull", r -> offline ? FakeSyncServer.drop()
            : json(new PullPage(pulled, "s1", false, List.of())));
  }

  public String url() {
    return server.url();
  }

  /** The network is gone (true) or back (false): every request is dropped meanwhile. */
  public void offline(boolean gone) {
    offline = gone;
  }

  /** How the server answers each pushed mutation from now on. */
  public void answer(Function<Mutation, MutationResult> how) {
    answer = how;
  }

  public List<FakeSyncServer.Request> pushes() {
    return server.requests("/api/sync/push");
  }

  @Override
  public void close() {
    server.close();
  }
}
