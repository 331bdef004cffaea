-- The shared store of the DynamicDeepFlow services: binary chunks, data sets, the job queue, models, results.

-- Binary data in 1 MiB rows so that uploads and downloads stream instead of living whole in memory.
create table blob_chunk (
    blob_id uuid    not null,
    seq     integer not null check (seq >= 0),
    data    bytea   not null,
    primary key (blob_id, seq)
);

create table dataset (
    id         bigserial primary key,
    kind       text        not null check (kind in ('link-counters', 'packet-sequences', 'traces')),
    name       text        not null check (length(name) between 1 and 200),
    format     text        not null,
    shape      jsonb       not null,
    checksum   text        not null check (checksum ~ '^[0-9a-f]{64}$'),
    size_bytes bigint      not null check (size_bytes >= 0),
    blob_id    uuid        not null unique,
    created_at timestamptz not null default now()
);
create index dataset_kind_idx on dataset (kind, id);

create table job (
    id                   bigserial primary key,
    kind                 text        not null,
    status               text        not null default 'QUEUED'
        check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    params               jsonb       not null,
    idempotency_key      text unique,
    request_hash         text        not null check (request_hash ~ '^[0-9a-f]{64}$'),
    attempts             integer     not null default 0 check (attempts >= 0),
    max_attempts         integer     not null check (max_attempts >= 1),
    lease_owner          text,
    lease_expires_at     timestamptz,
    cancel_requested     boolean     not null default false,
    progress_step        bigint,
    progress_total       bigint,
    progress_loss        double precision,
    progress_eta_seconds bigint,
    progress_message     text,
    error                text,
    result               jsonb,
    created_at           timestamptz not null default now(),
    started_at           timestamptz,
    finished_at          timestamptz,
    updated_at           timestamptz not null default now(),
    -- a running job always has an owner and a lease; a finished job keeps its last owner for the record
    check (status <> 'RUNNING' or (lease_owner is not null and lease_expires_at is not null))
);
-- claim() scans only these two small sets
create index job_queued_idx on job (id) where status = 'QUEUED';
create index job_running_lease_idx on job (lease_expires_at) where status = 'RUNNING';
create index job_kind_status_idx on job (kind, status, id);

create table job_event (
    id         bigserial primary key,
    job_id     bigint      not null references job (id) on delete cascade,
    epoch      integer     not null check (epoch >= 0),
    metrics    jsonb       not null,
    created_at timestamptz not null default now(),
    -- a job run again after a lost lease rewrites its epochs instead of duplicating them
    unique (job_id, epoch)
);

create table model (
    id                 bigserial primary key,
    kind               text        not null,
    version            integer     not null check (version >= 1),
    source_job_id      bigint references job (id) on delete set null,
    status             text        not null default 'candidate' check (status in ('candidate', 'active', 'retired')),
    config             jsonb       not null,
    metrics            jsonb       not null,
    reference          jsonb       not null,
    weights_blob_id    uuid        not null unique,
    weights_size_bytes bigint      not null check (weights_size_bytes >= 0),
    weights_checksum   text        not null check (weights_checksum ~ '^[0-9a-f]{64}$'),
    created_at         timestamptz not null default now(),
    activated_at       timestamptz,
    unique (kind, version)
);
create unique index model_one_active_idx on model (kind) where status = 'active';
-- a job run again after a lost lease finds the model it already registered
create unique index model_source_job_idx on model (kind, source_job_id) where source_job_id is not null;

create table result (
    id         bigserial primary key,
    job_id     bigint      not null references job (id) on delete cascade,
    name       text        not null check (length(name) between 1 and 200),
    media_type text        not null,
    blob_id    uuid        not null unique,
    size_bytes bigint      not null check (size_bytes >= 0),
    checksum   text        not null check (checksum ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null default now(),
    unique (job_id, name)
);
