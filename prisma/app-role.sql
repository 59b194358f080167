-- The role the app runs as on a PostgreSQL server (README, "Running against PostgreSQL").
-- Run as the owner of the schema, after `npm run db:migrate`, with psql:
--   psql "$MIGRATION_DATABASE_URL" -v app_role=estate_app -v app_password="'…'" -f prisma/app-role.sql
-- The app may read and write its tables, but only INSERT and SELECT the audit trail: it can
-- neither edit nor delete an audit event or seal, nor switch off the triggers that refuse it.
CREATE ROLE :"app_role" LOGIN PASSWORD :app_password;
GRANT USAGE ON SCHEMA public TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent", "AuditSeal" FROM :"app_role";
REVOKE ALL ON "_prisma_migrations" FROM :"app_role";
GRANT SELECT ON "_prisma_migrations" TO :"app_role";
-- Tables and sequences that later migrations create get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app_role";
