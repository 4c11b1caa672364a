package it.integra.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles, one pair per module: {@code i18n/<module>_it.properties} is the default and
 * {@code i18n/<module>_en.properties} its translation. There is deliberately no language-neutral
 * bundle, so a key missing from one language cannot hide behind a third file.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String BUNDLES = "classpath*:i18n/*_it.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ITALIAN);
        return messages;
    }

    static String[] basenames() {
        try {
            Resource[] italian = new PathMatchingResourcePatternResolver().getResources(BUNDLES);
            return Arrays.stream(italian)
                    .map(Resource::getFilename)
                    .map(name -> "i18n/" + name.substring(0, name.length() - "_it.properties".length()))
                    .distinct().sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
