package it.integra.accounting.internal;

import it.integra.clearance.ClearanceEvents.ClearanceRequested;
import it.integra.clearance.PrerequisiteHours;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hours logged for a person before the clearance request: counted for the request's prerequisites,
 * then attached to the pathway when the request is made (in the same transaction).
 */
@Component
class IntakeHours implements PrerequisiteHours {

    private final JdbcClient jdbc;

    IntakeHours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, BigDecimal> deliveredBeforeRequest(long intakeId) {
        Map<String, BigDecimal> hours = new HashMap<>();
        jdbc.sql("""
                        SELECT area, sum(hours) FROM accounting.service_delivery
                        WHERE intake_id = :intake AND clearance_id IS NULL GROUP BY area""")
                .param("intake", intakeId)
                .query((rs, n) -> hours.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return hours;
    }

    @EventListener
    void attachToPathway(ClearanceRequested requested) {
        jdbc.sql("""
                        UPDATE accounting.service_delivery SET clearance_id = :clearance, updated_at = now()
                        WHERE intake_id = :intake AND clearance_id IS NULL""")
                .param("clearance", requested.clearanceId()).param("intake", requested.intakeId())
                .update();
    }
}
