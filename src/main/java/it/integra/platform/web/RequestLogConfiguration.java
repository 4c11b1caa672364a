package it.integra.platform.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the request id and the request log ({@link RequestLogValve}) in front of everything in Tomcat. */
@Configuration(proxyBeanMethods = false)
class RequestLogConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> requestLog() {
        return factory -> factory.addEngineValves(new RequestLogValve());
    }
}
