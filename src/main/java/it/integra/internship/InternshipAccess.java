package it.integra.internship;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees and changes an internship: the authority's staff see all; a provider's operators see and
 * change only their provider's. Attendance is entered by the provider alone.
 */
final class InternshipAccess {

    /** A SQL condition over the clearance alias k with its parameters. */
    record Scope(String where, Map<String, Object> params) {
    }

    private InternshipAccess() {
    }

    static boolean visible(InternshipView internship, CurrentUser user) {
        return user.isAuthorityStaff() || ownProvider(internship, user);
    }

    /** Ends, suspensions and competences: the internship's provider or the authority's officers. */
    static void requireChanger(InternshipView internship, CurrentUser user) {
        if (!ownProvider(internship, user) && !user.is(Role.ADMIN) && !user.is(Role.OFFICER)) {
            throw new AccessDeniedException("internship " + internship.id() + " belongs to another provider");
        }
    }

    static void requireProvider(InternshipView internship, CurrentUser user) {
        if (!ownProvider(internship, user)) {
            throw new AccessDeniedException("only the internship's provider enters its attendance");
        }
    }

    static Scope scope(CurrentUser user, String where) {
        Map<String, Object> params = new HashMap<>();
        if (user.isAuthorityStaff()) {
            return new Scope(where, params);
        }
        if (user.providerScope().isPresent()) {
            params.put("scopeProvider", user.providerId());
            return new Scope("(" + where + ") AND k.provider_id = :scopeProvider", params);
        }
        return new Scope("false", params);
    }

    private static boolean ownProvider(InternshipView internship, CurrentUser user) {
        return user.providerScope().map(provider -> provider == internship.providerId()).orElse(false);
    }
}
