-- docker-compose's PostgreSQL, on first start (docker-entrypoint-initdb.d), as deploy/local/lib.sh
-- ensure_database does: one database, one schema per service owned by that service's login role,
-- rights on its own schema alone. Passwords equal the role names: the server is reachable only on
-- the compose network (no published port). pg_trgm lives in schema dealreg.
CREATE DATABASE channel_platform;
\connect channel_platform
SET client_min_messages = warning;
REVOKE ALL ON DATABASE channel_platform FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE ROLE partner_svc LOGIN PASSWORD 'partner_svc';
GRANT CONNECT ON DATABASE channel_platform TO partner_svc;
CREATE SCHEMA partner AUTHORIZATION partner_svc;
ALTER ROLE partner_svc IN DATABASE channel_platform SET search_path = partner;

CREATE ROLE dealreg_svc LOGIN PASSWORD 'dealreg_svc';
GRANT CONNECT ON DATABASE channel_platform TO dealreg_svc;
CREATE SCHEMA dealreg AUTHORIZATION dealreg_svc;
ALTER ROLE dealreg_svc IN DATABASE channel_platform SET search_path = dealreg;

CREATE ROLE enablement_svc LOGIN PASSWORD 'enablement_svc';
GRANT CONNECT ON DATABASE channel_platform TO enablement_svc;
CREATE SCHEMA enablement AUTHORIZATION enablement_svc;
ALTER ROLE enablement_svc IN DATABASE channel_platform SET search_path = enablement;

CREATE ROLE revenue_svc LOGIN PASSWORD 'revenue_svc';
GRANT CONNECT ON DATABASE channel_platform TO revenue_svc;
CREATE SCHEMA revenue AUTHORIZATION revenue_svc;
ALTER ROLE revenue_svc IN DATABASE channel_platform SET search_path = revenue;

CREATE ROLE webhooks_svc LOGIN PASSWORD 'webhooks_svc';
GRANT CONNECT ON DATABASE channel_platform TO webhooks_svc;
CREATE SCHEMA webhooks AUTHORIZATION webhooks_svc;
ALTER ROLE webhooks_svc IN DATABASE channel_platform SET search_path = webhooks;

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA dealreg;
