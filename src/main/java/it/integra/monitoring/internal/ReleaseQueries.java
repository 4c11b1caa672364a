package it.integra.monitoring.internal;

import it.integra.monitoring.ReleaseCounts;
import it.integra.monitoring.ReleaseCounts.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts the open data releases are made of, per call and calendar year of the clearance request,
 * read from the monthly summaries with the definitions of the territory and sectors reports: pathways
 * ever granted by province and internship status; internships by the ATECO section of the host.
 */
@Component
public class ReleaseQueries {

    private final JdbcClient jdbc;

    ReleaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReleaseCounts counts() {
        ReleaseCounts.Builder counts = ReleaseCounts.builder();
        jdbc.sql("""
                        SELECT c.code, c.programme_code, CAST(extract(YEAR FROM s.month) AS integer), s.province,
                               CASE s.internship_status WHEN 'ONGOING' THEN 1 WHEN 'COMPLETED' THEN 2
                                                        WHEN 'TERMINATED' THEN 3 ELSE 0 END,
                               sum(s.pathways)
                        FROM monitoring.pathway_count s JOIN programme.call c ON c.id = s.call_id
                        WHERE s.clearance_status IN ('GRANTED', 'CANCELLED')
                        GROUP BY 1, 2, 3, 4, 5""")
                .query(rs -> {
                    counts.add(Table.TERRITORY, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getInt(5), rs.getLong(6));
                });
        jdbc.sql("""
                        SELECT c.code, c.programme_code, CAST(extract(YEAR FROM s.month) AS integer),
                               CASE s.host_edition WHEN 2007 THEN s.host_section ELSE s.host_edition || '-' || s.host_section END,
                               sum(s.pathways)
                        FROM monitoring.pathway_count s JOIN programme.call c ON c.id = s.call_id
                        JOIN reference.ateco_edition_section a ON a.edition = s.host_edition AND a.code = s.host_section
                        GROUP BY 1, 2, 3, 4""")
                .query(rs -> {
                    counts.add(Table.SECTORS, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), 0,
                            rs.getLong(5));
                });
        return counts.build();
    }
}
