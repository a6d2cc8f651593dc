"""The intake screen: which texts intake sends to the urgent queue whatever they were filed as."""

import json
from pathlib import Path

import numpy as np
import pytest

from moderation.scoring import wordlists
from moderation.scoring.model import load_model
from moderation.scoring.normalise import normalise_many
from moderation.scoring.screen import Words, suspect, why

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    "text",
    [
        "I will kill you tonight",
        "k 1 l l  y o u",
        "🔪🔪 see u soon",
        "you'll be pulling your teeth out of the pavement",
        "te mato, cabrón",
        "vou te matar amanhã",
        "je vais te tuer",
        "ich bring dich um",
        "ich werde dich abstechen",
    ],
)
def test_it_finds_a_threat_suspect(text: str) -> None:
    assert suspect([text]) == [True]


@pytest.mark.parametrize(
    "text", ["meet you at the station at 6", "running 10 mins late sorry, save me a seat", "great match today"]
)
def test_it_lets_an_everyday_post_through(text: str) -> None:
    assert suspect([text]) == [False]


def test_its_word_entries_are_whole_words_prefixes_and_sequences_folded_as_the_text() -> None:
    words = Words(["matar*", "tot", "bring dich um"])
    found = [why_in(words, text) for text in ["TE MATARÉ", "er ist tot", "totally", "ich bring dich um", "bring dich"]]
    assert found == ["matare", "tot", None, "bring dich um", None]


def why_in(words: Words, text: str) -> str | None:
    from moderation.scoring.screen import TOKEN

    return words.found(TOKEN.findall(normalise_many([text])[0].text))


def test_every_scored_language_has_screen_words() -> None:
    from moderation.scoring.languages import SCORED_LANGUAGES

    assert set(wordlists.SCREEN_WORDS) == SCORED_LANGUAGES
    assert why(normalise_many(["matar"])[0].text) == "matar"


def test_the_models_fast_probabilities_are_its_full_predictions() -> None:
    # (The full predictions are scikit-learn's own: tests/moderation/scoring/test_model.py.)
    model = load_model()
    assert model is not None
    lines = (ROOT / "bench/data/everyday_posts.jsonl").read_text().splitlines()[:200]
    texts = [n.text for n in normalise_many([json.loads(line)["text"] for line in lines])]
    expected = [p.probability for p in model.predict(texts)]
    assert np.allclose(model.probabilities(texts), expected, atol=1e-12)
