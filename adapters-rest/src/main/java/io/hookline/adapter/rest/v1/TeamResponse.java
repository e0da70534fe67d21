package io.hookline.adapter.rest.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hookline.domain.team.Team;
import io.swagger.v3.oas.annotations.media.Schema;

/** A team as the native API shows it. */
@Schema(name = "Team")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TeamResponse(
    @Schema(format = "uuid") String id,
    String name,
    @Schema(format = "date-time") String createdAt) {

  static TeamResponse from(Team team) {
    return new TeamResponse(team.id().toString(), team.name().value(), team.createdAt().toString());
  }
}
