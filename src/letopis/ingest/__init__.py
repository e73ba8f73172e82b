"""Ingest: files, folders and stdin in; RawDocs (decoded, format known) and Failures out."""
from letopis.ingest.decode import decode_bytes
from letopis.ingest.sources import detect_format, iter_inputs, list_files

__all__ = ["decode_bytes", "detect_format", "iter_inputs", "list_files"]
