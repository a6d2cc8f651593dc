"""Language detectors on short posts: accuracy, µs/text and the memory each adds to a process.

    .venv/bin/python bench/language.py

bench/data/language_posts.jsonl holds short posts written for this bench (30 each in en, es, pt, fr,
de; 15 each in it, nl, ja, ru, tr), as people post: no accents, slang, a few words. Each candidate
runs in a fresh process, so its RSS is what importing it, building it and detecting adds to a bare
Python (numpy included, which a Heed worker has loaded anyway). Both lingua candidates and py3langid are
restricted to Heed's DETECTED_LANGUAGES unless the name says "all". py3langid is the one Heed ships
(requirements.txt); lingua is a bench-only dependency (`pip install lingua-language-detector==2.1.1`).
The last row is Heed's own detect_languages (moderation/placement/language.py): py3langid as configured,
with "und" below its confidence floor.
"""

import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
POSTS = [json.loads(line) for line in (ROOT / "bench/data/language_posts.jsonl").read_text().splitlines()]
CANDIDATES = ["lingua-low", "lingua-high", "py3langid-restricted", "py3langid-all", "heed"]


def build(name: str) -> Callable[[list[str]], list[str]]:
    """A function from texts to ISO 639-1 codes, for candidate `name`."""
    if name.startswith("lingua"):
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        from moderation.placement.language import DETECTED_LANGUAGES

        languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in DETECTED_LANGUAGES]
        builder = LanguageDetectorBuilder.from_languages(*languages)
        if name == "lingua-low":
            builder = builder.with_low_accuracy_mode()
        detector = builder.build()

        def lingua(texts: list[str]) -> list[str]:
            found = [detector.detect_language_of(t) for t in texts]
            return [lang.iso_code_639_1.name.lower() if lang else "und" for lang in found]

        return lingua
    if name.startswith("py3langid"):
        import py3langid

        from moderation.placement.language import DETECTED_LANGUAGES

        if name == "py3langid-restricted":
            py3langid.set_languages(sorted(DETECTED_LANGUAGES))

        def langid(texts: list[str]) -> list[str]:
            return [py3langid.classify(t)[0] for t in texts]

        return langid
    from moderation.placement.language import detect_languages

    return detect_languages


def run_one(name: str) -> dict[str, object]:
    process = psutil.Process()
    before = process.memory_info().rss
    detect = build(name)
    texts = [p["text"] for p in POSTS]
    detect(texts[:1])  # models load lazily: count them in the memory, not in the timing
    started = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        found = detect(texts)
    elapsed = time.perf_counter() - started
    right: Counter[str] = Counter()
    undetermined = 0
    for post, got in zip(POSTS, found, strict=True):
        right[post["language"]] += got == post["language"]
        undetermined += got == "und"
    totals = Counter(p["language"] for p in POSTS)
    return {
        "name": name,
        "accuracy": sum(right.values()) / len(POSTS),
        "per_language": {lang: right[lang] / n for lang, n in totals.items()},
        "und": undetermined,
        "us_per_text": elapsed / rounds / len(texts) * 1e6,
        "rss_mb": (process.memory_info().rss - before) / 2**20,
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(run_one(sys.argv[2])))
        return
    env = {**os.environ, "OMP_NUM_THREADS": "1", "RAYON_NUM_THREADS": "1"}
    langs = list(dict.fromkeys(p["language"] for p in POSTS))
    print(f"{len(POSTS)} posts, median {sorted(len(p['text']) for p in POSTS)[len(POSTS) // 2]} characters")
    header = f"{'candidate':22} {'acc':>5} {'und':>4} {'µs/text':>8} {'+RSS MB':>8}  "
    print(header + " ".join(f"{x:>4}" for x in langs))
    for name in CANDIDATES:
        out = subprocess.run(
            [sys.executable, __file__, "--one", name], capture_output=True, text=True, check=True, env=env
        )
        r = json.loads(out.stdout)
        per = " ".join(f"{r['per_language'][x]:4.2f}" for x in langs)
        print(f"{name:22} {r['accuracy']:5.2f} {r['und']:4} {r['us_per_text']:8.0f} {r['rss_mb']:8.0f}  {per}")


if __name__ == "__main__":
    main()
