package io.hookline.adapter.rest.v1;

import io.hookline.application.port.in.CreateTeamUseCase.CreateTeamCommand;
import io.hookline.domain.access.Actor;
import io.hookline.domain.common.Validation;
import io.hookline.domain.team.TeamName;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/teams}. */
@Schema(name = "CreateTeam")
public record CreateTeamRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = TeamName.MAX_LENGTH)
        String name) {

  CreateTeamCommand toCommand(Actor actor) {
    Validation validation = new Validation();
    TeamName teamName = validation.field("name", () -> new TeamName(name));
    validation.throwIfInvalid();
    return new CreateTeamCommand(actor, teamName);
  }
}
