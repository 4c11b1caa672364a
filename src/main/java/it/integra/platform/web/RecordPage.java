package it.integra.platform.web;

import it.integra.platform.Redirects;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpHeaders;

/**
 * The page of the record an action was about, to go back to when the action could not be done: the page
 * the user sent it from (a path of this application on this host), or else the action's path without its
 * last step ({@code /clearances/12/grant} comes from {@code /clearances/12}).
 */
final class RecordPage {

    private RecordPage() {
    }

    static String of(HttpServletRequest request) {
        String referer = referer(request);
        if (referer != null) {
            return referer;
        }
        String context = request.getContextPath();
        String path = ErrorPages.originalUri(request).substring(context.length());
        int last = path.lastIndexOf('/');
        return context + (last > 0 ? path.substring(0, last) : "/");
    }

    private static String referer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.REFERER);
        if (header == null) {
            return null;
        }
        try {
            URI uri = new URI(header);
            boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return sameHost && Redirects.isLocalPath(target) ? target : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
