/**
 * Platform: the embedded database, security (users, roles, login), the page layout, locale and
 * error handling. Its root package is what the other modules may use: {@link it.integra.platform.Role},
 * {@link it.integra.platform.CurrentUser}, the web helpers ({@link it.integra.platform.Views},
 * {@link it.integra.platform.PageView}), rule refusals ({@link it.integra.platform.Violation},
 * {@link it.integra.platform.ViolationException}), the administrators' {@link it.integra.platform.UserAdministration},
 * and the {@link it.integra.platform.ProviderDirectory} that the provider module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {"shared"})
@it.integra.platform.DatabaseSchemas(owns = "platform")
package it.integra.platform;
