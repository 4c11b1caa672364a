package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.web.servlet.FlashMap;

/**
 * What the pages keep in the session survives the round trip Spring Session JDBC makes it take on its way
 * to the database and to another node: Java serialization of each attribute.
 */
class SessionContentsTests {

    @Test
    void theSignedInUserTravelsWithItsScopeAndCredentialsVersion() throws Exception {
        CurrentUser provider = new CurrentUser(7, "operatore", "Operatore Uno", Role.PROVIDER, 42L, "12");
        IntegraUserDetails signedIn = new IntegraUserDetails(provider, "{noop}secret", true, 3);
        signedIn.eraseCredentials();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetails(new MockHttpServletRequest()));

        SecurityContextImpl back = roundTrip(new SecurityContextImpl(authentication));

        IntegraUserDetails user = (IntegraUserDetails) back.getAuthentication().getPrincipal();
        assertThat(user.currentUser()).isEqualTo(provider);
        assertThat(user.credentialsVersion()).isEqualTo(3);
        assertThat(user.getPassword()).isNull();
        assertThat(back.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PROVIDER");
    }

    @Test
    void violationsCarriedAcrossARedirectKeepTheirArguments() throws Exception {
        FlashMap flash = new FlashMap();
        flash.put("problems", List.of(Violation.of("", "payments.transition.refused", Role.ADMIN, 3),
                Violation.of("startDate", "internship.startDate.afterWindow", "01/02/2027", LocalDate.of(2027, 2, 1))));
        flash.put("notice", "payments.notice.prepared");

        Map<String, Object> back = roundTrip(flash);

        assertThat(back).isEqualTo(flash);
    }

    @Test
    void theRequestSavedBeforeSigningInIsKept() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/participants");
        request.setQueryString("q=rossi");
        DefaultSavedRequest saved = new DefaultSavedRequest(request);

        DefaultSavedRequest back = roundTrip(saved);

        assertThat(back.getRequestURI()).isEqualTo("/participants");
        assertThat(back.getQueryString()).isEqualTo("q=rossi");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
