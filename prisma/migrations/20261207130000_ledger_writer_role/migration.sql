-- The role the service runs as (through a login role that is a member of it):
-- it may read and change every table but the ledger's events, which it may only
-- read and append to. Not owning ledger_events and not being a superuser, it can
-- neither disable the append-only triggers (ALTER TABLE ... DISABLE TRIGGER) nor
-- skip them (SET session_replication_role = replica). Migrations run as the owner.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_writer') THEN
    CREATE ROLE ledger_writer NOLOGIN;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ledger_writer;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ledger_writer;
REVOKE UPDATE, DELETE, TRUNCATE ON "ledger_events" FROM ledger_writer;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ledger_writer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ledger_writer;

-- Tables of later migrations get the same grants; ledger_events keeps its own.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ledger_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ledger_writer;
