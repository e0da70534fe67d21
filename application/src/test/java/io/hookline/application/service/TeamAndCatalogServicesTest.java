package io.hookline.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookline.application.fake.InMemoryEventTypeRepository;
import io.hookline.application.fake.InMemoryTeamRepository;
import io.hookline.application.fake.SequentialIdGenerator;
import io.hookline.application.port.in.ArchiveEventTypeUseCase.ArchiveEventTypeCommand;
import io.hookline.application.port.in.CreateEventTypeUseCase.CreateEventTypeCommand;
import io.hookline.application.port.in.CreateTeamUseCase.CreateTeamCommand;
import io.hookline.application.port.in.GetTeamUseCase.GetTeamQuery;
import io.hookline.application.port.in.ListEventTypesUseCase.ListEventTypesQuery;
import io.hookline.application.port.in.ListTeamsUseCase.ListTeamsQuery;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.AccessDeniedException;
import io.hookline.domain.common.ConflictException;
import io.hookline.domain.common.NotFoundException;
import io.hookline.domain.common.PageRequest;
import io.hookline.domain.eventtype.EventType;
import io.hookline.domain.eventtype.EventTypeName;
import io.hookline.domain.team.TeamId;
import io.hookline.domain.team.TeamName;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeamAndCatalogServicesTest {

  private final Clock clock = Clock.systemUTC();
  private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
  private final InMemoryEventTypeRepository eventTypes = new InMemoryEventTypeRepository();
  private final CreateTeamService createTeam =
      new CreateTeamService(teams, new SequentialIdGenerator(), clock);
  private final Actor admin = Actor.admin("ops");

  @Test
  void onlyAdminsCreateTeamsAndNamesAreUnique() {
    var team = createTeam.create(new CreateTeamCommand(admin, new TeamName("acme")));
    assertEquals("acme", team.name().value());
    assertThrows(
        ConflictException.class,
        () -> createTeam.create(new CreateTeamCommand(admin, new TeamName("acme"))));
    assertThrows(
        AccessDeniedException.class,
        () ->
            createTeam.create(
                new CreateTeamCommand(Actor.member("m", team.id()), new TeamName("other"))));
  }

  @Test
  void teamsAreListedInCreationOrderPageByPage() {
    for (String name : List.of("one", "two", "three")) {
      createTeam.create(new CreateTeamCommand(admin, new TeamName(name)));
    }
    var list = new ListTeamsService(teams);
    var first = list.list(new ListTeamsQuery(admin, PageRequest.first(2)));
    assertEquals(List.of("one", "two"), first.items().stream().map(t -> t.name().value()).toList());
    var second =
        list.list(new ListTeamsQuery(admin, PageRequest.of(2, first.nextCursor().orElseThrow())));
    assertEquals(List.of("three"), second.items().stream().map(t -> t.name().value()).toList());
    assertEquals(true, second.nextCursor().isEmpty());
  }

  @Test
  void aMemberReadsItsOwnTeamAndAnUnknownTeamIsNotFound() {
    var team = createTeam.create(new CreateTeamCommand(admin, new TeamName("acme")));
    var get = new GetTeamService(new TeamAccess(teams));
    assertEquals(
        team.id(), get.get(new GetTeamQuery(Actor.member("m", team.id()), team.id())).id());
    var unknown = new TeamId(UUID.randomUUID());
    assertThrows(NotFoundException.class, () -> get.get(new GetTeamQuery(admin, unknown)));
    assertThrows(
        AccessDeniedException.class,
        () -> get.get(new GetTeamQuery(Actor.member("m", team.id()), unknown)));
  }

  @Test
  void archivedTypesAreHiddenUnlessAskedFor() {
    var create = new CreateEventTypeService(eventTypes, clock);
    create.create(new CreateEventTypeCommand(admin, new EventTypeName("b.created"), "B"));
    create.create(new CreateEventTypeCommand(admin, new EventTypeName("a.created"), "A"));
    new ArchiveEventTypeService(eventTypes)
        .archive(new ArchiveEventTypeCommand(admin, new EventTypeName("b.created")));
    var list = new ListEventTypesService(eventTypes);
    var member = Actor.member("m", new TeamId(UUID.randomUUID()));
    assertEquals(
        List.of("a.created"),
        list.list(new ListEventTypesQuery(member, false)).stream()
            .map(t -> t.name().value())
            .toList());
    var all = list.list(new ListEventTypesQuery(member, true));
    assertEquals(
        List.of("a.created", "b.created"), all.stream().map(t -> t.name().value()).toList());
    assertEquals(List.of(false, true), all.stream().map(EventType::archived).toList());
  }

  @Test
  void archivingAnUnknownTypeIsNotFoundAndNonAdminsMayNotArchive() {
    var archive = new ArchiveEventTypeService(eventTypes);
    assertThrows(
        NotFoundException.class,
        () -> archive.archive(new ArchiveEventTypeCommand(admin, new EventTypeName("nope"))));
    assertThrows(
        AccessDeniedException.class,
        () ->
            archive.archive(
                new ArchiveEventTypeCommand(
                    Actor.member("m", new TeamId(UUID.randomUUID())), new EventTypeName("nope"))));
  }

  @Test
  void hooklinesOwnEventTypeNamesCannotBeDefinedByAnAdmin() {
    var create = new CreateEventTypeService(eventTypes, clock);
    var error =
        assertThrows(
            io.hookline.domain.common.InvalidInputException.class,
            () ->
                create.create(
                    new CreateEventTypeCommand(
                        admin, new EventTypeName("hookline.subscription.created"), "")));
    assertEquals("name", error.errors().getFirst().field());
  }
}
