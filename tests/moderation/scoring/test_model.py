"""The learned model: trained by `train`, loaded lazily, explained, and never in charge alone."""

import os
import subprocess
import sys
from pathlib import Path

import joblib
import numpy as np
import pytest
from sklearn.pipeline import Pipeline

import moderation.scoring.model as model_module
from moderation.scoring import READER_VERSION, score_text, score_texts
from moderation.scoring.model import MODEL_LANGUAGES, Prediction, ThreatModel, load_model
from moderation.scoring.normalise import normalise
from moderation.scoring.scorer import RULES_VERSION, assemble
from moderation.scoring.train_seed import build_features, by_language, classifier, refit_english, save, train

# Written for this test; enough for n-grams to separate the two classes.
THREATS = [
    "I will stab you tonight", "gonna shoot you tomorrow", "I'm going to hurt you badly",
    "you will die this week", "I will burn your house down", "we will kill you and your family",
    "I'm coming to break your legs", "I'll strangle you", "next time I see you I'll cut you",
    "you're dead when I catch you", "I will murder you", "we're going to beat you senseless",
]  # fmt: skip
BENIGN = [
    "the match tonight was great", "see you at lunch tomorrow", "my legs hurt after the run",
    "thanks for the birthday wishes", "the house looks lovely", "I will bake a cake for you",
    "we're going to the beach", "I'm coming to the party", "next time I see you let's get coffee",
    "you're right about the film", "I will email you the notes", "we'll meet at the station",
]  # fmt: skip

# English-only rows (train_seed.ENGLISH_ONLY) of a form the rows above lack.
SKULLS = [{"text": f"gonna cave your skull in {i}", "threat": 1, "english_only": True} for i in range(8)]


@pytest.fixture(scope="module")
def tiny_model() -> ThreatModel:
    rows = [{"text": t, "threat": 1} for t in THREATS] + [{"text": t, "threat": 0} for t in BENIGN]
    return train(rows * 2, version="test-1")


def test_train_fits_a_model_that_separates_its_classes(tiny_model: ThreatModel) -> None:
    threat, benign = tiny_model.predict([normalise("I will stab you").text, normalise("see you at the beach").text])
    assert threat.probability > 0.5 > benign.probability


def test_a_trained_model_survives_a_save_and_a_load(tiny_model: ThreatModel, tmp_path: Path) -> None:
    path = tmp_path / "m.joblib"
    save(tiny_model, path)
    loaded = load_model(path)
    assert loaded is not None
    assert loaded.version == "test-1"
    assert load_model(path) is loaded  # once per process


def test_a_saved_model_is_plain_data_that_scores_as_the_fitted_classifier(
    tiny_model: ThreatModel, tmp_path: Path
) -> None:
    path = tmp_path / "plain.joblib"
    save(tiny_model, path)
    saved = joblib.load(path)
    assert "pipeline" not in saved  # vocabularies, weights and coefficients: no scikit-learn object
    loaded = ThreatModel.from_saved(saved)
    texts = [normalise(t).text for t in [*THREATS, *BENIGN, "an unseen text about weather", ""]]

    def fitted(code: str) -> np.ndarray:
        # What the classifier was fitted on: every feature shared, and again in the language's block.
        x = by_language(tiny_model.features.transform(texts), [code] * len(texts))
        return tiny_model.classifier.predict_proba(x)[:, 1]

    every = np.max([fitted(code) for code in MODEL_LANGUAGES], axis=0)
    for tag, expected in (
        ("en", fitted("en")),
        ("es", fitted("es")),
        ("pt-BR", fitted("pt")),
        (None, every),
        ("ja", every),
    ):
        tags = [tag] * len(texts)
        # Folded into a row per language, the trained model is the classifier...
        folded = tiny_model.predict(texts, tags)
        assert [round(p.probability, 12) for p in folded] == [round(float(p), 12) for p in expected]
        assert tiny_model.probabilities(texts, tags) == pytest.approx(expected.tolist(), abs=1e-12)
        # ...and saved, its coefficients rounded to float32, it is the same up to that rounding.
        got = loaded.predict(texts, tags)
        assert [p.probability for p in got] == pytest.approx(expected.tolist(), abs=1e-6)
        assert [p.top_terms for p in got] == [p.top_terms for p in folded]
        assert loaded.probabilities(texts, tags) == pytest.approx(expected.tolist(), abs=1e-6)


def test_a_text_in_no_known_language_is_read_in_every_language() -> None:
    """Not knowing a text's language (the intake screen never does) is no reason to miss a threat in one
    the model was trained on: each language's reading is taken and the highest kept."""
    rows = [
        *({"text": f"vou te furar {i} vezes", "threat": 1, "language": "pt"} for i in range(6)),
        *({"text": f"vou te ligar {i} vezes", "threat": 0, "language": "pt"} for i in range(6)),
        *({"text": t, "threat": 1} for t in THREATS),
        *({"text": t, "threat": 0} for t in BENIGN),
    ]
    model = train(rows * 2, version="test-3")
    text = [normalise("vou te furar amanha").text]
    readings = {tag: model.predict(text, [tag])[0].probability for tag in MODEL_LANGUAGES}
    assert readings["pt"] == max(readings.values())
    for unknown in (None, ["und"], ["ja"]):
        assert model.predict(text, unknown)[0].probability == pytest.approx(readings["pt"], abs=1e-12)
        assert model.probabilities(text, unknown) == pytest.approx([readings["pt"]], abs=1e-12)


def test_rows_in_a_language_teach_its_own_coefficients() -> None:
    """A word that threatens in one language and not in another: Portuguese "time" is a team."""
    rows = [
        *({"text": f"the time has come {i}, you die tonight", "threat": 1} for i in range(6)),
        *({"text": f"meu time ganhou {i} jogos", "threat": 0, "language": "pt"} for i in range(6)),
        *({"text": t, "threat": 1} for t in THREATS),
        *({"text": t, "threat": 0} for t in BENIGN),
    ]
    model = train(rows * 2, version="test-2")
    text = [normalise("time").text]
    english, portuguese = model.predict(text, ["en"])[0], model.predict(text, ["pt"])[0]
    assert english.probability > portuguese.probability


def test_english_only_rows_move_english_and_no_other_language() -> None:
    """Rows marked english_only (train_seed.ENGLISH_ONLY) teach English's coefficients and intercept;
    every other language's row is the fit without them, to the bit."""
    rows = [
        *({"text": f"vou te furar {i} vezes", "threat": 1, "language": "pt"} for i in range(6)),
        *({"text": f"vou te ligar {i} vezes", "threat": 0, "language": "pt"} for i in range(6)),
        *({"text": t, "threat": 1} for t in THREATS),
        *({"text": t, "threat": 0} for t in BENIGN),
    ]
    without, with_extra = train(rows * 2, version="a"), train(rows * 2 + SKULLS, version="b")
    texts = [normalise(t).text for t in ["gonna cave your skull in", "vou te furar amanha", "see you at lunch"]]
    for tag in ("es", "pt", "fr", "de"):
        assert with_extra.probabilities(texts, [tag] * 3) == without.probabilities(texts, [tag] * 3)
    skull = normalise("they will cave your skull in").text
    assert with_extra.probabilities([skull], ["en"])[0] > without.probabilities([skull], ["en"])[0] + 0.05


def test_refitting_english_on_a_saved_model_keeps_its_features_and_every_other_row(
    tiny_model: ThreatModel, tmp_path: Path
) -> None:
    """`train_seed --english`: the shipped model's English row refitted, nothing else moved."""
    save(tiny_model, tmp_path / "m.joblib")
    before = joblib.load(tmp_path / "m.joblib")
    rows = [*({"text": t, "threat": 1} for t in THREATS), *({"text": t, "threat": 0} for t in BENIGN)]
    save(refit_english(ThreatModel.from_saved(before), rows * 2 + SKULLS, "test-4"), tmp_path / "m.joblib")
    after = joblib.load(tmp_path / "m.joblib")
    assert after["version"] == "test-4"
    assert after["blocks"][0][1]["vocabulary"] == before["blocks"][0][1]["vocabulary"]
    assert np.array_equal(after["coef"][1:], before["coef"][1:])
    assert np.array_equal(after["intercept"][1:], before["intercept"][1:])
    skull = [normalise("they will cave your skull in").text]
    old, new = ThreatModel.from_saved(before), ThreatModel.from_saved(after)
    assert new.probabilities(skull, ["en"])[0] > old.probabilities(skull, ["en"])[0] + 0.05
    assert new.probabilities(skull, ["fr"]) == old.probabilities(skull, ["fr"])


def test_models_saved_in_older_formats_still_load(tiny_model: ThreatModel) -> None:
    texts = [normalise(t).text for t in ["I will stab you", "see you at the beach"]]
    # Before the plain export: a fitted sklearn pipeline, one set of coefficients.
    pipeline = Pipeline([("features", build_features()), ("clf", classifier())])
    pipeline.fit([normalise(t).text for t in THREATS + BENIGN], [1] * len(THREATS) + [0] * len(BENIGN))
    old = ThreatModel.from_saved({"pipeline": pipeline, "version": "old-1"})
    assert old.version == "old-1"
    expected = pipeline.predict_proba(texts)[:, 1]
    assert [p.probability for p in old.predict(texts, ["es", "es"])] == pytest.approx(expected.tolist(), abs=1e-12)
    # The first plain export: one row of coefficients for every language.
    saved = tiny_model.saved()
    one_row = {**saved, "format": "heed-plain-1", "coef": saved["coef"][0], "intercept": float(saved["intercept"][0])}
    one_row.pop("languages")
    loaded = ThreatModel.from_saved(one_row)
    english = tiny_model.probabilities(texts, ["en", "en"])
    assert loaded.probabilities(texts, ["de", None]) == pytest.approx(english, abs=1e-6)
    # A row per language and one intercept for all (seed-11 and older).
    one_intercept = ThreatModel.from_saved({**saved, "intercept": float(saved["intercept"][0])})
    assert one_intercept.probabilities(texts, ["en", "de"]) == pytest.approx(
        tiny_model.probabilities(texts, ["en", "de"]), abs=1e-6
    )


def test_scoring_a_text_imports_no_scikit_learn() -> None:
    # A scoring worker's memory: scikit-learn and SciPy's statistics are ~80 MB a process.
    code = (
        "import sys, django; django.setup(); import moderation.tasks; "
        "from moderation.scoring import score_texts; score_texts(['I will hurt you']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_model_names_the_words_that_pushed_it(tiny_model: ThreatModel) -> None:
    (prediction,) = tiny_model.predict([normalise("I will stab you").text])
    assert "stab" in " ".join(prediction.top_terms)


def test_scoring_falls_back_to_rules_when_the_model_file_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = Path("/nonexistent/model.joblib")
    monkeypatch.setattr(model_module, "MODEL_PATH", missing)
    score = score_text("I'm going to kill you")
    assert score.escalate
    assert score.version == RULES_VERSION
    assert all(s.name != "threat.model" for s in score.signals)


def test_the_shipped_seed_model_is_small_and_loads() -> None:
    assert model_module.MODEL_PATH.stat().st_size < 3_000_000
    model = load_model()
    assert model is not None
    assert score_text("hello").version == f"{RULES_VERSION}+model-{model.version}+reader-{READER_VERSION}"


def test_the_model_signal_points_at_words_in_the_original_text() -> None:
    text = "I will K1LL you"
    signal = next(s for s in score_text(text).signals if s.name == "threat.model")
    assert signal.weight > 0
    assert any("K1LL" in text[s:e] or "will" in text[s:e] for s, e in signal.evidence)


def test_the_model_lifts_a_borderline_rule_case_over_the_line() -> None:
    n = normalise("I'm going to destroy you")  # a soft verb: not enough for the rules alone
    assert not assemble(n, None, "t").escalate
    assert assemble(n, Prediction(0.9, ()), "t").escalate


def test_one_detail_of_someones_life_carries_a_model_that_half_suspects_it() -> None:
    """rules-6: a school run's place and time, read by a model at p 0.67 (below the 0.81 it needs alone),
    escalate; a detail of someone's day that the model sees nothing in does not."""
    school_run = normalise("Your kids go to St Brigid's don't they. Pickup's at 3.15, yeah?")
    assert assemble(school_run, Prediction(0.67, ()), "t").escalate
    assert not assemble(school_run, Prediction(0.2, ()), "t").escalate
    assert not assemble(school_run, None, "t").escalate
    commute = normalise("you still get the 7:15 from Didcot? I'll save you a seat and bring the coffees")
    score = assemble(commute, Prediction(0.3, ()), "t")
    assert "threat.doxxing" in {s.name for s in score.signals}
    assert not score.escalate


def test_a_confident_model_cannot_overrule_reported_speech() -> None:
    n = normalise('My ex texted me "I will kill you" so I went to the police.')
    assert not assemble(n, Prediction(0.999, ()), "t").escalate


def test_a_confident_model_cannot_overrule_an_idiom() -> None:
    n = normalise("I'd kill for a pint right now")
    assert not assemble(n, Prediction(0.999, ()), "t").escalate


def test_a_doubtful_model_never_vetoes_a_clear_rule_threat() -> None:
    n = normalise("I am going to stab you tomorrow")
    assert assemble(n, Prediction(0.001, ()), "t").escalate


def test_batch_and_single_scoring_agree() -> None:
    texts = ["I will k1ll you", "lovely day", "someone should shoot her", "kill the heat"]
    assert score_texts(texts) == [score_text(t) for t in texts]
