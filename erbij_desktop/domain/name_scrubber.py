"""Naming people only with consent: role phrases and the scrubber that takes names out of free text.

A person without ``consent_to_name`` is referred to by their role ("een
ervaringsdeskundige"); :class:`NameScrubber` replaces their full name, their
family name on its own and their first name on its own in any free text. Names are matched case- and
accent-insensitively (``Çelik`` = ``celik``); a family or first name on its own only
counts when it is capitalised, so the Dutch word "tol" survives while "Tol"
does not. Dutch tussenvoegsels are part of the family name ("de Vries",
"De Vries", "van der Berg"). Used by :mod:`domain.privacy` to build the public
view every export is made from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .enums import ReportLanguage
from .models import Person

# ---------------------------------------------------------------------------
# Role phrases: how someone without consent is referred to.

_ARTICLES = re.compile(r"^(?:een|de|het|a|an|the)\s+", re.IGNORECASE)
_FALLBACK_ROLE = {ReportLanguage.NL: "deelnemer", ReportLanguage.EN: "participant"}


def bare_role(person: Person, language: ReportLanguage) -> str:
    """The person's role without a leading article; a neutral word when unknown."""
    role = _ARTICLES.sub("", " ".join(person.role.split()))
    return role or _FALLBACK_ROLE[language]


def role_phrase(person: Person, language: ReportLanguage, *, form: str = "indefinite") -> str:
    """ "een ervaringsdeskundige", "de ervaringsdeskundige" or "een andere ervaringsdeskundige".

    ``form`` is ``indefinite``, ``definite`` or ``another``.
    """
    role = bare_role(person, language)
    if language is ReportLanguage.EN:
        if form == "definite":
            return f"the {role}"
        if form == "another":
            return f"another {role}"
        return f"{'an' if role[:1].lower() in 'aeiou' else 'a'} {role}"
    if form == "definite":
        return f"de {role}"
    if form == "another":
        return f"een andere {role}"
    return f"een {role}"


def display_name(person: Person | None, language: ReportLanguage) -> str:
    """The name with consent, else the role phrase; "" without a person."""
    if person is None:
        return ""
    return person.name if person.consent_to_name else role_phrase(person, language)


# ---------------------------------------------------------------------------
# Finding names in free text.

# Dutch (and a few other) particles that belong to the family name.
_PARTICLES = """
    van de der den het 't ter ten te in op aan bij uit voor
    d' l' la le du da di del della dos das von zu vom zum el al bin ben ibn abu
"""
TUSSENVOEGSELS = frozenset(_PARTICLES.split())
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Letters NFKD does not decompose but readers treat as the plain letter.
_EXTRA_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae"})


def _fold(text: str) -> str:
    """Casefold, drop accents: 'Çelik' -> 'celik', 'İlhan' -> 'ilhan'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _COMBINING.sub("", decomposed).translate(_EXTRA_FOLD)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return _fold(char)


def _fold_with_map(text: str) -> tuple[str, Sequence[int]]:
    """Folded text plus, per folded character, the index of its original character.

    ASCII folds to its lower case one for one, so only the other characters are folded one by
    one (a Dutch text has a handful: ë, ‘ ’); the ASCII runs between them are copied in slices.
    """
    parts: list[str] = []
    origin: list[int] = []
    done = 0
    for match in _NON_ASCII.finditer(text):
        index = match.start()
        if index > done:
            parts.append(text[done:index].lower())
            origin.extend(range(done, index))
        folded = _fold_char(text[index])
        parts.append(folded)
        origin.extend([index] * len(folded))
        done = index + 1
    if done < len(text):
        parts.append(text[done:].lower())
        origin.extend(range(done, len(text)))
    origin.append(len(text))
    return "".join(parts), origin


def split_name(name: str) -> tuple[list[str], list[str]]:
    """(given names, family name tokens); the family name keeps its tussenvoegsels.

    'Marijke de Vries' -> (['Marijke'], ['de', 'Vries']); 'Ricky Tol' -> (['Ricky'], ['Tol']).
    """
    tokens = name.split()
    if len(tokens) <= 1:
        return [], tokens
    for index in range(1, len(tokens) - 1):
        if tokens[index].casefold() in TUSSENVOEGSELS:
            return tokens[:index], tokens[index:]
    return tokens[:-1], tokens[-1:]


@dataclass(frozen=True)
class _Variant:
    person: Person
    hidden: bool
    # Family name on its own: only counts when its core is capitalised.
    needs_capital: bool
    core_length: int
    # The role, and the phrases for it (indefinite, definite, another), worked out once per person.
    role: str = ""
    phrases: tuple[str, str, str] = ("", "", "")


class NameScrubber:
    """Replaces names of people without consent by their role phrase.

    Names of people who consented are matched too, and left alone, so a
    shorter hidden name never eats into a longer consented one.
    """

    def __init__(self, people: Iterable[Person], language: ReportLanguage) -> None:
        self.language = language
        people = list(people)
        self._hidden_cores: list[str] = []
        variants: dict[str, _Variant] = {}
        for person in sorted(people, key=lambda p: not p.consent_to_name):
            hidden = not person.consent_to_name
            role = bare_role(person, language) if hidden else ""
            phrases = (
                (
                    role_phrase(person, language),
                    role_phrase(person, language, form="definite"),
                    role_phrase(person, language, form="another"),
                )
                if hidden
                else ("", "", "")
            )
            given, family = split_name(person.name)
            if not family:
                continue
            core = _fold(family[-1])
            if hidden and core:
                self._hidden_cores.append(core)
            # (tokens, needs a capital, length of the token whose capital counts)
            forms: list[tuple[list[str], bool, int]] = [(given + family, not given, len(core))]
            if given:
                # "de Vries" is unmistakably a name; a lone "Tol" only when capitalised.
                forms.append((family, len(family) == 1, len(core)))
                if len(family) > 1:
                    forms.append((family[-1:], True, len(core)))
                if hidden:
                    # The first name on its own ("Ricky vertelde ...") names her too.
                    first = _fold(given[0])
                    if first:
                        self._hidden_cores.append(first)
                        forms.append((given[:1], True, len(first)))
            for tokens, needs_capital, core_length in forms:
                key = " ".join(_fold(t) for t in tokens)
                if not key.strip():
                    continue
                known = variants.get(key)
                # Privacy first: when a consented and a hidden person share a form, hide it.
                if known is None or (hidden and not known.hidden):
                    variants[key] = _Variant(person, hidden, needs_capital, core_length, role, phrases)
        self._variants = variants
        self._pattern: re.Pattern[str] | None = None
        self._mentions: re.Pattern[str] | None = None
        if self._hidden_cores:
            keys = sorted(variants, key=len, reverse=True)
            alternatives = "|".join(r"\s+".join(re.escape(t) for t in key.split()) for key in keys)
            self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
            # Every hidden form ends in a hidden core as a whole word (family name or first name), so
            # one search for those cores tells whether a text can need scrubbing at all: a text that
            # names nobody hidden costs one compiled pass, not one substring scan per person.
            cores = sorted(set(self._hidden_cores), key=len, reverse=True)
            self._mentions = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in cores)})(?!\w)")

    @property
    def active(self) -> bool:
        """True when someone must be kept out of the texts."""
        return self._pattern is not None

    def __call__(self, text: str) -> str:
        if self._pattern is None or self._mentions is None or not text:
            return text
        # ASCII folds to its lower case one character for one: no map to build.
        folded, origin = (text.lower(), range(len(text) + 1)) if text.isascii() else _fold_with_map(text)
        if self._mentions.search(folded) is None:
            return text
        pieces: list[str] = []
        done = 0
        mentioned: dict[int, str] = {}  # person id -> role used
        for match in self._pattern.finditer(folded):
            key = " ".join(match.group().split())
            variant = self._variants.get(key)
            if variant is None or not variant.hidden:
                continue
            start = origin[match.start()]
            end = origin[match.end()]
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1
            if variant.needs_capital:
                first = text[origin[match.end() - variant.core_length]]
                if first.lower() != first.upper() and not first.isupper():
                    continue  # "tol" the word, not "Tol" the name
            phrase = _phrase(variant, mentioned)
            if _starts_sentence(text, start):
                phrase = phrase[:1].upper() + phrase[1:]
            pieces.append(text[done:start])
            pieces.append(phrase)
            done = end
        if not pieces:
            return text
        pieces.append(text[done:])
        return "".join(pieces)


def _phrase(variant: _Variant, mentioned: dict[int, str]) -> str:
    """The role phrase for this mention: "een …" first, "de …" again, "een andere …" for a second person."""
    person_id, role = variant.person.id, variant.role
    if person_id in mentioned:
        phrase = variant.phrases[1]
    elif role in mentioned.values():
        phrase = variant.phrases[2]
    else:
        phrase = variant.phrases[0]
    mentioned[person_id] = role
    return phrase


_OPENERS = "‘“'\"(«„[¿¡ \t"


def _starts_sentence(text: str, index: int) -> bool:
    before = text[:index].rstrip(_OPENERS)
    return not before or before[-1] in ".!?\n"
