"""Development secrets kept in var/ so they outlive restarts of `make run` (never used in production)."""

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path`, readable by its owner only (it holds a secret)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    # O_CREAT's mode applies only to a new file; an older one keeps what it had.
    path.chmod(0o600)


def persistent_secret(path: Path, make: Callable[[], str] = lambda: secrets.token_hex(32)) -> str:
    """The secret kept in `path`, made and written on first use."""
    if path.exists() and (kept := path.read_text().strip()):
        return kept
    value = make()
    write_private(path, value + "\n")
    return value
