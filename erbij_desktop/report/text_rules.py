"""Editorial rules the article follows, kept apart from the layout code.

* A quote whose words already stand in a narrative is printed there; only
  quotes the text does not carry are set apart (and at most one pull quote
  per item repeats a narrative quote, as magazines do).
* A bullet ends with its source ("— Gemeente Huizen") unless the text names it.
* Quotes are wrapped in single curly quotes, unless they already carry them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from erbij_desktop.domain.privacy import PublicContribution, PublicQuote

_NON_WORD = re.compile(r"\W+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_QUOTE_MARKS = "‘’“”'\"‚„«»‹›"
_ORG_PREFIXES = re.compile(
    r"^(?:stichting|vereniging|gemeente|coöperatie|cooperatie|de|het|the|foundation|municipality of)\s+",
    re.IGNORECASE,
)


def words_key(text: str) -> str:
    """Letters and digits only, casefolded, accents dropped: for 'does A occur in B'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _NON_WORD.sub("", _COMBINING.sub("", decomposed)).replace("_", "")


def occurs_in(needle: str, haystack: str) -> bool:
    key = words_key(needle)
    return bool(key) and key in words_key(haystack)


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs; single newlines stay line breaks within one."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def strip_quote_marks(text: str) -> str:
    """'‘Eenzaamheid is van ons allemaal.’' -> 'Eenzaamheid is van ons allemaal.' (only when balanced)."""
    text = text.strip()
    if len(text) >= 2 and text[0] in _QUOTE_MARKS and text[-1] in _QUOTE_MARKS:
        return text[1:-1].strip()
    return text


def quoted(text: str, *, drop_final_period: bool = False) -> str:
    """The quote between ‘single curly quotes’, as the article prints them."""
    inner = strip_quote_marks(text)
    if drop_final_period and inner.endswith(".") and not inner.endswith(".."):
        inner = inner[:-1]
    return f"‘{inner}’"


def quotes_outside(narrative: str, quotes: Sequence[PublicQuote]) -> list[PublicQuote]:
    """Quotes the narrative does not already carry (the headline is the head, not repeated)."""
    key = words_key(narrative)
    outside = []
    for quote in quotes:
        own = words_key(strip_quote_marks(quote.text))
        if own and not quote.is_headline and own not in key:
            outside.append(quote)
    return outside


def pull_quote_candidate(narrative: str, quotes: Sequence[PublicQuote]) -> PublicQuote | None:
    """One quote the narrative carries that is worth repeating large: attributed, not the headline,
    of pull-quote length. The longest fitting one wins."""
    key = words_key(narrative)
    if not key:
        return None
    fitting = [
        q
        for q in quotes
        if not q.is_headline
        and q.attribution
        and 40 <= len(strip_quote_marks(q.text)) <= 190
        and words_key(strip_quote_marks(q.text)) in key
    ]
    return max(fitting, key=lambda q: len(q.text), default=None)


def source_of(contribution: PublicContribution) -> str:
    """'Gea de Jong, Gemeente Rijswijk', leaving out what the text already names."""
    if not contribution.person and not contribution.organisation:
        return ""
    text = words_key(contribution.text_for_report)
    parts = []
    if contribution.person and not _in(contribution.person, text):
        parts.append(contribution.person)
    organisation = contribution.organisation
    if organisation and not _names_organisation(text, organisation):
        parts.append(organisation)
    return ", ".join(parts)


def _in(needle: str, text_key: str) -> bool:
    key = _key(needle)
    return bool(key) and key in text_key


@lru_cache(maxsize=1024)
def _key(name: str) -> str:
    return words_key(name)


def _names_organisation(text_key: str, organisation: str) -> bool:
    if _in(organisation, text_key):
        return True
    core = _ORG_PREFIXES.sub("", organisation.strip())
    return core != organisation.strip() and len(_key(core)) >= 3 and _in(core, text_key)
