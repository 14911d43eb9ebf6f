"""The round timer: a countdown that keeps correct time however busy the laptop is.

Time is never counted in ticks. The timer only remembers *when* it was started
or paused on an injected monotonic clock (``time.monotonic`` by default) and
derives the remaining time from it on every reading, so a frozen event loop,
a slow repaint or a ten-second stall costs nothing: the next reading is right.

A round lasts 5 to 90 minutes. The facilitator can pause, resume and give the
room extra minutes (+1, +5); two minutes before the end the timer turns to its
warning phase, at zero it ends (and keeps counting the overrun).

``state()`` and ``restore()`` carry a countdown over a restart of the app: a
monotonic clock does not survive one, so the state holds how far the timer got,
and a countdown that was running also counts the time the app was away.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import ValidationError

Clock = Callable[[], float]

MIN_MINUTES = 5
MAX_MINUTES = 90
WARNING_SECONDS = 120
# Extensions may run a round past its planned length, but not without bound.
MAX_TOTAL_MINUTES = 2 * MAX_MINUTES


class TimerPhase(enum.StrEnum):
    READY = "ready"  # loaded, not started yet
    RUNNING = "running"  # more than two minutes left
    WARNING = "warning"  # two minutes or less left
    ENDED = "ended"  # time is up (the overrun keeps counting)


@dataclass(frozen=True)
class TimerReading:
    """One consistent look at the timer, taken at a single clock instant."""

    duration: float  # seconds, extensions included
    elapsed: float
    remaining: float  # never negative
    overrun: float  # seconds past the end, 0 before it
    phase: TimerPhase
    running: bool  # started and not paused
    paused: bool

    @property
    def fraction_left(self) -> float:
        return self.remaining / self.duration if self.duration else 0.0

    @property
    def display(self) -> str:
        """The countdown as the room reads it: '29:59', '0:00' at the end."""
        return format_seconds(self.remaining)


@dataclass(frozen=True)
class TimerState:
    """How far a countdown got: enough to carry on after a restart (no clock values in it)."""

    planned_minutes: int
    duration: float  # seconds, extensions included
    elapsed: float
    started: bool
    running: bool


def format_seconds(seconds: float) -> str:
    """Whole seconds rounded up (a countdown shows 0:00 only when time is up)."""
    total = max(0, math.ceil(seconds - 1e-9))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"


def validate_minutes(minutes: int) -> int:
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise ValidationError("minutes", "Geef de duur van de ronde in hele minuten.", "not_a_number")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError(
            "minutes",
            f"Een ronde duurt {MIN_MINUTES} tot {MAX_MINUTES} minuten (niet {minutes}).",
            "out_of_range",
        )
    return minutes


class RoundTimer:
    """Countdown for one round at a time; all times come from ``clock``."""

    def __init__(self, minutes: int = 30, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._duration = 0.0
        self._planned_minutes = minutes
        self._banked = 0.0  # elapsed seconds of finished running stretches
        self._since: float | None = None  # clock value when the current stretch began
        self._started = False
        self.load(minutes)

    # -- state changes ---------------------------------------------------------
    def load(self, minutes: int, *, start: bool = False) -> None:
        """Set up a fresh countdown of ``minutes`` (a new round); optionally start it."""
        duration = float(validate_minutes(minutes) * 60)
        self._duration = duration
        self._planned_minutes = minutes
        self._banked = 0.0
        self._since = None
        self._started = False
        if start:
            self.start()

    def reset(self) -> None:
        """Back to the planned length of the current round, stopped."""
        self.load(self._planned_minutes)

    def start(self) -> None:
        """Start a ready timer, or resume a paused one; no effect while running."""
        if self._since is None:
            self._since = self._clock()
            self._started = True

    def pause(self) -> None:
        if self._since is not None:
            self._banked += max(0.0, self._clock() - self._since)
            self._since = None

    def resume(self) -> None:
        if self._started:
            self.start()

    def toggle(self) -> None:
        """Start, pause or resume: the one button a facilitator reaches for."""
        if self._since is None:
            self.start()
        else:
            self.pause()

    def state(self) -> TimerState:
        return TimerState(
            self._planned_minutes, self._duration, self._elapsed(self._clock()), self._started, self.running
        )

    def restore(self, state: TimerState, *, away: float = 0.0) -> None:
        """Carry on from ``state``; a countdown that was running also counts the ``away`` seconds.

        A state that no timer could have reached is refused (ValidationError), the timer unchanged.
        """
        minutes = validate_minutes(state.planned_minutes)
        if not (0 < state.duration <= MAX_TOTAL_MINUTES * 60 and 0 <= state.elapsed < 24 * 3600):
            raise ValidationError("timer", "Deze stand van de klok kan niet kloppen.", "invalid")
        if state.running and not state.started:
            raise ValidationError("timer", "Deze stand van de klok kan niet kloppen.", "invalid")
        self._planned_minutes = minutes
        self._duration = float(state.duration)
        self._banked = float(state.elapsed) + (max(0.0, away) if state.running else 0.0)
        self._started = bool(state.started)
        self._since = self._clock() if state.running else None

    def can_extend(self, minutes: int) -> bool:
        return minutes > 0 and self._extended_duration(minutes) <= MAX_TOTAL_MINUTES * 60

    def extend(self, minutes: int) -> None:
        """Give the room ``minutes`` more.

        Before the end this lengthens the round; once time is up it means
        "``minutes`` more from now", so +1 after the bell gives one real minute.
        """
        if minutes <= 0:
            raise ValidationError("minutes", "Verlengen kan alleen met een positief aantal minuten.", "range")
        new_duration = self._extended_duration(minutes)
        if new_duration > MAX_TOTAL_MINUTES * 60:
            raise ValidationError(
                "minutes",
                f"Een ronde kan tot {MAX_TOTAL_MINUTES} minuten worden verlengd.",
                "too_long",
            )
        self._duration = new_duration

    def _extended_duration(self, minutes: int) -> float:
        return max(self._duration, self._elapsed(self._clock())) + minutes * 60

    # -- readings --------------------------------------------------------------
    def _elapsed(self, now: float) -> float:
        running = max(0.0, now - self._since) if self._since is not None else 0.0
        return self._banked + running

    def reading(self) -> TimerReading:
        now = self._clock()
        elapsed = self._elapsed(now)
        remaining = max(0.0, self._duration - elapsed)
        overrun = max(0.0, elapsed - self._duration)
        if not self._started:
            phase = TimerPhase.READY
        elif remaining <= 0:
            phase = TimerPhase.ENDED
        elif remaining <= WARNING_SECONDS:
            phase = TimerPhase.WARNING
        else:
            phase = TimerPhase.RUNNING
        return TimerReading(
            duration=self._duration,
            elapsed=elapsed,
            remaining=remaining,
            overrun=overrun,
            phase=phase,
            running=self._since is not None,
            paused=self._started and self._since is None,
        )

    @property
    def planned_minutes(self) -> int:
        return self._planned_minutes

    @property
    def started(self) -> bool:
        return self._started

    @property
    def running(self) -> bool:
        return self._since is not None
