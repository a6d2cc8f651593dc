"""Keep a process's start-up objects out of Python's full garbage collections.

What a web or worker process builds as it starts (Django, the apps, the URLconf, the scorer's patterns
and model: ~135,000 objects in a web or worker process) lives as long as the process and never becomes garbage,
yet each full collection walks all of it again: 50–120 ms on the 2-core machine, paid by whichever
request or task happens to trigger it (docs/performance.md, "December 6, night"). Frozen, they are
skipped; a full collection then walks only what came after."""

import gc


def freeze() -> None:
    gc.collect()  # what start-up left as garbage goes now, not frozen with the rest
    gc.freeze()
