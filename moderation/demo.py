"""Demo data: a pile-on against one person, with threats, insults and ordinary spam."""

import random

from moderation.triage import score_reports
from reports.intake import accept_reports
from reports.models import ApiClient, Report
from reports.schemas import ReportIn

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
    """File a few hundred demo reports through intake and score them now; returns how many."""
    if Report.objects.filter(client=client, external_id__startswith="demo-").exists():
        return 0
    rng = random.Random(seed)
    posts = [(t, "violent_threat", True) for t in THREATS]
    posts += [(rng.choice(INSULTS) + f" #{n}", "harassment", True) for n in range(44)]
    posts += [(t, "spam", False) for t in SPAM] + [(t, "other", False) for t in BENIGN]
    items = []
    for i in range(320):
        post = rng.randrange(len(posts)) if i >= len(posts) else i
        text, category, targeted = posts[post]
        items.append(_report(i, post, text, author=post % 40, category=category, target=targeted))
    reports = accept_reports(client=client, items=items)
    score_reports([r.pk for r in reports])
    return len(reports)
