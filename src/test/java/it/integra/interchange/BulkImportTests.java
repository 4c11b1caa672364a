package it.integra.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import large enough to be a bulk write (at least 50,000 rows, and at least a quarter of what is
 * stored) writes with its tables' foreign keys suspended and adds them again, checked, in the same
 * transaction: the rows, the hours per pathway and the services summary come out as a row-by-row write
 * would make them, the foreign keys are there again exactly as defined, and a file refused for its last
 * row leaves nothing behind.
 */
@SpringBootTest
class BulkImportTests {

    private static final String FOREIGN_KEYS = """
            SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), '; ' ORDER BY conname)
            FROM pg_constraint WHERE contype = 'f' AND conrelid = 'accounting.service_delivery'::regclass""";
    private static final CurrentUser STAFF = new CurrentUser(1, "admin", "admin", Role.ADMIN, null, null);

    @Autowired
    InterchangeManagement interchange;

    @Autowired
    JdbcClient jdbc;

    List<String> sampleHours;

    @BeforeEach
    void theSampleProgrammeWithoutItsHours() {
        TestData.empty(jdbc);
        for (String dataset : TestData.ORDER.subList(0, TestData.ORDER.indexOf("services"))) {
            interchange.importCsv(dataset, new StringReader(ApiClient.resource("/sample/" + dataset + ".csv")), STAFF,
                    ImportProgress.NONE);
        }
        sampleHours = ApiClient.resource("/sample/services.csv").lines().skip(1).toList();
    }

    @Test
    void aBulkImportOfHoursKeepsTheForeignKeysTheHoursPerPathwayAndTheSummary() {
        String keys = jdbc.sql(FOREIGN_KEYS).query(String.class).single();
        List<String> rows = threeTimes(sampleHours);
        assertThat(rows).hasSizeGreaterThan(50_000);

        ImportResult result = importHours(rows);

        assertThat(result.inserted()).isEqualTo(rows.size());
        assertThat(count("accounting.service_delivery")).isEqualTo(rows.size());
        assertThat(jdbc.sql(FOREIGN_KEYS).query(String.class).single()).as("the foreign keys added again").isEqualTo(keys);
        assertThat(jdbc.sql("SELECT bool_and(convalidated) FROM pg_constraint WHERE conrelid = "
                + "'accounting.service_delivery'::regclass AND contype = 'f'").query(Boolean.class).single()).isTrue();
        assertHoursPerPathwayAndSummaryMatchTheRecords();

        ImportResult again = importHours(rows);
        assertThat(again.unchanged()).isEqualTo(rows.size());
        assertThat(jdbc.sql(FOREIGN_KEYS).query(String.class).single()).isEqualTo(keys);
        assertHoursPerPathwayAndSummaryMatchTheRecords();
    }

    @Test
    void aBulkFileRefusedForItsLastRowWritesNothing() {
        String keys = jdbc.sql(FOREIGN_KEYS).query(String.class).single();
        List<String> rows = threeTimes(sampleHours);
        String last = rows.get(rows.size() - 1);
        rows.set(rows.size() - 1, last.substring(0, last.lastIndexOf(',')) + ",9");

        assertThatThrownBy(() -> importHours(rows)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.errors()).extracting(RowError::row, RowError::column)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(rows.size() + 1, "hours")));

        assertThat(count("accounting.service_delivery")).isZero();
        assertThat(count("accounting.pathway_area_hours")).isZero();
        assertThat(count("monitoring.service_count")).isZero();
        assertThat(jdbc.sql(FOREIGN_KEYS).query(String.class).single()).isEqualTo(keys);
    }

    /** The sample's hours, then the same days 11,000 and 22,000 days later (about 30 and 60 years): every key distinct. */
    private static List<String> threeTimes(List<String> hours) {
        List<String> rows = new ArrayList<>(hours);
        for (int days : new int[] {11_000, 22_000}) {
            for (String row : hours) {
                String[] cells = row.split(",");
                rows.add(cells[0] + "," + cells[1] + "," + LocalDate.parse(cells[2]).plusDays(days) + "," + cells[3]);
            }
        }
        return rows;
    }

    private void assertHoursPerPathwayAndSummaryMatchTheRecords() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (
                    (SELECT clearance_id, area, hours FROM accounting.pathway_area_hours
                     EXCEPT SELECT clearance_id, area, sum(hours) FROM accounting.service_delivery GROUP BY 1, 2)
                    UNION ALL
                    (SELECT clearance_id, area, sum(hours) FROM accounting.service_delivery GROUP BY 1, 2
                     EXCEPT SELECT clearance_id, area, hours FROM accounting.pathway_area_hours)) d""")
                .query(Long.class).single()).isZero();
        List<String> fromRecords = jdbc.sql("""
                SELECT k.call_id || ' ' || d.area || ' ' || sum(d.hours)
                FROM accounting.service_delivery d JOIN clearance.clearance k ON k.id = d.clearance_id
                WHERE k.status IN ('GRANTED', 'CANCELLED')
                  AND EXISTS (SELECT 1 FROM internship.internship i WHERE i.clearance_id = k.id)
                GROUP BY k.call_id, d.area ORDER BY 1""").query(String.class).list();
        List<String> fromSummary = jdbc.sql("""
                SELECT call_id || ' ' || area || ' ' || sum(hours) FROM monitoring.service_count
                GROUP BY call_id, area HAVING sum(pathways) > 0 ORDER BY 1""").query(String.class).list();
        assertThat(fromRecords).isNotEmpty();
        assertThat(fromSummary).isEqualTo(fromRecords);
    }

    private ImportResult importHours(List<String> rows) {
        return interchange.importCsv("services", new StringReader("clearance_code,area,delivered_on,hours\n"
                + String.join("\n", rows)), STAFF, ImportProgress.NONE);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
