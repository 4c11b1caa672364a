-- Erasure at the end of a person's retention must not leave the audit trail naming them: the values
-- that identify the person inside the entries of their records are replaced by a marker. That is the
-- only change the trail allows, and only inside a transaction that declared it (integra.audit_erasure,
-- set by AuditTrail.forget alone); who did what, to which record and when never change, and entries
-- are still never deleted.
DROP TRIGGER audit_entry_append_only ON platform.audit_entry;

CREATE TRIGGER audit_entry_append_only BEFORE DELETE OR TRUNCATE ON platform.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_change();

CREATE FUNCTION platform.allow_audit_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('integra.audit_erasure', true), '') <> 'on' THEN
        RAISE EXCEPTION 'the audit trail is append-only';
    END IF;
    IF (NEW.id, NEW.entity_type, NEW.entity_id, NEW.action, NEW.actor_id, NEW.actor_name, NEW.at)
       IS DISTINCT FROM (OLD.id, OLD.entity_type, OLD.entity_id, OLD.action, OLD.actor_id, OLD.actor_name, OLD.at) THEN
        RAISE EXCEPTION 'erasure keeps who did what, to which record and when';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER audit_entry_erasure_only BEFORE UPDATE ON platform.audit_entry
    FOR EACH ROW EXECUTE FUNCTION platform.allow_audit_erasure();
