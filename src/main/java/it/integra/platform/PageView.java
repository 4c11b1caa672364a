package it.integra.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list as the pager widget ({@code layout/widgets :: pager}) shows it, with links that
 * keep the request's other query parameters (the filters) and change only {@code page}.
 */
public final class PageView<T> {

    private static final int WINDOW = 2;

    private final Page<T> page;
    private final String baseLink;

    private PageView(Page<T> page, String baseLink) {
        this.page = page;
        this.baseLink = baseLink;
    }

    public static <T> PageView<T> of(Page<T> page, HttpServletRequest request) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page")) {
                link.queryParam(name, (Object[]) values);
            }
        });
        return new PageView<>(page, link.encode().build().toUriString());
    }

    public List<T> getContent() {
        return page.getContent();
    }

    public int getNumber() {
        return page.getNumber();
    }

    public int getTotalPages() {
        return page.getTotalPages();
    }

    public long getTotalElements() {
        return page.getTotalElements();
    }

    /** Whether the total is exact; otherwise the list holds more than {@link ListTotal#CAP} rows. */
    public boolean isTotalExact() {
        return ListTotal.exact(page);
    }

    public int getTotalCap() {
        return ListTotal.CAP;
    }

    public boolean isFirst() {
        return page.isFirst();
    }

    public boolean isLast() {
        return page.isLast();
    }

    public boolean isEmpty() {
        return page.isEmpty();
    }

    /** The page numbers (zero-based) shown around the current one. */
    public List<Integer> window() {
        int from = Math.max(0, page.getNumber() - WINDOW);
        int to = Math.min(page.getTotalPages() - 1, page.getNumber() + WINDOW);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** The link to page {@code number} (zero-based), clamped to the existing pages. */
    public String link(int number) {
        int target = Math.max(0, Math.min(number, Math.max(0, page.getTotalPages() - 1)));
        return UriComponentsBuilder.fromUriString(baseLink).replaceQueryParam("page", target).build().toUriString();
    }
}
