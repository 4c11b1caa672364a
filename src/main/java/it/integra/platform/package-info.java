/**
 * Platform: the embedded database, security (users, roles, login), the page layout, locale and
 * error handling. Its root package is what the other modules may use: {@link it.integra.platform.Role},
 * {@link it.integra.platform.CurrentUser} and the web helpers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package it.integra.platform;
