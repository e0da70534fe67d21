package io.hookline.adapter.rest.docs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The head of the generated OpenAPI document: title, version, and the bearer JWT that every
 * operation needs.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Hookline",
            version = "v1",
            description =
                "Self-hosted webhook service: teams subscribe URLs to event types and Hookline"
                    + " delivers each published event, signed and retried. Errors are RFC 9457"
                    + " problem details (application/problem+json)."),
    security = @SecurityRequirement(name = ApiDefinition.BEARER))
@SecurityScheme(
    name = ApiDefinition.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "HS256 JWT with claims sub, roles (admin, publisher) and teams (team ids)")
public interface ApiDefinition {

  /** The name of the bearer security scheme. */
  String BEARER = "bearer";

  /** Where the annotation processor writes the document; see openapi.properties. */
  String DOCUMENT = "META-INF/swagger/hookline.yml";

  /** Where the annotation processor writes Swagger UI and its assets. */
  String SWAGGER_UI = "META-INF/swagger/views/swagger-ui/";
}
