-- One database, one schema and one role per service, rights on its own schema alone (as deploy/local/lib.sh).
CREATE DATABASE channel_platform;
\connect channel_platform
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE channel_platform FROM PUBLIC;
CREATE ROLE partner_svc LOGIN PASSWORD 'partner_svc';
CREATE SCHEMA partner AUTHORIZATION partner_svc;
GRANT CONNECT ON DATABASE channel_platform TO partner_svc;
CREATE ROLE dealreg_svc LOGIN PASSWORD 'dealreg_svc';
CREATE SCHEMA dealreg AUTHORIZATION dealreg_svc;
GRANT CONNECT ON DATABASE channel_platform TO dealreg_svc;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA dealreg;
CREATE ROLE enablement_svc LOGIN PASSWORD 'enablement_svc';
CREATE SCHEMA enablement AUTHORIZATION enablement_svc;
GRANT CONNECT ON DATABASE channel_platform TO enablement_svc;
CREATE ROLE revenue_svc LOGIN PASSWORD 'revenue_svc';
CREATE SCHEMA revenue AUTHORIZATION revenue_svc;
GRANT CONNECT ON DATABASE channel_platform TO revenue_svc;
CREATE ROLE webhooks_svc LOGIN PASSWORD 'webhooks_svc';
CREATE SCHEMA webhooks AUTHORIZATION webhooks_svc;
GRANT CONNECT ON DATABASE channel_platform TO webhooks_svc;
