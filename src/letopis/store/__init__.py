"""DuckDB store: documents and their records, actors across documents, failures."""
from .db import DEFAULT_PATH, connect, counts, has_document, write_docs, write_failures

__all__ = ["DEFAULT_PATH", "connect", "counts", "has_document", "write_docs", "write_failures"]
