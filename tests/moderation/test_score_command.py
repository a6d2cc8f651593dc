"""`manage.py score`: JSON lines in, one score per line out, no database touched."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command


def run(monkeypatch: pytest.MonkeyPatch, stdin: str, *args: str) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    call_command("score", *args, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_it_scores_each_line_of_standard_input_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = run(monkeypatch, '{"text": "I will k1ll you tonight"}\n{"text": "lovely weather", "id": 7}\n')
    assert [line["escalate"] for line in lines] == [True, False]
    assert set(lines[0]) == {"threat", "escalate", "categories", "signals", "language"}
    assert 0.0 <= lines[1]["threat"] <= 1.0
    assert set(lines[0]["categories"]) == {"harassment", "hate", "sexual", "self_harm", "spam", "private_info"}


def test_it_reads_a_line_in_the_language_it_names(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = run(
        monkeypatch, '{"text": "te voy a matar", "language": "es"}\n{"text": "te voy a matar", "language": "en"}\n'
    )
    assert [line["language"] for line in lines] == ["es", "en"]
    assert lines[0]["escalate"]
    assert any(signal.get("detail", "").startswith("es: direct") for signal in lines[0]["signals"])


def test_its_evidence_offsets_point_into_the_input_text(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "gonna st@b u 🔪"
    (line,) = run(monkeypatch, json.dumps({"text": text}) + "\n")
    spans = [text[s:e] for signal in line["signals"] for s, e in signal["evidence"]]
    assert any("st@b" in span for span in spans)


def test_it_reads_and_writes_files(tmp_path: Path) -> None:
    source, sink = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text('{"text": "someone should shoot her"}\n\n{"text": "kill the heat"}\n', encoding="utf-8")
    call_command("score", "--input", str(source), "--output", str(sink))
    lines = [json.loads(line) for line in sink.read_text(encoding="utf-8").splitlines()]
    assert [line["escalate"] for line in lines] == [True, False]


def test_it_names_the_line_that_is_not_json(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(CommandError, match="line 2"):
        run(monkeypatch, '{"text": "fine"}\n{"text": oops}\n')


def test_it_names_the_line_without_a_text(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(CommandError, match='line 1: expected an object with a "text" string'):
        run(monkeypatch, '{"body": "no text here"}\n')


def test_it_says_which_input_file_it_cannot_open(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="cannot open"):
        call_command("score", "--input", str(tmp_path / "missing.jsonl"))
