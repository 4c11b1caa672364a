-- Steps of the start-up tasks (first administrator, demo load) that are done, so that a task
-- interrupted by a kill resumes where it stopped instead of leaving half its data behind (issue 16).
CREATE TABLE platform.startup_step (
    task         varchar(100) NOT NULL,
    step         varchar(200) NOT NULL,
    completed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (task, step)
);
