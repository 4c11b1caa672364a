package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The valve around what the container does with a request: whatever runs inside it, down to the
 * container's own report of an exception nobody handled, sees the request id; nothing outside does.
 */
class RequestLogValveTests {

    @Test
    void whatRunsInsideSeesTheRequestIdEvenWhenItFailsAndNothingOutsideDoes() {
        Request request = new Request(new Connector(), new org.apache.coyote.Request());
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Request-Id").setString("inside-1");
        Response response = new Response(new org.apache.coyote.Response());
        response.setRequest(request);
        String[] seen = new String[1];
        RequestLogValve valve = new RequestLogValve();
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) throws ServletException {
                seen[0] = MDC.get("requestId");
                throw new ServletException("nobody handles this");
            }
        });

        assertThatThrownBy(() -> valve.invoke(request, response)).isInstanceOf(ServletException.class);

        assertThat(seen[0]).isEqualTo("inside-1");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("inside-1");
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void aLaterDispatchOfTheSameRequestKeepsItsId() throws Exception {
        Request request = new Request(new Connector(), new org.apache.coyote.Request());
        Response response = new Response(new org.apache.coyote.Response());
        response.setRequest(request);
        String[] seen = new String[2];
        int[] dispatch = {0};
        RequestLogValve valve = new RequestLogValve();
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                seen[dispatch[0]++] = MDC.get("requestId");
            }
        });

        valve.invoke(request, response);
        valve.invoke(request, response);

        assertThat(seen[0]).isNotBlank().isEqualTo(response.getHeader("X-Request-Id"));
        assertThat(seen[1]).isEqualTo(seen[0]);
    }
}
