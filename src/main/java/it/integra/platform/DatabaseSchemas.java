package it.integra.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The PostgreSQL schemas a module's SQL may name, declared on its {@code package-info.java} beside the
 * module's {@code allowedDependencies}: the one it owns, those of the modules it depends on that it
 * reads or references, and, on purpose and with the reason in the package's documentation, those it
 * reads against the dependency direction. {@code SchemaReferencesTests} scans the module's Java SQL and
 * migrations and fails on any {@code schema.object} outside these lists. The shared {@code reference}
 * schema (territory and classifications) may be read by every module.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface DatabaseSchemas {

    /** The schema the module owns and migrates; empty if it owns none. */
    String owns() default "";

    /** Schemas of modules listed in the module's {@code allowedDependencies} that its SQL names. */
    String[] reads() default {};

    /** Schemas of modules that depend on this one, read on purpose (say why in the package documentation). */
    String[] readsAgainstDirection() default {};
}
