-- What the store keeps from one import to the next (rule N1): each input file it holds
-- with its SHA-256, and the generation of its reference extracts. Plain SQL that HSQLDB
-- 2.7 and PostgreSQL 15 both accept.

-- Whether the store held a run's input file unchanged, not reading it again.
ALTER TABLE cr_input_file ADD COLUMN held BOOLEAN DEFAULT FALSE NOT NULL;

-- One row per file whose import completed: an extract's (keyed by its name) or a usage
-- file's (keyed by its export and path); removed when an import of it starts again.
CREATE TABLE cr_stored_input (
    file_key VARCHAR(4000) NOT NULL PRIMARY KEY,
    extract VARCHAR(40) NOT NULL,
    export_key VARCHAR(4000),
    path VARCHAR(4000) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    file_size BIGINT NOT NULL,
    modified BIGINT NOT NULL,
    generation VARCHAR(64),
    read_rows BIGINT NOT NULL,
    loaded BIGINT NOT NULL,
    rejected BIGINT NOT NULL,
    periods VARCHAR(4000),
    imported_by BIGINT NOT NULL
);

-- Named values of the import: 'references', the generation of the reference extracts
-- once all of them are in.
CREATE TABLE cr_store_state (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    state_value VARCHAR(4000)
);
