"""`letopis serve`: the web explorer and JSON API (see docs/web.md)."""
from __future__ import annotations

import ipaddress
import secrets
import sys
from typing import Any


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses, the only hosts served without a token."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_app(db_path: str, token: str | None = None, **options: Any):
    """The FastAPI app (imported lazily so `import letopis.api` stays cheap)."""
    from .app import create_app as build

    return build(db_path, token, **options)


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          max_upload_bytes: int = 5 * 1024 * 1024) -> str | None:
    """Serve the explorer; on a non-loopback host without a token, generate one and print it."""
    import uvicorn

    if not token and not is_loopback(host):
        token = secrets.token_urlsafe(24)
        print(f"letopis serve: {host} is not a loopback address, so writes need a token.\n"
              f"Generated token (send as 'Authorization: Bearer <token>'): {token}", file=sys.stderr, flush=True)
    app = create_app(db_path, token, max_upload_bytes=max_upload_bytes)
    uvicorn.run(app, host=host, port=port, log_level="info")
    return token
