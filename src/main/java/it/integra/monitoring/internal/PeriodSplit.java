package it.integra.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A scope whose period cuts a month, split by the day of request into parts that do not overlap and
 * together make the period: the whole months inside it (null when there are none), which the monthly
 * summaries answer, and the days of the one or two months it cuts (the edges), counted from the records.
 * A period inside one month is one edge.
 */
record PeriodSplit(ReportScope whole, List<ReportScope> edges) {

    static PeriodSplit of(ReportScope scope) {
        LocalDate from = scope.from();
        LocalDate to = scope.to();
        boolean cutFrom = from != null && from.getDayOfMonth() != 1;
        boolean cutTo = to != null && to.getDayOfMonth() != to.lengthOfMonth();
        List<ReportScope> edges = new ArrayList<>();
        if (cutFrom) {
            LocalDate monthEnd = from.withDayOfMonth(from.lengthOfMonth());
            edges.add(scope.within(from, to == null || to.isAfter(monthEnd) ? monthEnd : to));
        }
        if (cutTo && !(cutFrom && from.withDayOfMonth(1).equals(to.withDayOfMonth(1)))) {
            LocalDate monthStart = to.withDayOfMonth(1);
            edges.add(scope.within(from == null || from.isBefore(monthStart) ? monthStart : from, to));
        }
        LocalDate wholeFrom = cutFrom ? from.withDayOfMonth(1).plusMonths(1) : from;
        LocalDate wholeTo = cutTo ? to.withDayOfMonth(1).minusDays(1) : to;
        boolean none = wholeFrom != null && wholeTo != null && wholeFrom.isAfter(wholeTo);
        return new PeriodSplit(none ? null : scope.within(wholeFrom, wholeTo), List.copyOf(edges));
    }
}
