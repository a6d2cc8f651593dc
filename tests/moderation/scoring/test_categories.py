import pytest

from moderation.scoring import score_text

CATEGORY_KEYS = {"harassment", "hate", "sexual", "self_harm", "spam", "private_info"}


def evidence_of(text: str, signal: str) -> list[str]:
    score = score_text(text)
    found = [s for s in score.signals if s.name == signal]
    assert found, (signal, [s.name for s in score.signals])
    return [text[s:e] for s, e in found[0].evidence]


def test_every_score_has_exactly_the_six_categories() -> None:
    score = score_text("hello there")
    assert set(score.categories) == CATEGORY_KEYS
    assert all(v == 0.0 for v in score.categories.values())


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("you're a pathetic worthless loser, Dan", "harassment"),
        ("nobody likes you, delete your account", "harassment"),
        ("kys nobody would miss you", "harassment"),
        ("Immigrants are vermin and they disgust me", "hate"),
        ("send nudes, I'm so horny", "sexual"),
        ("I want to end it all tonight, I can't go on", "self_harm"),
        ("honestly kms", "self_harm"),
        ("I don't want to be here anymore", "self_harm"),
        ("Earn $500 a day trading crypto! DM me or click here https://bit.ly/xyz", "spam"),
        ("call her on 07700 900123 any time", "private_info"),
        ("his email is john.smith@example.com", "private_info"),
        ("she lives at 42 Acacia Avenue", "private_info"),
    ],
)
def test_it_scores_a_category(text: str, category: str) -> None:
    assert score_text(text).categories[category] >= 0.5


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I want to die of embarrassment lol", "self_harm"),
        ("If you are struggling, the Samaritans helpline is free: please reach out", "self_harm"),
        ("Gay people deserve the same rights as everyone else", "hate"),
        ("I love this recipe, thanks for sharing", "harassment"),
        ("Our meeting is at 10:30 on 12/03/2025", "private_info"),
        ("see the docs at https://docs.djangoproject.com", "spam"),
    ],
)
def test_it_does_not_score_a_category_without_cause(text: str, category: str) -> None:
    assert score_text(text).categories[category] < 0.5


def test_a_phone_number_is_evidenced_as_written() -> None:
    assert evidence_of("ring me: +44 7700 900123 after six", "private_info.phone") == ["+44 7700 900123"]


def test_an_email_address_is_evidenced_as_written() -> None:
    assert evidence_of("write to Jo.Bloggs+x@mail.example.org now", "private_info.email") == [
        "Jo.Bloggs+x@mail.example.org"
    ]


def test_an_insult_is_evidenced_on_the_original_text() -> None:
    spans = evidence_of("Ur a PATHETIC l0ser", "harassment.insult")
    assert any("PATHETIC" in s or "l0ser" in s for s in spans)


def test_a_threat_against_a_group_also_counts_as_hate() -> None:
    score = score_text("We should exterminate all Muslims")
    assert score.escalate
    assert score.categories["hate"] >= 0.5
