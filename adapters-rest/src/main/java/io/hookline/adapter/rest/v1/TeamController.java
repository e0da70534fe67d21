package io.hookline.adapter.rest.v1;

import io.hookline.adapter.rest.error.ProblemResponses;
import io.hookline.adapter.rest.security.AuthenticatedActors;
import io.hookline.application.port.in.CreateTeamUseCase;
import io.hookline.application.port.in.GetTeamUseCase;
import io.hookline.application.port.in.GetTeamUseCase.GetTeamQuery;
import io.hookline.application.port.in.ListTeamsUseCase;
import io.hookline.application.port.in.ListTeamsUseCase.ListTeamsQuery;
import io.hookline.domain.team.TeamId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Teams, the tenants of Hookline: created and listed by admins, read by their members. */
@Controller("/api/v1/teams")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses
@Tag(name = "Teams", description = "the tenants that own subscriptions")
final class TeamController {

  private final CreateTeamUseCase createTeam;
  private final ListTeamsUseCase listTeams;
  private final GetTeamUseCase getTeam;
  private final AuthenticatedActors actors;

  TeamController(
      CreateTeamUseCase createTeam,
      ListTeamsUseCase listTeams,
      GetTeamUseCase getTeam,
      AuthenticatedActors actors) {
    this.createTeam = createTeam;
    this.listTeams = listTeams;
    this.getTeam = getTeam;
    this.actors = actors;
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Operation(
      operationId = "createTeam",
      summary = "Create a team",
      description = "Admins only; team names are unique.")
  TeamResponse create(@Body CreateTeamRequest request, Authentication authentication) {
    return TeamResponse.from(createTeam.create(request.toCommand(actors.of(authentication))));
  }

  @Get
  @Operation(
      operationId = "listTeams",
      summary = "List teams",
      description = "Admins only; oldest first, page by page.")
  PageResponse<TeamResponse> list(
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      Authentication authentication) {
    var query = new ListTeamsQuery(actors.of(authentication), Pagination.request(limit, cursor));
    return PageResponse.from(listTeams.list(query), TeamResponse::from);
  }

  @Get("/{teamId}")
  @Operation(
      operationId = "getTeam",
      summary = "Read a team",
      description = "Admins and the team's members.")
  TeamResponse get(@PathVariable String teamId, Authentication authentication) {
    var query = new GetTeamQuery(actors.of(authentication), TeamId.parse(teamId));
    return TeamResponse.from(getTeam.get(query));
  }
}
