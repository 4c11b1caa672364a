package it.integra.interchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Empties the programme data and imports the worked example of the interchange contract. */
public final class TestData {

    public static final List<String> ORDER = List.of("calls", "providers", "applications", "participants",
            "clearances", "internships", "services", "contracts");

    private TestData() {
    }

    /**
     * Deletes every record of the programmes, keeping users that are not bound to a provider. The
     * cascade reaches the tables that hang off these (intakes, attendance, ledgers...), not the users.
     */
    public static void empty(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM platform.app_user WHERE provider_id IS NOT NULL").update();
        jdbc.sql("""
                TRUNCATE outcome.internship_outcome, outcome.contract, accounting.service_delivery, internship.internship,
                         internship.host, clearance.clearance, participant.intake, participant.earlier_tax_code,
                         participant.participant, provider.application_attachment, provider.application CASCADE""").update();
        jdbc.sql("DELETE FROM provider.provider").update();
        jdbc.sql("DELETE FROM programme.call").update();
    }

    /** Imports the sample files in the contract's order; returns each dataset's answer. */
    public static Map<String, JsonNode> importSample(ApiClient client) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String dataset : ORDER) {
            answers.put(dataset, client.importOk(dataset, ApiClient.resource("/sample/" + dataset + ".csv")));
        }
        return answers;
    }
}
