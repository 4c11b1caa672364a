package it.integra.platform.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.AccessLog;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The request id and the request log, at the outermost layer of the servlet container so that they
 * cover everything a request causes: the filters, the handler, the container's own report of an
 * exception nobody handled, and the error page.
 *
 * <p>The request gets its id ({@link RequestIds}) when it arrives: in the MDC for every log line written
 * while it is served (an asynchronous download's later dispatches too), and in the {@code X-Request-Id}
 * header of the answer. When the answer is complete (a streamed download when its stream ends) the
 * container calls {@link #log}, which writes one line to the logger {@value #LOGGER}: method, path as
 * {@link LoggedPath} shows it, final status, duration in milliseconds and the numeric id of the signed-in
 * user ({@code -} for nobody, see {@link RequestUserFilter}).
 */
final class RequestLogValve extends ValveBase implements AccessLog {

    static final String LOGGER = "it.integra.requests";

    private static final String ID = RequestLogValve.class.getName() + ".id";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    RequestLogValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String id = request.getAttribute(ID) instanceof String known ? known : identify(request, response);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            getNext().invoke(request, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private static String identify(Request request, Response response) {
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        request.setAttribute(ID, id);
        response.setHeader(RequestIds.HEADER, id);
        return id;
    }

    /** Called by the container once per request, when the answer is complete; {@code nanos} is its duration. */
    @Override
    public void log(Request request, Response response, long nanos) {
        if (request.getAttribute(ID) instanceof String id) {
            MDC.put(RequestIds.MDC_KEY, id);
        }
        try {
            long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
            String path = LoggedPath.of(request.getRequestURI(), request.getQueryString());
            String user = RequestUserFilter.userOf(request);
            log.atInfo()
                    .addKeyValue("http.method", request.getMethod())
                    .addKeyValue("http.path", path)
                    .addKeyValue("http.status", response.getStatus())
                    .addKeyValue("duration_ms", millis)
                    .addKeyValue("user_id", user)
                    .log("{} {} {} {} ms user {}", request.getMethod(), path, response.getStatus(), millis, user);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    @Override
    public void setRequestAttributesEnabled(boolean enabled) {
        // the line reads the request as the container saw it; the forwarded-headers attributes are not used
    }

    @Override
    public boolean getRequestAttributesEnabled() {
        return false;
    }
}
