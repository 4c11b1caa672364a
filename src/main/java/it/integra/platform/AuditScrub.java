package it.integra.platform;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces, in a JSON document of the audit trail, every string that names a person, and every value
 * of the fields that hold free text about them, by {@link AuditTrail#ERASED}; keys, numbers, dates and
 * the document's shape stay.
 */
final class AuditScrub {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Identifiers person;
    private final Set<String> freeText;

    AuditScrub(Identifiers person, Set<String> freeText) {
        this.person = person;
        this.freeText = freeText;
    }

    /** The document with the person forgotten, or the same text when nothing named them. */
    String json(String document) {
        if (document == null) {
            return null;
        }
        JsonNode root = JSON.readTree(document);
        if (root.isString()) {
            return names(root.asString()) ? JSON.writeValueAsString(AuditTrail.ERASED) : document;
        }
        return scrub(root) ? JSON.writeValueAsString(root) : document;
    }

    /** The note, or the marker when it names the person or is free text about them. */
    String note(String note) {
        return note != null && !AuditTrail.ERASED.equals(note) && (freeText.contains(AuditTrail.NOTE) || names(note))
                ? AuditTrail.ERASED : note;
    }

    private boolean scrub(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (value.isString() && !AuditTrail.ERASED.equals(value.asString())
                        && (freeText.contains(name) || names(value.asString()))) {
                    object.put(name, AuditTrail.ERASED);
                    changed = true;
                } else if (value.isContainer()) {
                    changed |= scrub(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString() && names(value.asString())) {
                    array.set(i, AuditTrail.ERASED);
                    changed = true;
                } else if (value.isContainer()) {
                    changed |= scrub(value);
                }
            }
        }
        return changed;
    }

    private boolean names(String text) {
        return !AuditTrail.ERASED.equals(text) && person.foundIn(text);
    }
}
