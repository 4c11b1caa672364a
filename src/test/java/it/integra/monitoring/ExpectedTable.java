package it.integra.monitoring;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON report flattened, independently of the application's own code, into the table the
 * interchange contract implies for CSV and spreadsheets: one row for a flat report, one per element of
 * {@code rows} (the territory then a TOTAL row), one per profile indicator, one per outcome window.
 */
record ExpectedTable(List<String> header, List<List<JsonNode>> rows) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static ExpectedTable of(String report, JsonNode json) {
        return switch (report) {
            case "profile" -> profile(json);
            case "outcomes" -> outcomes(json);
            case "territory", "sectors", "services" -> rows(json);
            default -> new ExpectedTable(new ArrayList<>(json.propertyNames()), List.of(values(json)));
        };
    }

    private static ExpectedTable rows(JsonNode json) {
        List<List<JsonNode>> rows = new ArrayList<>();
        json.get("rows").forEach(row -> rows.add(values(row)));
        List<String> header = json.get("rows").isEmpty() ? List.of() : new ArrayList<>(json.get("rows").get(0).propertyNames());
        if (json.has("total")) {
            List<JsonNode> total = new ArrayList<>(List.of(NODES.stringNode("TOTAL")));
            total.addAll(values(json.get("total")));
            rows.add(total);
        }
        return new ExpectedTable(header, rows);
    }

    private static ExpectedTable profile(JsonNode json) {
        List<List<JsonNode>> rows = new ArrayList<>();
        rows.add(List.of(NODES.stringNode("base"), json.get("base"), NODES.numberNode(1.0)));
        json.properties().stream().filter(e -> e.getValue().isObject()).forEach(e -> rows.add(
                List.of(NODES.stringNode(e.getKey()), e.getValue().get("count"), e.getValue().get("share"))));
        return new ExpectedTable(List.of("indicator", "count", "share"), rows);
    }

    private static ExpectedTable outcomes(JsonNode json) {
        List<List<JsonNode>> rows = new ArrayList<>();
        json.get("windows").forEach(w -> rows.add(List.of(json.get("asOf"), json.get("completed"), w.get("months"),
                w.get("observed"), w.get("employed"), w.get("rate"))));
        return new ExpectedTable(List.of("asOf", "completed", "months", "observed", "employed", "rate"), rows);
    }

    private static List<JsonNode> values(JsonNode object) {
        List<JsonNode> values = new ArrayList<>();
        object.properties().forEach(e -> values.add(e.getValue()));
        return values;
    }
}
