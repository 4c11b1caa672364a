package it.integra.clearance;

import java.time.LocalDate;
import java.util.List;

/**
 * Where granted clearances may still wait for their internship to start, as a summary kept outside this
 * module knows it (monitoring keeps one for its reports, in the same transaction as every write): the
 * calls, provinces and months of request that hold at least one granted clearance without an internship.
 * With it the expiring clearances are looked for there only, rather than in every granted clearance of
 * the programme's history (at national scale half a million, nearly all started). Without an
 * implementation every granted clearance is looked at.
 */
public interface AwaitingStart {

    /** The months of request (first days) of each call and province that hold such a clearance. */
    List<RequestMonth> where();

    /** A call, a province and the first day of a month of request. */
    record RequestMonth(long callId, String province, LocalDate month) {
    }
}
