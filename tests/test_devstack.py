"""The newcomer's first hour: `make run`'s settings for a second shell, what survives a restart, when it is ready."""

import os
import re
import stat
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.http import HttpRequest
from django.test import Client

from config.devstack import development_env, wait_until_ready, write_env_file
from tests.conftest import ROOT, test_database_url


def _a_stack(var: Path) -> dict[str, str]:
    """The settings `make run` would write, for the test database and Redis, with secrets kept in `var`."""
    env = {"DATABASE_URL": test_database_url(), "REDIS_URL": settings.REDIS_URL, "PORT": "8612"}
    return development_env(env, var=var)


def _second_shell(env_file: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """manage.py as a newcomer runs it: nothing configured but the env file."""
    env = {"PATH": os.environ["PATH"], "HEED_ENV_FILE": str(env_file)}
    env.update(extra)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def _setup_demo(state_dir: Path) -> str:
    out = StringIO()
    call_command("setup_heed", "--demo", "--state-dir", str(state_dir), stdout=out)
    return out.getvalue()


def _token(output: str) -> str:
    found = re.search(r"API token: (heed_\S+)", output)
    assert found, output
    return found[1]


def test_manage_py_in_a_second_shell_reaches_the_running_stack(db: None, tmp_path: Path) -> None:
    write_env_file(_a_stack(tmp_path), tmp_path / "dev.env")

    done = _second_shell(
        tmp_path / "dev.env",
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; from django.db import connection; connection.ensure_connection(); "
        "print(settings.DATABASES['default']['NAME'], settings.DEBUG, settings.SITE_URL)",
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [settings.DATABASES["default"]["NAME"], "True", "http://127.0.0.1:8612"]


def test_a_variable_already_set_wins_over_the_env_file(tmp_path: Path) -> None:
    write_env_file(_a_stack(tmp_path), tmp_path / "dev.env")

    done = _second_shell(
        tmp_path / "dev.env",
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.PORT)",
        PORT="8613",
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "8613"


def test_an_empty_heed_env_file_switches_the_file_off(tmp_path: Path) -> None:
    write_env_file(_a_stack(tmp_path), tmp_path / "dev.env")

    done = _second_shell(Path(""), "check")

    assert done.returncode != 0
    assert "SECRET_KEY" in done.stderr


def test_the_test_suite_does_not_read_a_developers_env_file() -> None:
    # `make test` (config/devstack.py test) switches the file off for every test process.
    assert os.environ.get("HEED_ENV_FILE") == ""


def test_the_secret_key_and_metrics_token_survive_a_restart(tmp_path: Path) -> None:
    first, second = _a_stack(tmp_path), _a_stack(tmp_path)

    assert first["SECRET_KEY"] == second["SECRET_KEY"]
    assert first["HEED_METRICS_TOKEN"] == second["HEED_METRICS_TOKEN"]
    assert len(first["SECRET_KEY"]) >= 50
    for name in ("secret_key", "metrics_token"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    write_env_file(first, tmp_path / "dev.env")
    assert stat.S_IMODE((tmp_path / "dev.env").stat().st_mode) == 0o600


def test_the_metrics_token_of_a_development_stack_opens_prometheus(db: None, tmp_path: Path) -> None:
    stack = _a_stack(tmp_path)
    write_env_file(stack, tmp_path / "dev.env")
    ask = (
        "from django.test import Client; "
        "print(Client().get('/metrics/prometheus', HTTP_HOST='127.0.0.1', "
        f"HTTP_AUTHORIZATION='Bearer {stack['HEED_METRICS_TOKEN']}').status_code)"
    )

    done = _second_shell(tmp_path / "dev.env", "shell", "--no-imports", "-c", ask)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "200"


def test_the_demo_token_still_works_after_a_restart(heed: None, tmp_path: Path) -> None:
    first = _token(_setup_demo(tmp_path))
    second = _token(_setup_demo(tmp_path))

    assert second == first
    assert Client(headers={"Authorization": f"Bearer {first}"}).get("/api/v1/reports/999999").status_code == 404


def test_a_kept_demo_token_that_no_longer_authenticates_is_replaced(heed: None, tmp_path: Path) -> None:
    _setup_demo(tmp_path)
    (tmp_path / "token").write_text("heed_not-the-one\n")

    token = _token(_setup_demo(tmp_path))

    assert token != "heed_not-the-one"
    assert (tmp_path / "token").read_text().strip() == token
    assert Client(headers={"Authorization": f"Bearer {token}"}).get("/api/v1/reports/999999").status_code == 404


def test_the_demo_team_gets_printed_passwords_that_log_in_and_last(heed: None, tmp_path: Path) -> None:
    first = _setup_demo(tmp_path)
    logins = dict(re.findall(r"(\w+) / (\S+)", first))

    assert set(logins) == {"admin", "dana", "sam"}
    assert "Heed is ready" not in first  # only devstack says so, once the web server answers
    _setup_demo(tmp_path)
    for username, password in logins.items():
        assert Client().login(request=HttpRequest(), username=username, password=password), username


def test_heed_is_ready_only_once_the_web_server_answers(tmp_path: Path) -> None:
    # A web server that starts late and answers 503 (the worker not up yet) before 200.
    script = tmp_path / "late.py"
    script.write_text(
        "import http.server, time\n"
        "time.sleep(1.5)\n"
        "asked = []\n"
        "class H(http.server.BaseHTTPRequestHandler):\n"
        "    def do_GET(self):\n"
        "        asked.append(1)\n"
        "        self.send_response(200 if len(asked) > 2 else 503); self.end_headers()\n"
        "    def log_message(self, *a): pass\n"
        "http.server.HTTPServer(('127.0.0.1', 8614), H).serve_forever()\n"
    )
    server = subprocess.Popen([sys.executable, str(script)])
    try:
        started = time.monotonic()
        assert wait_until_ready("http://127.0.0.1:8614/healthz", server, timeout=20) is None
        assert time.monotonic() - started >= 2.0  # 1.5 s to start, then two 503s half a second apart
    finally:
        server.kill()
        server.wait()


def test_heed_is_not_called_ready_when_its_processes_exit(tmp_path: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])

    assert wait_until_ready("http://127.0.0.1:8615/healthz", gone, timeout=10) == "the processes exited"


def test_make_migrations_check_runs() -> None:
    # make test's DATABASE_URL / REDIS_URL and SECRET_KEY, and a metrics token: nothing started, nothing kept in var/.
    env = dict(os.environ, HEED_METRICS_TOKEN="test-only")
    done = subprocess.run(
        [sys.executable, "-m", "config.devstack", "manage", "makemigrations", "--check", "--dry-run"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip

    assert done.returncode == 0, done.stdout + done.stderr
    assert "No changes detected" in done.stdout
