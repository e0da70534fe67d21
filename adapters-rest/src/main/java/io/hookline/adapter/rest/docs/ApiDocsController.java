package io.hookline.adapter.rest.docs;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URL;
import java.util.regex.Pattern;

/**
 * Serves, without a token, the OpenAPI document and the Swagger UI that the micronaut-openapi
 * annotation processor generated into this module's classpath (assets included, no CDN).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class ApiDocsController {

  private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
  private static final MediaType YAML = MediaType.of("application/yaml");

  private final ResourceResolver resources;

  ApiDocsController(ResourceResolver resources) {
    this.resources = resources;
  }

  @Get("/openapi.yml")
  HttpResponse<StreamedFile> document() {
    return HttpResponse.ok(new StreamedFile(resource(ApiDefinition.DOCUMENT))).contentType(YAML);
  }

  @Get("/swagger-ui")
  HttpResponse<StreamedFile> swaggerUi() {
    return HttpResponse.ok(new StreamedFile(resource(ApiDefinition.SWAGGER_UI + "index.html")));
  }

  @Get("/swagger-ui/res/{asset}")
  HttpResponse<StreamedFile> swaggerUiAsset(@PathVariable String asset) {
    if (!ASSET.matcher(asset).matches()) {
      throw notFound();
    }
    return HttpResponse.ok(new StreamedFile(resource(ApiDefinition.SWAGGER_UI + "res/" + asset)));
  }

  private URL resource(String path) {
    return resources.getResource("classpath:" + path).orElseThrow(ApiDocsController::notFound);
  }

  private static HttpStatusException notFound() {
    return new HttpStatusException(HttpStatus.NOT_FOUND, "no such documentation resource");
  }
}
