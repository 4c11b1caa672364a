-- A user's credentials version: raised when the user is disabled or their password changes. A
-- session remembers the version it was opened with and ends at its next request once they differ,
-- so ending a user's sessions is one row update, seen by every node that shares the database.
ALTER TABLE platform.app_user ADD COLUMN credentials_version integer NOT NULL DEFAULT 0;
