package it.integra.platform;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The total under a list, as cheap as the page it decorates: counted exactly up to {@value #CAP} rows, and
 * beyond that shown as "more than {@value #CAP}" (a lower bound), so that counting never reads more than
 * {@code CAP + 1} rows of a list of a million. One definition for every list: a list counts with
 * {@link #countOf(String)}, reads its page with {@link #limit(Pageable)} rows (one more than the page, to know
 * whether another page follows without counting) and answers {@link #page(List, Pageable, long)}.
 */
public final class ListTotal {

    /** Up to this many rows a list's total is exact. */
    public static final int CAP = 1_000;

    private ListTotal() {
    }

    /** The count of the rows {@code select} returns, stopping after {@code CAP + 1}. */
    public static String countOf(String select) {
        return "SELECT count(*) FROM (" + select + " LIMIT " + (CAP + 1) + ") counted";
    }

    /** How many rows to read for the page: one more than its size. */
    public static int limit(Pageable pageable) {
        return pageable.getPageSize() + 1;
    }

    /**
     * The page of {@code rows} (read with {@link #limit(Pageable)}) with a total from {@link #countOf(String)}:
     * exact when it is at most {@link #CAP}, otherwise a lower bound that still counts the rows up to this
     * page and one more when another page follows.
     */
    public static <T> Page<T> page(List<T> rows, Pageable pageable, long counted) {
        boolean more = rows.size() > pageable.getPageSize();
        List<T> content = more ? rows.subList(0, pageable.getPageSize()) : rows;
        if (counted <= CAP) {
            return new PageImpl<>(content, pageable, counted);
        }
        long seen = pageable.getOffset() + content.size() + (more ? 1 : 0);
        return new AtLeast<>(content, pageable, Math.max(counted, seen));
    }

    /** The page of {@code rows} (read with {@link #limit(Pageable)}) when the list's total is known exactly anyway. */
    public static <T> Page<T> pageOfKnownTotal(List<T> rows, Pageable pageable, long total) {
        List<T> content = rows.size() > pageable.getPageSize() ? rows.subList(0, pageable.getPageSize()) : rows;
        return new PageImpl<>(content, pageable, total);
    }

    /** Whether the page's total is exact (false: the list holds at least that many rows). */
    public static boolean exact(Page<?> page) {
        return !(page instanceof AtLeast);
    }

    /** A page whose total is a lower bound. */
    private static final class AtLeast<T> extends PageImpl<T> {

        AtLeast(List<T> content, Pageable pageable, long total) {
            super(content, pageable, total);
        }
    }
}
