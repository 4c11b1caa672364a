package it.integra.monitoring.internal;

import it.integra.clearance.AwaitingStart;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calls, provinces and months of request whose pathway summary counts granted clearances without an
 * internship: where expiring clearances can be, for the clearances' module and the home page alike.
 */
@Component
class AwaitingStartSummary implements AwaitingStart {

    /** The granted clearances in those months (column {@code id}), found through the summary. */
    static final String CLEARANCES = """
            SELECT aw.id FROM monitoring.pathway_count w
            JOIN clearance.clearance aw ON aw.call_id = w.call_id AND aw.province = w.province
             AND aw.requested_on >= w.month AND aw.requested_on < w.month + interval '1 month'
            WHERE w.clearance_status = 'GRANTED' AND w.internship_status IS NULL AND w.pathways > 0
              AND aw.status = 'GRANTED'""";

    private final JdbcClient jdbc;

    AwaitingStartSummary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RequestMonth> where() {
        return jdbc.sql("""
                        SELECT DISTINCT call_id, province, month FROM monitoring.pathway_count
                        WHERE clearance_status = 'GRANTED' AND internship_status IS NULL AND pathways > 0""")
                .query((rs, n) -> new RequestMonth(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class)))
                .list();
    }
}
