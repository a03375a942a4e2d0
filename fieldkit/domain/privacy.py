"""The privacy checker: likely personal data in free text, flagged while the inspector types.

Children appear only as register pseudonyms and staff only by designation (decisions.md principle 4;
domain.md §6.1), so `scan` warns about: likely personal names not in the register (a common UK or Welsh
given name, alone or followed by a capitalised surname; a title such as Mrs or Dr before a capitalised
word), UK postcodes, UK phone numbers, e-mail addresses, dates of birth (a date near "born", "DOB",
"d.o.b.", "date of birth", "ganwyd", "dyddiad geni"), court case numbers ("LV18P01234", "case no. ..."),
and any name on the inspection's never-to-write list. Warnings never block typing; the editor shows them.

Heuristics, tuned against `tests/domain/privacy_corpus.py`; fast enough for every keystroke pause
(well under 5 ms for 2 kB of text).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

KINDS = ("never_write", "case_number", "email", "phone", "postcode", "date_of_birth", "title_name", "name")
_PRIORITY = {k: i for i, k in enumerate(KINDS)}  # where findings overlap, the earlier kind wins

MESSAGES = {
    "never_write": ("This name is on the never-to-write list.", "Mae'r enw hwn ar y rhestr peidio byth ag ysgrifennu."),
    "case_number": ("Looks like a court case number: keep it out of notes.",
                    "Mae'n edrych fel rhif achos llys: cadwch ef allan o'r nodiadau."),
    "email": ("An e-mail address.", "Cyfeiriad e-bost."),
    "phone": ("Looks like a phone number.", "Mae'n edrych fel rhif ffôn."),
    "postcode": ("Looks like a postcode.", "Mae'n edrych fel cod post."),
    "date_of_birth": ("Looks like a date of birth: record an age instead.",
                      "Mae'n edrych fel dyddiad geni: cofnodwch oed yn lle hynny."),
    "title_name": ("Looks like a person's name: use a designation or a register pseudonym.",
                   "Mae'n edrych fel enw person: defnyddiwch swydd neu ffugenw o'r gofrestr."),
    "name": ("Looks like a person's name that is not in the register.",
             "Mae'n edrych fel enw person nad yw yn y gofrestr."),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str
    message_en: str
    message_cy: str = ""


def _given_names_path() -> Path:
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return root / "resources" / "privacy" / "given_names.txt"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The bundled list of common given names (case-folded, accents kept and stripped)."""
    names: set[str] = set()
    for line in _given_names_path().read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(line.casefold())
            names.add(_fold(line))
    return frozenset(names)


def _fold(s: str) -> str:
    """Case- and accent-insensitive form: "Siân" and "SIAN" both become "sian"."""
    decomposed = unicodedata.normalize("NFD", s.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Capitalised words that follow a given name without making it a person's name ("Emily Ward" is a
# name, but these are places, organisations, framework or court words).
_NOT_SURNAMES = frozenset(_fold(w) for w in """
Court Courts Council Authority Authorities Service Services Team Teams Office Offices Centre Center House Street
Road Lane Avenue Close Drive Way Hall School College University Hospital Trust Board Group Project Scheme Unit
Report Reports Review Plan Framework Act Order Orders Section Standard Standards Policy Wales Cymru England
Cafcass CAFCASS Ofsted HMICA MCSI CIW Family Local Children Child Young People Guardian Guardians Manager
Managers Officer Officers Adviser Advisers Inspector Inspectors Lead Area Areas Region Regional North South East
West Mid Central Gwent Powys Ceredigion Swansea Cardiff Newport Wrexham Monday Tuesday Wednesday Thursday Friday
Saturday Sunday January February March April May June July August September October November December Ward
""".split()) - {_fold("Ward")}  # "Ward" is also a common surname

_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mister|Doctor)"
# "Mr Justice Munby", "Mrs Justice ..." are judicial titles, and "Mr X" / "Mrs D" use an initial.
_NOT_AFTER_TITLE = frozenset({"justice", "speaker", "president", "chairman", "chair"})

_UP, _LO = "A-ZÀ-ÖØ-ÞŴŶ", "a-zà-öø-ÿŵŷ"
# A capitalised word; "Rees-Jones" and "O'Brien" are one word, "Okonkwo's" is "Okonkwo".
_WORD = rf"[{_UP}][{_LO}]+(?:['’\-][{_UP}][{_LO}]+)*"
_CAP_WORD = re.compile(rf"(?<![\w'’\-]){_WORD}")
_TITLE_NAME = re.compile(rf"\b{_TITLES}\.?\s+({_WORD}(?:\s+{_WORD})?)")

_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)(?:\d[\s\-)]{0,2}){8,10}\d(?!\w)")
_EMAIL = re.compile(r"\b[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b")
_CASE_NUMBER = re.compile(
    r"\b[A-Z]{2}\d{2}[A-Z]\d{5}\b"  # family court numbers: LV18P01234, SA17C00123
    r"|\b(?:case|claim|court)\s*(?:no\.?|number|ref(?:erence)?\.?)\s*:?\s*[A-Z0-9][A-Z0-9/\-]{3,}"
    r"|\brhif\s+(?:yr\s+)?achos\s*:?\s*[A-Z0-9][A-Z0-9/\-]{3,}",
    re.IGNORECASE)
_CASE_NUMBER_NEEDS_DIGIT = re.compile(r"\d")

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
           r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst"
           r"|Medi|Hydref|Tachwedd|Rhagfyr)")
_DATE = re.compile(
    r"\b(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+\d{{2,4}}"
    rf"|{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{_MONTHS}\s+\d{{4}})\b",
    re.IGNORECASE)
_BIRTH_WORDS = re.compile(r"\b(?:born|birth|DOB|d\.o\.b|ganwyd|geni|birthday)\b", re.IGNORECASE)
_BIRTH_WINDOW = 40


def _allowed_forms(words: Iterable[str]) -> set[str]:
    return {_fold(w.strip()) for w in words if w and w.strip()}


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def scan(text: str, *, known_pseudonyms: Iterable[str] = (), never_write: Iterable[str] = (),
         allowed_words: Iterable[str] = ()) -> list[Finding]:
    """Likely personal data in `text`, in text order; overlapping findings keep the most specific."""
    if not text:
        return []
    found: list[tuple[str, int, int]] = []
    allowed = _allowed_forms(allowed_words)

    # Spans that are known to be fine: register pseudonyms ("Child A", "Seren") and allowed words.
    safe: list[tuple[int, int]] = []
    for word in (*known_pseudonyms, *allowed_words):
        word = word.strip()
        if word:
            safe.extend(m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE))

    for name in never_write:
        name = name.strip()
        if not name:
            continue
        parts = name.split()
        patterns = [r"\s+".join(re.escape(p) for p in parts)]
        if len(parts) > 1 and len(parts[-1]) >= 3:
            patterns.append(re.escape(parts[-1]))  # the surname alone
        for pattern in patterns:
            for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
                found.append(("never_write", *m.span()))

    for m in _CASE_NUMBER.finditer(text):
        if _CASE_NUMBER_NEEDS_DIGIT.search(m.group()):
            found.append(("case_number", *m.span()))
    found.extend(("email", *m.span()) for m in _EMAIL.finditer(text))
    for m in _PHONE.finditer(text):
        if 10 <= sum(c.isdigit() for c in m.group()) - (2 if m.group().startswith("+44") else 0) <= 11:
            found.append(("phone", *m.span()))
    found.extend(("postcode", *m.span()) for m in _POSTCODE.finditer(text))
    for m in _DATE.finditer(text):
        before = text[max(0, m.start() - _BIRTH_WINDOW):m.start()]
        if _BIRTH_WORDS.search(before):
            found.append(("date_of_birth", *m.span()))

    for m in _TITLE_NAME.finditer(text):
        words = m.group(1).split()
        if _fold(words[0]) in _NOT_AFTER_TITLE:
            continue
        # A second capitalised word belongs to the name only if it is not a place/organisation word.
        keep = words[:1] + [w for w in words[1:2] if _fold(w) not in _NOT_SURNAMES]
        end = m.start(1) + len(" ".join(keep)) if len(keep) == 2 else m.start(1) + len(words[0])
        found.append(("title_name", m.start(), end))

    names = given_names()
    words = list(_CAP_WORD.finditer(text))
    for i, m in enumerate(words):
        if _fold(m.group()) not in names:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and text[m.end():nxt.start()].isspace() and "\n" not in text[m.end():nxt.start()] \
                and _fold(nxt.group()) not in _NOT_SURNAMES:
            found.append(("name", m.start(), nxt.end()))
        else:
            found.append(("name", m.start(), m.end()))

    return _resolve(text, found, safe, allowed)


def _resolve(text: str, found: list[tuple[str, int, int]], safe: list[tuple[int, int]],
             allowed: set[str]) -> list[Finding]:
    found.sort(key=lambda f: (_PRIORITY[f[0]], f[1], -(f[2] - f[1])))
    kept: list[tuple[str, int, int]] = []
    spans: list[tuple[int, int]] = []
    for kind, start, end in found:
        snippet = text[start:end]
        if kind in ("name", "title_name"):
            if _overlaps(start, end, safe) or _fold(snippet) in allowed:
                continue
            if any(_fold(w) in allowed for w in snippet.split()):
                continue
        elif kind != "never_write" and _covered(start, end, safe):
            continue
        if _overlaps(start, end, spans):
            continue
        kept.append((kind, start, end))
        spans.append((start, end))
    kept.sort(key=lambda f: f[1])
    return [Finding(kind, start, end, text[start:end], *MESSAGES[kind]) for kind, start, end in kept]
