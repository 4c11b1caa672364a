-- The audit trail: who changed what, when, with the record before and after. Append-only: a
-- trigger refuses updates and deletes, so not even a bug can rewrite history.
CREATE TABLE platform.audit_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_type varchar(40)  NOT NULL,
    entity_id   bigint       NOT NULL,
    action      varchar(40)  NOT NULL,
    actor_id    bigint,
    actor_name  varchar(200) NOT NULL,
    at          timestamptz  NOT NULL DEFAULT now(),
    before      jsonb,
    after       jsonb,
    note        varchar(2000)
);
CREATE INDEX audit_entry_entity ON platform.audit_entry (entity_type, entity_id, id);

CREATE FUNCTION platform.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END $$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON platform.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_change();
