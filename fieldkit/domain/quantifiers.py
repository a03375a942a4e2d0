"""The quantifier checker: "most", "almost all", "majority", "few" in a rationale or finding, held against
the linked counts under the framework's own definitions (001 L164: "'most' means over 65%").

A sentence that names a grade ("most reports were inadequate") is checked against that grade's share; one
that names none is checked against every grade of the distribution, and flagged only if no grade's share
supports the word. The narrowest word wins, as in `proportion_word`: 90% is "almost all", not "most".
It flags and explains; it never rewrites the text.

Pure Python: imports only `fieldkit.domain`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldkit.domain.framework import proportion_word

if TYPE_CHECKING:
    from fieldkit.domain.decision_support import Distribution
    from fieldkit.domain.framework import ProportionWord

_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]?")
# "the most important", "at most": a superlative and a bound, not the quantifier "most".
_SUPERLATIVE = re.compile(r"\b(the|at)\s+$", re.I)


@dataclass(frozen=True)
class QuantifierFlag:
    start: int
    end: int
    word: str
    message: str
    supported: tuple[str, ...]  # the words the counts do support, for the message and a tooltip


def _checked_words(words: Sequence[ProportionWord]) -> list[ProportionWord]:
    # "all" and "none" are exact words: "all staff" in ordinary prose is not a claim about a sample.
    return [w for w in words if w.comparator != "eq"]


def _pattern(words: Iterable[ProportionWord], language: str) -> re.Pattern[str] | None:
    phrases = sorted({(w.word_cy if language == "cy" else w.word_en) for w in words}, key=len, reverse=True)
    phrases = [p for p in phrases if p]
    if not phrases:
        return None
    return re.compile(r"(?<![\w'])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w'])", re.I)


def _word_for(count: int, total: int, words: Sequence[ProportionWord]) -> ProportionWord | None:
    return proportion_word(count, total, words) if total else None


def check_quantifiers(text: str, dists: Sequence[Distribution], words: Sequence[ProportionWord], *,
                      language: str = "en") -> list[QuantifierFlag]:
    """Flags for every quantifier in `text` the linked distributions do not support."""
    checked = _checked_words(words)
    pattern = _pattern(checked, language)
    usable = [d for d in dists if d.rated]
    if pattern is None or not usable:
        return []
    by_phrase = {(w.word_cy if language == "cy" else w.word_en).casefold(): w for w in checked}
    flags: list[QuantifierFlag] = []
    for sentence in _SENTENCE.finditer(text):
        body = sentence.group(0)
        lowered = body.casefold()
        for m in pattern.finditer(body):
            used = by_phrase[m.group(1).casefold()]
            if used.word_en == "most" and language != "cy" and _SUPERLATIVE.search(body[: m.start()]):
                continue
            named = [(d, lv) for d in usable for lv in d.rated_levels()
                     if re.search(r"(?<!\w)" + re.escape((lv.label_cy if language == "cy" else lv.label_en).casefold())
                                  + r"(?!\w)", lowered)]
            candidates = named or [(d, lv) for d in usable for lv in d.rated_levels()]
            supported: list[str] = []
            ok = False
            for d, lv in candidates:
                word = _word_for(lv.count, d.rated, words)
                if word is not None and word.code == used.code:
                    ok = True
                    break
                label = lv.label_cy if language == "cy" else lv.label_en
                shown = (word.word_cy if language == "cy" else word.word_en) if word else "—"
                supported.append(f"{lv.count} of {d.rated} {label.lower()}: {shown}")
            if ok:
                continue
            start = sentence.start() + m.start()
            flags.append(QuantifierFlag(
                start, start + len(m.group(1)), m.group(1),
                f"'{m.group(1)}' does not match the linked counts ({'; '.join(dict.fromkeys(supported))})",
                tuple(dict.fromkeys(supported))))
    return flags
