package it.integra.programme.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Copies a programme's model into the calls that have none yet. */
final class CallModels {

    private CallModels() {
    }

    /** @param callCodes a query returning the codes of the calls to look at */
    static void copyMissing(JdbcClient jdbc, String callCodes) {
        String calls = "SELECT c.id, c.programme_code FROM programme.call c WHERE c.code IN (" + callCodes + ")"
                + " AND NOT EXISTS (SELECT 1 FROM programme.call_area a WHERE a.call_id = c.id)";
        jdbc.sql("WITH calls AS (" + calls + ") "
                + "INSERT INTO programme.call_area (call_id, area, position, model_hours, phase, hours_after_end, optional) "
                + "SELECT calls.id, m.area, m.position, m.model_hours, m.phase, m.hours_after_end, m.optional "
                + "FROM calls JOIN programme.programme_area m ON m.programme_code = calls.programme_code").update();
        jdbc.sql("INSERT INTO programme.call_endowment_line (call_id, line, position, basis, area, quantity, unit_cost, "
                + "amount, recipient, fund, optional) "
                + "SELECT c.id, m.line, m.position, m.basis, m.area, m.quantity, m.unit_cost, m.amount, m.recipient, "
                + "m.fund, m.optional FROM programme.call c "
                + "JOIN programme.programme_endowment_line m ON m.programme_code = c.programme_code "
                + "WHERE c.code IN (" + callCodes + ") "
                + "AND NOT EXISTS (SELECT 1 FROM programme.call_endowment_line l WHERE l.call_id = c.id)").update();
        jdbc.sql("INSERT INTO programme.call_target_group (call_id, target_group) "
                + "SELECT c.id, m.target_group FROM programme.call c "
                + "JOIN programme.programme_target_group m ON m.programme_code = c.programme_code "
                + "WHERE c.code IN (" + callCodes + ") "
                + "AND NOT EXISTS (SELECT 1 FROM programme.call_target_group g WHERE g.call_id = c.id)").update();
    }
}
