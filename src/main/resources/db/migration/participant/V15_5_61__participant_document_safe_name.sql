-- Attachments are stored and served under a safe name whose extension matches the type read from
-- their bytes; the name they were uploaded with stays in filename as display text only. Documents
-- attached before get a neutral name from their id.
ALTER TABLE participant.document ADD COLUMN safe_name varchar(100);
UPDATE participant.document
   SET safe_name = 'documento-' || id || CASE content_type WHEN 'application/pdf' THEN '.pdf'
                                                          WHEN 'image/png' THEN '.png'
                                                          ELSE '.jpg' END;
ALTER TABLE participant.document ALTER COLUMN safe_name SET NOT NULL;
ALTER TABLE participant.document ADD CONSTRAINT document_safe_name
    CHECK (safe_name ~ '\.(pdf|jpg|png)$' AND safe_name !~ '[/\\"'';[:cntrl:][:space:]]');
