-- Runs once, when the postgres container creates its database: the login role the
-- API connects as. It is a member of ledger_writer (which the migrations grant:
-- every table, but only SELECT and INSERT on ledger_events); the migrations run as
-- the owner, POSTGRES_USER. Change the password with the one in docker-compose.yml.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_writer') THEN
    CREATE ROLE ledger_writer NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_app') THEN
    CREATE ROLE ledger_app LOGIN PASSWORD 'ledger_app' IN ROLE ledger_writer;
  END IF;
END
$$;
