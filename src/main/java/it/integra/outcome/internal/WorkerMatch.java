package it.integra.outcome.internal;

import it.integra.interchange.ParsedRow;
import it.integra.interchange.RowMatch;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The participant each contract's worker is, by current or earlier (provisional) tax code, read once
 * at the start of an import: a map lookup per row instead of two joins of every staged row, and the
 * rows of other workers are never staged. A current code wins over an earlier code of someone else.
 * A participant registered while a long import runs is matched by the next import of the same file.
 */
final class WorkerMatch implements RowMatch {

    private final Map<String, String> participants;

    private WorkerMatch(Map<String, String> participants) {
        this.participants = participants;
    }

    static WorkerMatch load(JdbcClient jdbc) {
        Map<String, String> participants = new HashMap<>(1 << 16);
        RowCallbackHandler put = rs -> participants.put(rs.getString(1), rs.getString(2));
        // earlier codes first, so that a current code read after them takes its place
        jdbc.sql("""
                        SELECT tax_code, participant_id, 1 AS rank FROM participant.earlier_tax_code
                        UNION ALL
                        SELECT tax_code, id, 2 FROM participant.participant
                        ORDER BY rank""")
                .query(put);
        return new WorkerMatch(participants);
    }

    @Override
    public String column() {
        return "participant_id";
    }

    @Override
    public String sqlType() {
        return "bigint";
    }

    @Override
    public String match(ParsedRow row) {
        return participants.get(row.get("worker_tax_code"));
    }
}
