-- The table db-scheduler 16 keeps its executions in, with the columns its PostgreSQL support
-- reads and writes. ${table} is the table name the scheduler is built with (SchedulerBuilder
-- tableName), scheduled_tasks by default.
CREATE TABLE ${table} (
    task_name            text        NOT NULL,
    task_instance        text        NOT NULL,
    task_data            bytea,
    execution_time       timestamptz NOT NULL,
    picked               boolean     NOT NULL,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      NOT NULL,
    priority             smallint,
    CONSTRAINT ${table}_pkey PRIMARY KEY (task_name, task_instance)
);

-- Polling reads due executions by time (and by priority when the scheduler enables it); dead
-- execution detection reads by heartbeat.
CREATE INDEX ${table}_execution_time_idx ON ${table} (execution_time);
CREATE INDEX ${table}_last_heartbeat_idx ON ${table} (last_heartbeat);
CREATE INDEX ${table}_priority_execution_time_idx ON ${table} (priority DESC, execution_time ASC);
