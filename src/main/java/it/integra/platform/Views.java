package it.integra.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Picks between a whole page and one of its fragments: htmx requests (not boosted navigation) get
 * the fragment, everything else the page. One template serves both.
 */
public final class Views {

    private Views() {
    }

    public static String pageOrFragment(HttpServletRequest request, String template, String fragment) {
        return isHtmx(request) ? template + " :: " + fragment : template;
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
    }
}
