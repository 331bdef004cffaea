package org.ddf.api.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and description for each service (shown by Swagger UI). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /**
     * Describes the service.
     *
     * @param name the service's name ({@code spring.application.name})
     * @param description what it does ({@code ddf.api.description})
     * @return the document header
     */
    @Bean
    public OpenAPI ddfOpenApi(@Value("${spring.application.name:ddf}") String name,
                              @Value("${ddf.api.description:}") String description) {
        return new OpenAPI().info(new Info().title("DynamicDeepFlow platform: " + name).version("v1")
                .description(description + " Every error is application/problem+json (RFC 9457) with a 'field' naming "
                        + "what is wrong.")
                .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")));
    }
}
