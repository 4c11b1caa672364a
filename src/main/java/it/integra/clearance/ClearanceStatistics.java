package it.integra.clearance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts of clearances that other modules need, such as the grants that commit a call's budget. */
@Service
@Transactional(readOnly = true)
public class ClearanceStatistics {

    private final JdbcClient jdbc;

    ClearanceStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Clearances of the call that are granted and not cancelled: each commits one endowment. */
    public long activeGrants(long callId) {
        return jdbc.sql("SELECT count(*) FROM clearance.clearance WHERE call_id = :id AND status = 'GRANTED'")
                .param("id", callId).query(Long.class).single();
    }
}
