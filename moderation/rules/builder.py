"""The visual rule builder's half of a rule: the builder form ↔ the rule dict, both ways, from the registry.

The form's field names encode the condition tree: the root condition is `c`, the children of a group
`c-0`, `c-1`, … (a `not` has one child, `-0`). Each node has `<prefix>-kind` (a group or a condition
name); a group has `<prefix>-n`, its number of children; a condition's value sits in fields named after
the registry's field kind (`-phrases`, `-number`, `-category`, `-t-<category>`, `-minutes`, …). The
builder reads a form into a rule dict without judging it (a half-filled draft converts too), so the
one validator (`schema.validate_rule`) says what is wrong, in the same words as for YAML. Pure: no ORM.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from moderation.rules.conditions import CATEGORIES, CONDITIONS, GROUPS, Condition, as_list
from moderation.rules.schema import ACTION_ORDER, TIERS

ROOT = "c"
NEW_RULE: dict[str, Any] = {
    "name": "New rule",
    "description": "",
    "enabled": False,
    "when": {"all": []},
    "then": {"tier": "normal"},
}
# What a condition holds when it is first added, by the registry's field kind.
_BLANK: dict[str, Any] = {
    "phrases": [],
    "pattern": "",
    "probability": 0.5,
    "count": 1,
    "categories": [],
    "thresholds": {},
    "window": {"minutes": 10, "at_least": 5},
}
TIER_CHOICES = sorted(TIERS, key=lambda t: -TIERS[t])


class FormData(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...

    def getlist(self, key: str) -> list[str]: ...


def _number(raw: str) -> Any:
    """The number an input holds; text that is no number stays text, for the validator to name."""
    raw = raw.strip()
    for kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            pass
    return raw or None


def _lines(raw: str) -> list[str]:
    return [line.strip() for line in raw.splitlines() if line.strip()]


def blank(kind: str) -> dict[str, Any]:
    """A new node of `kind` (a group or a condition name), as the builder adds it."""
    if kind in ("all", "any"):
        return {kind: []}
    if kind == "not":
        return {"not": None}
    return {kind: _BLANK[CONDITIONS[kind].field]}


# -- form → rule --------------------------------------------------------------------------------------


def _value(condition: Condition, data: FormData, p: str) -> Any:
    kind = condition.field
    if kind == "phrases":
        return _lines(data.get(f"{p}-phrases", ""))
    if kind == "pattern":
        return data.get(f"{p}-pattern", "")
    if kind in ("probability", "count"):
        return _number(data.get(f"{p}-number", ""))
    if kind == "categories":
        return data.getlist(f"{p}-category")
    if kind == "thresholds":
        found = {c: _number(data.get(f"{p}-t-{c}", "")) for c in CATEGORIES}
        return {c: v for c, v in found.items() if v is not None}
    return {"minutes": _number(data.get(f"{p}-minutes", "")), "at_least": _number(data.get(f"{p}-at_least", ""))}


def _node(data: FormData, p: str) -> dict[str, Any] | None:
    kind = data.get(f"{p}-kind", "")
    if kind in ("all", "any"):
        n = _number(data.get(f"{p}-n", "0"))
        children = [_node(data, f"{p}-{i}") for i in range(n if isinstance(n, int) else 0)]
        return {kind: [c for c in children if c is not None]}
    if kind == "not":
        return {"not": _node(data, f"{p}-0")}
    if kind in CONDITIONS:
        return {kind: _value(CONDITIONS[kind], data, p)}
    return None


def rule_from_form(data: FormData) -> dict[str, Any]:
    """The rule the builder form describes, valid or not; empty actions are left out."""
    then: dict[str, Any] = {}
    for key in ("queue", "tier"):
        if data.get(key):
            then[key] = data.get(key)
    for key in ("priority_points", "sla_minutes"):
        value = _number(data.get(key, ""))
        if value is not None:
            then[key] = value
    notify = [c.strip() for c in data.get("notify", "").split(",") if c.strip()]
    if notify:
        then["notify"] = notify
    if data.get("restrict_content"):
        then["restrict_content"] = True
    return {
        "name": data.get("name", ""),
        "description": data.get("description", ""),
        "enabled": bool(data.get("enabled")),
        "when": _node(data, ROOT),
        "then": {k: then[k] for k in ACTION_ORDER if k in then},
    }


# -- changing the tree ----------------------------------------------------------------------------------


def _path(prefix: str) -> list[int]:
    return [int(i) for i in prefix.split("-")[1:]]


def _children(node: dict[str, Any]) -> list[Any]:
    ((key, value),) = node.items()
    if key == "not":
        return [] if value is None else [value]
    return value if isinstance(value, list) else []


def _at(root: dict[str, Any] | None, path: Sequence[int]) -> dict[str, Any] | None:
    node = root
    for i in path:
        kids = _children(node) if isinstance(node, dict) else []
        node = kids[i] if 0 <= i < len(kids) else None
    return node


def _replace(root: dict[str, Any] | None, path: Sequence[int], new: dict[str, Any] | None) -> dict[str, Any] | None:
    """`root` with the node at `path` replaced by `new` (None removes it)."""
    if not path:
        return new
    assert root is not None
    ((key, value),) = root.items()
    if key == "not":
        return {"not": _replace(value, path[1:], new)}
    kids = list(value)
    child = _replace(kids[path[0]], path[1:], new)
    if child is None and len(path) == 1:
        del kids[path[0]]
    else:
        kids[path[0]] = child
    return {key: kids}


def apply(rule: dict[str, Any], op: str, data: FormData) -> dict[str, Any]:
    """The draft after the builder's button `op`: `add:<prefix>` (the kind chosen in `<prefix>-add`),
    `remove:<prefix>` or `wrap:<prefix>` (put the node in an `all` group). Unknown ops change nothing."""
    action, _, prefix = op.partition(":")
    if not prefix.startswith(ROOT):
        return rule
    when, path = rule["when"], _path(prefix)
    node = _at(when, path)
    if action == "add" and isinstance(node, dict):
        kind = data.get(f"{prefix}-add", "")
        if kind not in GROUPS and kind not in CONDITIONS:
            return rule
        ((key, value),) = node.items()
        if key in ("all", "any"):
            when = _replace(when, path, {key: [*value, blank(kind)]})
        elif key == "not" and value is None:
            when = _replace(when, path, {"not": blank(kind)})
    elif action == "add" and node is None and not path:
        when = blank(data.get(f"{prefix}-add", "all") or "all")
    elif action == "remove" and path and node is not None:
        when = _replace(when, path, None)
    elif action == "wrap" and node is not None:
        when = _replace(when, path, {"all": [node]})
    return {**rule, "when": when}


# -- rule → form ----------------------------------------------------------------------------------------


@dataclass
class Node:
    """One node of the tree as the template draws it."""

    prefix: str
    kind: str
    group: bool
    description: str
    condition: Condition | None = None
    children: list[Node] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    removable: bool = True

    @property
    def can_add(self) -> bool:
        return self.kind in ("all", "any") or (self.kind == "not" and not self.children)


def _fields(condition: Condition, value: Any) -> dict[str, Any]:
    kind = condition.field
    if kind == "phrases":
        return {"phrases": "\n".join(str(v) for v in as_list(value) or [])}
    if kind == "pattern":
        return {"pattern": value or ""}
    if kind in ("probability", "count"):
        return {"number": "" if value is None else value}
    if kind == "categories":
        chosen = set(as_list(value) or [])
        return {"categories": [(c, c in chosen) for c in CATEGORIES]}
    if kind == "thresholds":
        given = value if isinstance(value, dict) else {}
        return {"thresholds": [(c, given.get(c, "")) for c in CATEGORIES]}
    given = value if isinstance(value, dict) else {}
    return {"minutes": given.get("minutes", ""), "at_least": given.get("at_least", "")}


def tree(cond: Any, prefix: str = ROOT, errors: Mapping[str, str] | None = None) -> Node | None:
    """The condition tree `cond` as nodes for the template; `errors` by prefix are put on their node."""
    if not isinstance(cond, dict) or len(cond) != 1:
        return None
    errors = errors or {}
    ((key, value),) = cond.items()
    if key in GROUPS:
        kids = value if key in ("all", "any") and isinstance(value, list) else [] if value is None else [value]
        children = [n for i, sub in enumerate(kids) if (n := tree(sub, f"{prefix}-{i}", errors)) is not None]
        node = Node(prefix, key, True, GROUPS[key].description, children=children)
    elif key in CONDITIONS:
        condition = CONDITIONS[key]
        node = Node(prefix, key, False, condition.description, condition, fields=_fields(condition, value))
    else:
        return None
    node.error = errors.get(prefix, "")
    node.removable = prefix != ROOT
    return node


def prefix_of(loc: Sequence[str | int]) -> str | None:
    """The builder node an error at `loc` (["when", "all", 1, "threat_at_least"]) is about."""
    if not loc or loc[0] != "when":
        return None
    prefix, rest = ROOT, list(loc[1:])
    while rest:
        part = rest.pop(0)
        if part in ("all", "any") and rest and isinstance(rest[0], int):
            prefix += f"-{rest.pop(0)}"
        elif part == "not":
            prefix += "-0"
        else:
            break
    return prefix


def choices() -> list[tuple[str, str]]:
    """What the builder's "add" lists offer: groups first, then every condition, each with its description."""
    return [(g.name, f"{g.name}: {g.description}") for g in GROUPS.values()] + [
        (c.name, f"{c.name.replace('_', ' ')}: {c.description.split('. ')[0]}") for c in CONDITIONS.values()
    ]
