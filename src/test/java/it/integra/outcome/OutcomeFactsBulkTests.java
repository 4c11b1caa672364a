package it.integra.outcome;

import static it.integra.outcome.OutcomeFixture.contract;
import static it.integra.outcome.OutcomeFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every test of {@link OutcomeFactsTests} again, with every write of contracts and facts taking the
 * bulk path that large imports take (indexes suspended and rebuilt, changed contracts deleted and
 * inserted again, the facts of the participants touched rewritten rather than all recomputed): the facts
 * must come out the same either way.
 */
@SpringBootTest(properties = {"integra.outcome.bulk.rows=1", "integra.outcome.bulk.share=0",
    "integra.outcome.bulk.recompute-share=2"})
class OutcomeFactsBulkTests extends OutcomeFactsTests {

    @Test
    void aContractRewrittenInBulkKeepsItsCreationAndRaisesItsVersion() {
        String indexes = "SELECT string_agg(indexdef, '; ' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'outcome'";
        String indexesBefore = jdbc.sql(indexes).query(String.class).single();
        List<Long> oidsBefore = indexOids();
        OffsetDateTime created = jdbc.sql("SELECT created_at FROM outcome.contract WHERE communication_id = 'OC-4'")
                .query(OffsetDateTime.class).single();
        OutcomeFixture.replace(fixture.contracts, "OC-4",
                contract("OC-4", person(4), OutcomeFixture.EMPLOYER, "A.03.09", "2020-09-15", "2020-12-15"));

        assertThat(fixture.importContracts().updated()).isEqualTo(1);

        assertThat(jdbc.sql("SELECT created_at FROM outcome.contract WHERE communication_id = 'OC-4'")
                .query(OffsetDateTime.class).single()).isEqualTo(created);
        assertThat(jdbc.sql("SELECT version FROM outcome.contract WHERE communication_id = 'OC-4'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql(indexes).query(String.class).single()).as("every index built again, as it was")
                .isEqualTo(indexesBefore);
        assertThat(indexOids()).as("and built again, not kept").doesNotContainAnyElementsOf(oidsBefore);
    }

    private List<Long> indexOids() {
        return jdbc.sql("SELECT indexrelid::bigint FROM pg_index WHERE indrelid IN "
                        + "('outcome.contract'::regclass, 'outcome.internship_outcome'::regclass)")
                .query(Long.class).list();
    }
}
