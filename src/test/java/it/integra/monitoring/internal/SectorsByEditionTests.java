package it.integra.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.Today;
import it.integra.monitoring.Figure;
import it.integra.monitoring.Reports.SectorRow;
import it.integra.monitoring.Reports.Sectors;
import it.integra.participant.Fixtures;
import it.integra.platform.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sectors report over hosts of both ATECO editions: three internships at hosts coded 62.01 (2007,
 * section J, information and communication), two at 62.10 (2025, section K, telecommunications and
 * computing) and one at 64.19 (2007, section K, finance). Both K rows stay apart, each with its
 * edition, from the summaries and from the records, and the figure behind each row counts its own.
 */
@SpringBootTest
class SectorsByEditionTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportQueries records;
    @Autowired
    SummaryQueries summaries;
    @Autowired
    RecordQueries figures;

    final LocalDate month = Today.date().withDayOfMonth(1).minusMonths(3);
    long call;

    @BeforeEach
    void internshipsAtHostsOfBothEditions() {
        long provider = jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province)
                        VALUES (:code, '12345678903', 'Cooperativa', 'THIRD_SECTOR', 'TO') RETURNING id""")
                .param("code", TestUsers.uniqueName("EDP")).query(Long.class).single();
        call = jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, attendance_threshold, min_age, start_window_days)
                        VALUES (:code, 'PUOI', 'Avviso', :opens, :closes, 1000000, 'OPEN', 6, 500, 0.7, 18, 60)
                        RETURNING id""")
                .param("code", TestUsers.uniqueName("EDC").toUpperCase()).param("opens", month.minusYears(1))
                .param("closes", Today.date().plusMonths(3)).query(Long.class).single();
        internships(provider, 2007, "62.01", 3);
        internships(provider, 2025, "62.10", 2);
        internships(provider, 2007, "64.19", 1);
    }

    @Test
    void countsEachHostInTheSectionOfItsOwnEditionNeverMerged() {
        List<SectorRow> expected = List.of(
                new SectorRow("J", "Servizi di informazione e comunicazione", 3, 2007),
                new SectorRow("K", "Telecomunicazioni, programmazione e consulenza informatica, infrastrutture "
                        + "informatiche e altre attività dei servizi di informazione", 2, 2025),
                new SectorRow("K", "Attività finanziarie e assicurative", 1, 2007));
        ReportScope wholeMonths = new ReportScope(new Long[] {call}, null, null, null, null);
        ReportScope cutPeriod = new ReportScope(new Long[] {call}, null, null, month.plusDays(1), month.plusDays(20));

        assertThat(summaries.sectors(wholeMonths, false)).containsExactlyElementsOf(expected);
        assertThat(records.sectors(wholeMonths, false)).containsExactlyElementsOf(expected);
        assertThat(records.sectors(cutPeriod, false)).containsExactlyElementsOf(expected);
        assertThat(new Sectors(expected).editions()).containsExactly(2007, 2025);
        assertThat(records.sectors(wholeMonths, true)).extracting(SectorRow::label)
                .contains("Financial and insurance activities");
    }

    @Test
    void theFigureBehindARowCountsItsSectionOfItsEditionOnly() {
        ReportScope wholeMonths = new ReportScope(new Long[] {call}, null, null, null, null);
        ReportScope cutPeriod = new ReportScope(new Long[] {call}, null, null, month.plusDays(1), month.plusDays(20));

        for (ReportScope scope : List.of(wholeMonths, cutPeriod)) {
            assertThat(total("2025-K", scope)).isEqualTo(2);
            assertThat(total("2007-K", scope)).isEqualTo(1);
            assertThat(total("K", scope)).as("a letter alone is an ATECO 2007 section").isEqualTo(1);
            assertThat(total("2007-J", scope)).isEqualTo(3);
            assertThat(total("2025-J", scope)).isZero();
        }
    }

    private long total(String section, ReportScope scope) {
        return figures.records(Figure.SECTOR, section, null, scope, false, PageRequest.of(0, 10)).getTotalElements();
    }

    private void internships(long provider, int edition, String ateco, int count) {
        for (int n = 0; n < count; n++) {
            long person = jdbc.sql("""
                            INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date,
                                citizenship, target_group, housed_in_reception, prior_work_experience,
                                professional_qualification, language_knowledge)
                            VALUES (:tax, 'Settore', 'Persona', 'F', '1996-03-01', 'GN', 'INTERNATIONAL_PROTECTION', true,
                                false, false, 'GOOD') RETURNING id""")
                    .param("tax", Fixtures.provisionalCode()).query(Long.class).single();
            LocalDate requested = month.plusDays(5);
            long clearance = jdbc.sql("""
                            INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                                                             requested_on, status, decided_on)
                            VALUES (:code, :call, :provider, :person, 'TO', '01', :on, 'GRANTED', :on) RETURNING id""")
                    .param("code", TestUsers.uniqueName("NO-ED").toUpperCase()).param("call", call)
                    .param("provider", provider).param("person", person).param("on", requested)
                    .query(Long.class).single();
            String taxCode = Fixtures.provisionalCode();
            long host = jdbc.sql("""
                            INSERT INTO internship.host (tax_code, name, ateco, ateco_edition, province)
                            VALUES (:tax, 'Azienda', :ateco, :edition, 'TO') RETURNING id""")
                    .param("tax", taxCode).param("ateco", ateco).param("edition", edition).query(Long.class).single();
            jdbc.sql("""
                            INSERT INTO internship.internship (code, clearance_id, host_id, host_tax_code, host_name,
                                host_ateco, host_ateco_edition, host_section, host_province, start_date,
                                planned_end_date, status)
                            SELECT :code, :clearance, :host, :tax, 'Azienda', :ateco, :edition, d.section, 'TO', :start,
                                   :planned, 'ONGOING'
                            FROM reference.ateco_code d WHERE d.edition = :edition AND d.code = :ateco""")
                    .param("code", TestUsers.uniqueName("TIR-ED").toUpperCase()).param("clearance", clearance)
                    .param("host", host).param("tax", taxCode).param("ateco", ateco).param("edition", edition)
                    .param("start", requested.plusDays(10)).param("planned", requested.plusMonths(6)).update();
        }
    }
}
