"""The deliveries worker's own cost per alert: CPU and wall time of `outbox.deliver_all` on a batch.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/heed_bench .venv/bin/python bench/deliveries.py [BATCH] [ROUNDS]

(with SECRET_KEY, ALLOWED_HOSTS and SECURE_SSL_REDIRECT=0 as for production settings, or DEBUG=1).

Stores BATCH (default 50, the outbox's batch) pending on-call e-mails, the alert scoring sends for a
threat, delivers them as one `moderation.deliver` message does, and prints the median over ROUNDS
(default 7) of CPU and wall milliseconds per delivery. E-mail goes to Django's in-memory backend, so the
figure is the worker's own work (reading, claiming, building the message, recording), not a mail
server's. The rows it stores are deleted afterwards; any migrated database will do.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["EMAIL_URL"] = "memorymail://"

import django

django.setup()

from django.core import mail  # noqa: E402
from django.utils import timezone  # noqa: E402

from moderation.delivery import outbox  # noqa: E402
from moderation.models import Delivery  # noqa: E402

ALERT = {
    "event": "case_escalated",
    "subject": "[Heed] Critical: Threat of violence — case #54068 in Critical: threats",
    "body": "Critical: Threat of violence — case #54068 in Critical: threats\n\nhttps://heed.example/cases/54068/\n",
    "heed_channel": "on-call",
}


def main() -> None:
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else outbox.BATCH
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    cpu, wall = [], []
    for _ in range(rounds + 1):  # the first round warms up
        now = timezone.now()
        ids = [
            d.pk
            for d in Delivery.objects.bulk_create(
                Delivery(kind="notification", url="mailto:oncall@localhost", payload=ALERT, next_attempt_at=now)
                for _ in range(batch)
            )
        ]
        mail.outbox = []
        started_cpu, started = time.process_time(), time.perf_counter()
        outbox.deliver_all(ids)
        cpu.append((time.process_time() - started_cpu) / batch)
        wall.append((time.perf_counter() - started) / batch)
        delivered = Delivery.objects.filter(pk__in=ids, state=Delivery.State.DELIVERED).count()
        Delivery.objects.filter(pk__in=ids).delete()
        assert delivered == batch == len(mail.outbox), (delivered, len(mail.outbox))
    print(f"{batch} alerts a batch, {rounds} rounds")
    print(f"CPU per delivery:  {_spread(cpu[1:])}")
    print(f"wall per delivery: {_spread(wall[1:])}")


def _spread(seconds: list[float]) -> str:
    ms = [1000 * s for s in seconds]
    return f"{statistics.median(ms):.2f} ms (median; {min(ms):.2f} to {max(ms):.2f})"


if __name__ == "__main__":
    main()
