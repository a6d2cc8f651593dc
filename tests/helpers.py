"""What several test files share: filing reports the way a platform does, deciding a case, making a persona,
and a platform's webhook endpoint that records what Heed sent it."""

import hashlib
import hmac
import itertools
import json
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from django.contrib.auth.models import Group, User

from moderation.models import Triage
from moderation.placement.pipeline import score_reports
from moderation.review.services import case_decide
from reports.intake import accept_reports
from reports.models import ApiClient, Report
from reports.schemas import ReportIn

_ids = itertools.count(1)


def report_body(text: str, **overrides: Any) -> dict[str, Any]:
    n = next(_ids)
    body: dict[str, Any] = {
        "external_id": f"t-{n}",
        "category": "harassment",
        "content": {"id": f"post-{n}", "text": text, "author": {"id": f"author-{n}"}},
        "reporter": {"id": f"reporter-{n}"},
    }
    for key, value in overrides.items():
        if key in ("content_id", "author_id", "text"):
            body["content"][{"content_id": "id", "author_id": "author", "text": "text"}[key]] = (
                {"id": value} if key == "author_id" else value
            )
        elif key in ("reporter_id", "target_id"):
            body[key.removesuffix("_id")] = {"id": value}
        else:
            body[key] = value
    return body


def file_reports(client: ApiClient, *bodies: dict[str, Any]) -> list[Report]:
    return accept_reports(client=client, items=[ReportIn.model_validate(b) for b in bodies])


def decided_case(client: ApiClient, by: User, action: str = "remove_content", reason: str = "harassment") -> Report:
    report = file_reports(client, report_body("you are a worthless idiot"))[0]
    score_reports([report.pk])
    triage = Triage.objects.get(case_id=report.case_id)
    case_decide(case_id=report.case_id, by=by, action=action, reason_code=reason, version=triage.version)
    return Report.objects.get(pk=report.pk)


def make_user(name: str, role: str | None) -> User:
    user = User.objects.create_user(name, password="correct horse battery staple")
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Receiver(ThreadingHTTPServer):
    """A platform's webhook endpoint on 127.0.0.1, answering `status` and recording what it got."""

    daemon_threads = True

    def __init__(self, port: int = 0, status: int = 200) -> None:
        self.status = status
        self.received: list[Received] = []
        super().__init__(("127.0.0.1", port), _Handler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks/heed"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join()


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append(Received(self.path, dict(self.headers.items()), body))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def signature_ok(secret: str, request: Received) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), request.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, request.headers["X-Heed-Signature"])
