package it.integra.platform.logging;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code --integra.log.json=true} (or {@code INTEGRA_LOG_JSON=true}) turns the console into JSON lines
 * in the Elastic Common Schema, one object per log event with the request id as a field, for a log
 * collector; the banner, which is not JSON, is left out. Runs before the logging system starts. An
 * explicit {@code logging.structured.format.console} (for example {@code logstash}) still wins.
 */
class JsonLogging implements EnvironmentPostProcessor {

    static final String PROPERTY = "integra.log.json";
    static final String SOURCE = "integraJsonLogging";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(PROPERTY, Boolean.class, false)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of(
                    "logging.structured.format.console", "ecs",
                    "spring.main.banner-mode", "off")));
        }
    }
}
