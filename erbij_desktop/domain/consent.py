"""The one consent rule: how a person may appear in anything the public sees.

People in the room are often vulnerable; they are named in public output only
when they consented (``Person.consent_to_name``). This module is the only place
that decides, and every public output asks it: the report and its appendix
(through ``privacy.public_view``), the CSV, the table tent cards, the beamer.

* With consent: their name. Without: their role ("een ervaringsdeskundige"),
  also inside headings and running text, for the full name, the family name
  and the first name on its own (``name_scrubber``).
* Beside someone's words, an organisation is printed only when it was typed
  for those words; one filled in from the person (their own organisation)
  would point at them, so it is left out for someone without consent.
* A role is never printed as if it were a name next to the same role: the
  report's "Dagvoorzitter: …" line is left out for a chair without consent.

Internal papers (run sheet, host sheets) may name people, but mark whoever
must not be named with ``internal_label``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .enums import ReportLanguage
from .models import Person
from .name_scrubber import NameScrubber, display_name

DO_NOT_NAME = {ReportLanguage.NL: "niet noemen in verslag", ReportLanguage.EN: "do not name in report"}


class ConsentRule:
    def __init__(self, people: Iterable[Person], language: ReportLanguage) -> None:
        self.language = language
        self._scrub = NameScrubber(people, language)
        self._cache: dict[str, str] = {}

    def text(self, value: str | None) -> str:
        """Free text (a heading, a question, a quote, a contribution) with hidden names replaced."""
        if not value:
            return ""
        if not self._scrub.active:
            return value
        done = self._cache.get(value)
        if done is None:
            done = self._cache[value] = self._scrub(value)
        return done

    __call__ = text

    @staticmethod
    def named(person: Person | None) -> bool:
        return person is not None and bool(person.consent_to_name)

    def name(self, person: Person | None) -> str:
        """Their name with consent, else their role phrase; "" without a person."""
        return display_name(person, self.language)

    def stage_name(self, person: Person) -> str:
        """On the beamer (it can be photographed): the name with consent, else the bare role."""
        return person.name if self.named(person) else person.role

    def chair(self, person: Person | None) -> str:
        """For "Dagvoorzitter: …": the name with consent, else nothing (the role would repeat the label)."""
        return person.name if person is not None and self.named(person) else ""

    def organisation_id(self, typed: int | None, person: Person | None) -> int | None:
        """The organisation to print beside someone's words: typed for them, or their own with consent."""
        if typed is not None:
            return typed
        if person is not None and self.named(person):
            return person.organisation_id
        return None

    def internal_label(self, person: Person, label: str) -> str:
        return internal_label(person, label, self.language)


def internal_label(person: Person, label: str, language: ReportLanguage) -> str:
    """For the team's own papers: the label, marked when this person must not be named in public."""
    if person.consent_to_name:
        return label
    return f"{label} ({DO_NOT_NAME[language]})"


def rule_for(event: object) -> ConsentRule:
    """The rule for an ORM ``Event`` (its people and report language)."""
    language = ReportLanguage(getattr(event, "report_language", None) or ReportLanguage.NL)
    return ConsentRule(list(getattr(event, "people", ())), language)
