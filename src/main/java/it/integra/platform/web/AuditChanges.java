package it.integra.platform.web;

import it.integra.platform.AuditTrail;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Audit entries as a person reads them: which fields changed, from what to what. */
record AuditChanges(long id, String action, String actor, OffsetDateTime at, String note, List<Change> changes) {

    record Change(String field, String before, String after) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HIDDEN = Set.of("version", "updated_at", "created_at", "id");

    static List<AuditChanges> of(List<AuditTrail.Entry> entries) {
        return entries.stream().map(AuditChanges::of).toList();
    }

    private static AuditChanges of(AuditTrail.Entry entry) {
        JsonNode before = entry.before() == null ? null : JSON.readTree(entry.before());
        JsonNode after = entry.after() == null ? null : JSON.readTree(entry.after());
        Set<String> fields = new TreeSet<>();
        if (before != null) {
            fields.addAll(before.propertyNames());
        }
        if (after != null) {
            fields.addAll(after.propertyNames());
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String was = text(before, field);
            String now = text(after, field);
            if (!HIDDEN.contains(field) && !Objects.equals(was, now)) {
                changes.add(new Change(field, was, now));
            }
        }
        return new AuditChanges(entry.id(), entry.action(), entry.actorName(), entry.at(), entry.note(), changes);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field) || node.get(field).isNull()) {
            return null;
        }
        JsonNode value = node.get(field);
        return value.isValueNode() ? value.asString() : value.toString();
    }

}
