package it.integra.platform.startup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.boot.health.actuate.endpoint.SystemHealthDescriptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of the actuator endpoints, as Spring Boot writes it (nulls left out) but for one thing: the
 * root health leaves out the names of the health groups. With the liveness and readiness probes
 * enabled Spring Boot would add {@code "groups":["liveness","readiness"]} to it, and the interchange
 * contract promises {@code GET /actuator/health} answers exactly {@code {"status":"UP"}}. The groups
 * still answer at {@code /actuator/health/liveness} and {@code /actuator/health/readiness}.
 * Spring Boot's own mapper is switched off ({@code management.endpoints.jackson.isolated-json-mapper}).
 */
@Configuration(proxyBeanMethods = false)
class HealthJsonConfiguration {

    @Bean
    EndpointJsonMapper endpointJsonMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL))
                .addMixIn(SystemHealthDescriptor.class, WithoutGroups.class)
                .build();
        return () -> mapper;
    }

    @JsonIgnoreProperties("groups")
    private abstract static class WithoutGroups {
    }
}
