"""The threat package: one module per family, each saying what it covers, all known to the scorer."""

import importlib
import pkgutil

from moderation.scoring import threat


def test_the_scorer_prepares_the_patterns_of_every_threat_module():
    names = {info.name for info in pkgutil.iter_modules(threat.__path__)}

    assert names == {module.__name__.rsplit(".", 1)[1] for module in threat.MODULES}


def test_every_threat_module_says_what_it_covers():
    for info in pkgutil.iter_modules(threat.__path__):
        module = importlib.import_module(f"{threat.__name__}.{info.name}")
        assert module.__doc__ and len(module.__doc__) > 60, info.name
