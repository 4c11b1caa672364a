package it.integra.outcome.internal;

import it.integra.outcome.UnknownOutcomeFilterException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks the codes of an outcome filter and finds the ids of the calls it covers. */
@Component
public class ScopeQueries {

    private final JdbcClient jdbc;

    ScopeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the calls of the programme and call codes (either may be null); null when neither is given. */
    public List<Long> callIds(String programme, String call) {
        if (programme == null && call == null) {
            return null;
        }
        requireKnown("SELECT count(*) > 0 FROM programme.programme WHERE code = :code", programme, "outcome.filter.unknownProgramme");
        requireKnown("SELECT count(*) > 0 FROM programme.call WHERE code = :code", call, "outcome.filter.unknownCall");
        return jdbc.sql("""
                        SELECT id FROM programme.call
                        WHERE (CAST(:call AS text) IS NULL OR code = :call)
                          AND (CAST(:programme AS text) IS NULL OR programme_code = :programme)""")
                .param("call", call).param("programme", programme)
                .query(Long.class).list();
    }

    public void requireRegion(String region) {
        requireKnown("SELECT count(*) > 0 FROM reference.region WHERE code = :code", region, "outcome.filter.unknownRegion");
    }

    private void requireKnown(String sql, String code, String messageKey) {
        if (code != null && !jdbc.sql(sql).param("code", code).query(Boolean.class).single()) {
            throw new UnknownOutcomeFilterException(messageKey, code);
        }
    }
}
