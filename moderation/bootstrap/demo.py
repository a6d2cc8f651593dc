"""Demo data: a pile-on against one person, with threats, insults and ordinary spam."""

import random
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.db import transaction

from config.secretfile import persistent_secret, write_private
from moderation.models import Triage
from moderation.placement.pipeline import score_reports
from moderation.review.services import case_decide
from moderation.vocabulary import ADMIN, MODERATOR, SENIOR
from reports.intake import accept_reports
from reports.models import ApiClient, Report, hash_token
from reports.schemas import ReportIn

DEMO_CLIENT = "demo-platform"
# The demo team, who worked part of the pile-on already; a newcomer may log in as either to see a role.
DEMO_TEAM = {"dana": MODERATOR, "sam": SENIOR}

TARGET = {"id": "u-maya", "handle": "@maya_speaks"}

THREATS = [
    "I know where you live, Maya. 14 Alder Road. You won't see it coming.",
    "I'm going to kill you and your whole family",
    "someone should put a bullet in her head, she'd finally shut up",
    "keep talking and I will find you and beat you until you can't walk",
    "you deserve to be r@ped and I hope it happens soon",
    "would be a shame if something happened to your kids on the way to school",
    "i will k1ll you. 🔪🔪",
    "Watch your back. I've seen you leave the office at 6 every evening.",
    "If you show up at the conference tomorrow I'll slit your throat",
    "We should all go to her house and burn it down with her inside",
    "I hope you die screaming",
    "gonna shoot you the next time I see you, count on it",
]
INSULTS = [
    "you are a pathetic attention seeker, log off forever",
    "what a stupid take, you absolute clown",
    "nobody asked you, idiot",
    "shut up, you ugly hag",
    "lmao imagine being this dumb",
    "you're a disgrace and a liar",
    "get a real job instead of whining online",
]
SPAM = [
    "Earn $5000 a week from home!!! DM me now http://quick-cash.example",
    "Crypto giveaway: send 0.1 BTC and get 1 BTC back http://btc-double.example",
    "Hot singles in your area http://dating-now.example",
]
BENIGN = [
    "I'm killing it at the gym today",
    "That joke killed me 😂",
    "We're going to destroy you in ranked tonight",
]


def _report(i: int, post: int, text: str, author: int, category: str, target: bool) -> ReportIn:
    return ReportIn.model_validate(
        {
            "external_id": f"demo-{i}",
            "category": category,
            "comment": "" if i % 3 else "This is part of the pile-on against Maya.",
            "content": {
                "id": f"post-{post}",
                "text": text,
                "url": f"https://social.example/p/{post}",
                "author": {"id": f"u-{author}", "handle": f"@account{author}"},
            },
            "reporter": {"id": f"r-{i % 150}", "handle": f"@reporter{i % 150}"},
            "target": TARGET if target else None,
        }
    )


def load_demo(client: ApiClient, *, seed: int = 7) -> int:
    """File a few hundred demo reports through intake, score them now, and decide some; returns how many.

    The pile-on falls mostly on the insults (most people report what they see most); each threat is
    reported once or twice. A demo team has already worked part of it, so there is history to show.
    """
    if Report.objects.filter(client=client, external_id__startswith="demo-").exists():
        return 0
    rng = random.Random(seed)
    threats = [(t, "violent_threat", True) for t in THREATS]
    insults = [(rng.choice(INSULTS) + f" #{n}", "harassment", True) for n in range(44)]
    others = [(t, "spam", False) for t in SPAM] + [(t, "other", False) for t in BENIGN]
    posts = threats + insults + others
    picks = list(range(len(posts))) + [rng.randrange(len(threats)) for _ in range(8)]
    picks += [len(threats) + rng.randrange(len(insults)) for _ in range(320 - len(picks) - 10)]
    picks += [len(threats) + len(insults) + rng.randrange(len(others)) for _ in range(10)]
    items = []
    for i, post in enumerate(picks):
        text, category, targeted = posts[post]
        items.append(_report(i, post, text, author=post % 40, category=category, target=targeted))
    reports = accept_reports(client=client, items=items)
    score_reports([r.pk for r in reports])
    _decide_some(client)
    return len(reports)


def _decide_some(client: ApiClient) -> None:
    """The demo team's earlier work: the critical queue cleared, some insults decided either way.

    A newcomer then files a threat (README) and sees it arrive at the top of an empty critical queue.
    """
    dana, sam = _demo_user("dana", MODERATOR), _demo_user("sam", SENIOR)
    open_ = Triage.objects.filter(case__client=client, state=Triage.State.OPEN)
    for n, triage in enumerate(open_.filter(queue__slug="threats").order_by("-threat", "case_id")):
        if n == 0:
            _decide(sam, triage, "refer_law_enforcement", "credible-threat")
        elif n == 1:
            _decide(dana, triage, "escalate", "possibly-credible", note="Names her children's school run.")
        else:
            action, reason = [("remove_content", "violent-threat"), ("suspend_author", "repeat-violent-threats")][n % 2]
            _decide(dana, triage, action, reason)
    for n, triage in enumerate(open_.filter(queue__slug="harassment").order_by("case_id")[:20]):
        action, reason = ("no_violation", "not-abusive") if n % 3 == 0 else ("remove_content", "harassment")
        _decide(dana, triage, action, reason)


def _demo_user(username: str, role: str) -> User:
    user, _ = User.objects.get_or_create(username=username)
    user.groups.add(Group.objects.get(name=role))
    return user


@dataclass(frozen=True)
class Demo:
    logins: dict[str, str]  # username: password
    token: str
    loaded: int


def _password(state_dir: Path, username: str) -> str:
    return persistent_secret(state_dir / f"password-{username}", lambda: secrets.token_urlsafe(12))


def _demo_token(state_dir: Path) -> tuple[ApiClient, str]:
    """The demo platform and its bearer token: the one kept in `state_dir` while it still authenticates."""
    token_file = state_dir / "token"
    kept = token_file.read_text().strip() if token_file.exists() else ""
    client = ApiClient.objects.filter(name=DEMO_CLIENT).first()
    if client is not None and kept and client.token_hash == hash_token(kept):
        return client, kept
    if client is None:
        client, token = ApiClient.issue(DEMO_CLIENT)
    else:  # a new database, or the token was rotated since: only a hash is stored, so issue another
        token = "heed_" + secrets.token_urlsafe(32)
        client.token_hash = hash_token(token)
        client.save(update_fields=["token_hash"])
    write_private(token_file, token + "\n")
    return client, token


@transaction.atomic
def set_up_demo(state_dir: Path, *, admin_password: str = "") -> Demo:
    """An admin, the demo team and a demo platform, with logins and token kept in `state_dir` across restarts.

    Passwords are set to the kept ones on every start, so they hold even against a fresh database.
    """
    admin, _ = User.objects.get_or_create(username="admin", defaults={"is_staff": True, "is_superuser": True})
    logins = {"admin": admin_password or _password(state_dir, "admin")}
    admin.set_password(logins["admin"])
    admin.save()
    admin.groups.add(Group.objects.get(name=ADMIN))
    for username, role in DEMO_TEAM.items():
        user = _demo_user(username, role)
        logins[username] = _password(state_dir, username)
        user.set_password(logins[username])
        user.save()
    client, token = _demo_token(state_dir)
    return Demo(logins=logins, token=token, loaded=load_demo(client))


def _decide(by: User, triage: Triage, action: str, reason: str, note: str = "") -> None:
    case_decide(
        case_id=triage.case_id, by=by, action=action, reason_code=reason, version=triage.version, note=note,
        suspend_days=30 if action == "suspend_author" else None,
    )  # fmt: skip
