-- letopis DuckDB schema. One row per document; every other table is keyed by doc_id,
-- so a document is written (or skipped) as a whole inside one transaction.
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,
    title VARCHAR, author VARCHAR, published VARCHAR, outlet VARCHAR, url VARCHAR,
    cited_sources VARCHAR[], photo_credit VARCHAR,
    path VARCHAR, record VARCHAR, encoding VARCHAR, format VARCHAR, raw_chars BIGINT,
    text VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR, i INTEGER, start INTEGER, stop INTEGER, text VARCHAR,
    PRIMARY KEY (doc_id, i)
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR, i INTEGER, start INTEGER, stop INTEGER, text VARCHAR, type VARCHAR,
    entity INTEGER, kind VARCHAR, normal VARCHAR,
    PRIMARY KEY (doc_id, i)
);
CREATE TABLE IF NOT EXISTS entities (
    doc_id VARCHAR, id INTEGER, type VARCHAR, name VARCHAR, country VARCHAR, code VARCHAR,
    offices VARCHAR[], aliases VARCHAR[], key VARCHAR,
    PRIMARY KEY (doc_id, id)
);
-- Cross-document actors: one row per real-world actor (key = normalised name + country).
CREATE TABLE IF NOT EXISTS actors (
    key VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, country VARCHAR, code VARCHAR,
    offices VARCHAR[]
);
CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR, i INTEGER,
    cameo VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    plover VARCHAR, plover_mode VARCHAR,
    date VARCHAR, date_end VARCHAR, location VARCHAR, modality VARCHAR, confidence DOUBLE,
    evidence VARCHAR, sentence_start INTEGER, sentence_stop INTEGER,
    trigger_start INTEGER, trigger_stop INTEGER, rule VARCHAR, note VARCHAR,
    source_name VARCHAR, source_country VARCHAR, source_code VARCHAR, source_entity INTEGER,
    source_start INTEGER, source_stop INTEGER,
    target_name VARCHAR, target_country VARCHAR, target_code VARCHAR, target_entity INTEGER,
    target_start INTEGER, target_stop INTEGER,
    published VARCHAR,
    PRIMARY KEY (doc_id, i)
);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR, i INTEGER, start INTEGER, stop INTEGER, text VARCHAR,
    speaker VARCHAR, speaker_entity INTEGER, cue VARCHAR,
    PRIMARY KEY (doc_id, i)
);
CREATE TABLE IF NOT EXISTS facts (
    doc_id VARCHAR, i INTEGER, type VARCHAR, args VARCHAR,
    PRIMARY KEY (doc_id, i)
);
CREATE TABLE IF NOT EXISTS failures (
    path VARCHAR, record VARCHAR, stage VARCHAR, error VARCHAR, message VARCHAR,
    failed_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (path, record, stage)
);
