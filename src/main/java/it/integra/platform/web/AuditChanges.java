package it.integra.platform.web;

import it.integra.platform.AuditTrail;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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

        /** Whether the value before named a person whose record was erased since. */
        public boolean beforeErased() {
            return AuditTrail.ERASED.equals(before);
        }

        public boolean afterErased() {
            return AuditTrail.ERASED.equals(after);
        }
    }

    /** Whether the note named a person whose record was erased since. */
    public boolean noteErased() {
        return AuditTrail.ERASED.equals(note);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HIDDEN = Set.of("version", "updated_at", "created_at", "id");

    /** The entries with their times on the clock of the people reading them (the database keeps UTC). */
    static List<AuditChanges> of(List<AuditTrail.Entry> entries, ZoneId zone) {
        return entries.stream().map(entry -> of(entry, zone)).toList();
    }

    private static AuditChanges of(AuditTrail.Entry entry, ZoneId zone) {
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
        OffsetDateTime at = entry.at().atZoneSameInstant(zone).toOffsetDateTime();
        return new AuditChanges(entry.id(), entry.action(), entry.actorName(), at, entry.note(), changes);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field) || node.get(field).isNull()) {
            return null;
        }
        JsonNode value = node.get(field);
        return value.isValueNode() ? value.asString() : value.toString();
    }

}
