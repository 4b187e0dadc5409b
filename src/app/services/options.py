"""The one option schema of importers and exporters: what a form, the CLI and a call share.

An :class:`Option` declares one setting of an importer or an exporter (key, label, kind,
default, choices, bounds, help). :mod:`app.ui.option_form` builds the dialog's widgets from
a tuple of them; the CLI turns ``KEY=VALUE`` text into a value with :meth:`Option.parse`;
the importer or exporter overlays the caller's values on the declared defaults with
:func:`with_defaults` (lenient) or :func:`checked` (unknown keys refused).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

#: text: free text; choice: one of ``choices``; int/float: a number within the bounds;
#: bool: on or off; column: the name of one of the file's columns ("" = guess, "-" = none)
OptionKind = Literal["text", "choice", "int", "float", "bool", "column"]
OptionValue = str | int | float | bool

_TRUE = ("1", "true", "yes")


@dataclass(frozen=True)
class Option:
    """One declared setting, as a form field, a CLI ``KEY=VALUE`` and a default."""

    key: str
    label: str
    kind: OptionKind = "text"
    default: OptionValue = ""
    choices: tuple[str, ...] = ()
    help: str = ""
    minimum: float = 0
    maximum: float = 0

    def parse(self, text: str) -> OptionValue:
        """The value of command-line text: "yes"/"1" for bool, a number for int/float.

        Raises ValueError for a number that does not parse, is out of bounds, or a choice
        that is not declared.
        """
        if self.kind == "bool":
            return text.lower() in _TRUE
        if self.kind in ("int", "float"):
            return self._number(text)
        if self.kind == "choice" and text not in self.choices:
            raise ValueError(f"{self.key} must be one of {', '.join(self.choices)}")
        return text

    def _number(self, text: str) -> OptionValue:
        try:
            number: int | float = int(text) if self.kind == "int" else float(text)
        except ValueError:
            raise ValueError(f"{self.key} must be a number, not {text!r}") from None
        if self.maximum > self.minimum and not self.minimum <= number <= self.maximum:
            raise ValueError(f"{self.key} must be between {self.minimum:g} and {self.maximum:g}")
        return number


def defaults(options: Iterable[Option]) -> dict[str, OptionValue]:
    """Each declared option's default, by key."""
    return {o.key: o.default for o in options}


def with_defaults(options: Iterable[Option], values: Mapping[str, Any] | None) -> dict[str, Any]:
    """Declared defaults overlaid with the given values that are not None (importers)."""
    out: dict[str, Any] = dict(defaults(options))
    out.update({k: v for k, v in (values or {}).items() if v is not None})
    return out


def checked(
    options: Iterable[Option], values: Mapping[str, Any] | None, owner: str
) -> dict[str, Any]:
    """Declared defaults overlaid with ``values``; a key that is not declared is refused
    with KeyError naming ``owner`` (exporters: a typo must not be silently ignored)."""
    known: dict[str, Any] = dict(defaults(options))
    unknown = set(values or {}) - set(known)
    if unknown:
        raise KeyError(f"{owner} has no options {sorted(unknown)}")
    return {**known, **(values or {})}
