"""The live state of the event, held once and shared by the facilitator panel and the beamer.

``LiveController`` knows which event is live, which round is current, what is
on stage, the round timer and the facilitator's message. Everything that
shows live state (the panel, the presenter window) only listens to its
signals; everything that changes it (the capture view's round switch, the
panel's buttons) calls its methods. The timer is read on every tick from a
monotonic clock, so a busy laptop never makes the countdown drift.

The live state (round, display, countdown, message) is remembered in the
settings after every change. When the app starts again on the same event
within ``RESUME_HOURS`` (after a crash, an empty battery or a restart), the
room sees the same question and message, and a running countdown has kept
counting while the app was away.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from erbij_desktop.app import live_actions
from erbij_desktop.app.live_reads import EventSnapshot, RoundInfo, event_exists, load_snapshot
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.programme_clock import ClockStatus, clock_status
from erbij_desktop.domain.text import clean_line
from erbij_desktop.domain.timer import Clock, RoundTimer, TimerPhase, TimerReading, TimerState
from erbij_desktop.ui.settings import keys

from .texts import item_title, kind_label, round_label

AUTO_START_KEY = keys.LIVE_AUTO_START
STATE_KEY = keys.LIVE_STATE
TICK_MS = 200
MESSAGE_MAX = 140
RESUME_HOURS = 12  # a live state older than this is yesterday's: the event starts afresh


class DisplayMode(enum.StrEnum):
    WELCOME = "welcome"  # the event's title, nothing live yet
    ROUND = "round"  # the current round's question and countdown
    ITEM = "item"  # the programme item on stage


@dataclass(frozen=True)
class StageContent:
    """What the beamer shows above the countdown."""

    mode: DisplayMode
    kicker: str  # small line on top: round title, kind of item, or the event
    headline: str  # the question, or the item's heading
    detail: str  # who is on stage; empty for a round
    show_timer: bool


class LiveController(QObject):
    event_changed = Signal()
    content_changed = Signal()  # round, item on stage or display mode changed
    round_changed = Signal(object)  # the current round's id (None: no round)
    timer_changed = Signal(object)  # TimerReading, on every tick and every action
    phase_changed = Signal(str)  # TimerPhase value
    time_up = Signal()  # the running countdown reached zero (once per run)
    message_changed = Signal(str)
    programme_changed = Signal()  # actual times recorded, or the programme re-read
    recorded = Signal()  # actual times were committed to the database

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        clock: Clock = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._wall_clock = wall_clock
        self._resume_pending = True  # the first event opened may carry on from the last run
        self._timer = RoundTimer(30, clock=clock)
        self._snapshot: EventSnapshot | None = None
        self._round: RoundInfo | None = None
        self._item_id: int | None = None
        self._mode = DisplayMode.WELCOME
        self._message = ""
        self._phase = TimerPhase.READY
        self._auto_start = _read_bool(QSettings().value(AUTO_START_KEY, True))
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    # -- what is live ------------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        return self._ws

    @property
    def snapshot(self) -> EventSnapshot | None:
        return self._snapshot

    @property
    def current_round(self) -> RoundInfo | None:
        return self._round

    @property
    def item_on_stage(self) -> int | None:
        return self._item_id

    @property
    def mode(self) -> DisplayMode:
        return self._mode

    @property
    def message(self) -> str:
        return self._message

    @property
    def auto_start(self) -> bool:
        return self._auto_start

    @property
    def timer_started(self) -> bool:
        return self._timer.started

    def reading(self) -> TimerReading:
        return self._timer.reading()

    def stage_would_stop_countdown(self, item_id: int) -> str | None:
        """The running round whose countdown putting ``item_id`` on stage would hide or restart."""
        if self._round is None or not self._timer.reading().running:
            return None
        return self._round.title if self._round.programme_item_id != item_id else None

    def can_extend(self, minutes: int) -> bool:
        return self._timer.can_extend(minutes)

    def rehearsal_of(self) -> dt.date | None:
        """The event's date when today is another day: the programme clock then runs as a rehearsal."""
        day = self._snapshot.event_date if self._snapshot is not None else None
        today = dt.datetime.fromtimestamp(self._wall_clock()).date()
        return day if day is not None and day != today else None

    def clock_status(self) -> ClockStatus | None:
        return clock_status(self._snapshot.items) if self._snapshot is not None else None

    def content(self) -> StageContent:
        snap = self._snapshot
        if snap is None:
            return StageContent(DisplayMode.WELCOME, "", self.tr("Erbij Desktop"), "", False)
        if self._mode is DisplayMode.ROUND and self._round is not None:
            return StageContent(
                DisplayMode.ROUND,
                round_label(self._round.number, self._round.title),
                self._round.question,
                "",
                True,
            )
        item = snap.item(self._item_id)
        if self._mode is DisplayMode.ITEM and item is not None:
            names = ", ".join(snap.stage_names.get(item.item_id, ()))
            return StageContent(DisplayMode.ITEM, kind_label(item.kind), item_title(item), names, False)
        return StageContent(DisplayMode.WELCOME, self.tr("Welkom"), snap.title, "", False)

    # -- changing it -------------------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        """Make ``event_id`` the live event (None: no event); resets round, stage and message."""
        if event_id is not None and (event_id != self._ws.event_id or not event_exists(self._ws)):
            event_id = None
        self._snapshot = load_snapshot(self._ws) if event_id is not None else None
        self._round = None
        status = self.clock_status()
        self._item_id = status.current.item_id if status and status.current else None
        self._mode = DisplayMode.WELCOME
        self._timer.load(self._timer.planned_minutes)
        self._message = ""
        resumed = self._resume() if self._resume_pending and self._snapshot is not None else False
        self._resume_pending = False
        self.event_changed.emit()
        self.programme_changed.emit()
        self.message_changed.emit(self._message)
        if resumed and self._round is not None:
            self.round_changed.emit(self._round.id)
        self._after_change()

    def reload(self) -> None:
        """Re-read the live event (after edits in the preparation screens); keeps the live state."""
        if self._snapshot is None:
            return
        if not event_exists(self._ws):
            self.set_event(None)
            return
        self._snapshot = load_snapshot(self._ws)
        if self._round is not None:
            fresh = self._snapshot.round(self._round.id)
            self._round = fresh
            if fresh is None and self._mode is DisplayMode.ROUND:
                self._mode = DisplayMode.WELCOME
        self.programme_changed.emit()
        self.content_changed.emit()

    def set_round(self, round_id: int | None) -> None:
        """The facilitator switched to ``round_id``: show its question and load its countdown.

        The countdown starts by itself (when auto-start is on) if this is a switch from
        another round; the first round chosen after opening an event waits for Start.
        """
        if round_id is None:
            had_round = self._round is not None
            self._round = None
            if self._mode is DisplayMode.ROUND:
                self._mode = DisplayMode.WELCOME
            if had_round:
                self.round_changed.emit(None)
            self._after_change()
            return
        if self._snapshot is None:
            self.set_event(self._ws.event_id)
        else:
            self._snapshot = load_snapshot(self._ws)  # pick up an edited question
        if self._snapshot is None:
            return
        previous = self._round
        self._round = self._snapshot.round(round_id)
        if self._round is None:
            return
        self._mode = DisplayMode.ROUND
        if previous is None or previous.id != round_id:
            switching = previous is not None
            self._timer.load(self._round.minutes, start=self._auto_start and switching)
            self.round_changed.emit(round_id)
        self._after_change()

    def set_mode(self, mode: DisplayMode) -> None:
        self._mode = DisplayMode(mode)
        self._after_change()

    def put_on_stage(self, item_id: int) -> None:
        """Record that ``item_id`` starts now; a roundtable item brings up its first round."""
        if self._snapshot is None:
            return
        if not live_actions.put_on_stage(self._ws, item_id, label=self.tr("Op het podium")):
            return
        self.recorded.emit()
        self._item_id = item_id
        self._snapshot = load_snapshot(self._ws)
        self.programme_changed.emit()
        rounds = self._snapshot.rounds_of_item(item_id)
        if rounds and (self._round is None or self._round.programme_item_id != item_id):
            self.set_round(rounds[0].id)
            return
        self._mode = DisplayMode.ROUND if rounds else DisplayMode.ITEM
        self._after_change()

    def take_off_stage(self) -> None:
        """The item on stage has ended now."""
        if self._snapshot is None or self._item_id is None:
            return
        if live_actions.take_off_stage(self._ws, self._item_id, label=self.tr("Van het podium")):
            self.recorded.emit()
        self._snapshot = load_snapshot(self._ws)
        self._item_id = None
        if self._mode is DisplayMode.ITEM:
            self._mode = DisplayMode.WELCOME
        self.programme_changed.emit()
        self._after_change()

    def set_message(self, text: str) -> None:
        message = clean_line(text)[:MESSAGE_MAX]
        if message != self._message:
            self._message = message
            self.message_changed.emit(message)
            self._remember()

    def clear_message(self) -> None:
        self.set_message("")

    def set_auto_start(self, enabled: bool) -> None:
        self._auto_start = bool(enabled)
        QSettings().setValue(AUTO_START_KEY, self._auto_start)

    # -- the timer ---------------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        self._timer.toggle()
        self._timer_changed()

    def start_timer(self) -> None:
        self._timer.start()
        self._timer_changed()

    def reset_timer(self) -> None:
        self._timer.reset()
        self._timer_changed()

    def set_minutes(self, minutes: int) -> None:
        """Another length (5 to 90 minutes) for a countdown that has not started yet."""
        if not self._timer.started:
            self._timer.load(minutes)
            self._timer_changed()

    def extend_timer(self, minutes: int) -> None:
        if self._timer.can_extend(minutes):
            self._timer.extend(minutes)
        self._timer_changed()

    def _timer_changed(self) -> None:
        self._tick()
        self._remember()

    def _after_change(self) -> None:
        self.content_changed.emit()
        self._tick()
        self._remember()

    # -- carrying on after a restart ---------------------------------------------------------------
    def _remember(self) -> None:
        if self._snapshot is None:
            return
        state = {
            "database": self._ws.db.url,
            "event_id": self._snapshot.event_id,
            "round_id": self._round.id if self._round is not None else None,
            "mode": self._mode.value,
            "message": self._message,
            "timer": asdict(self._timer.state()),
            "saved_at": self._wall_clock(),
        }
        settings = QSettings()
        settings.setValue(STATE_KEY, json.dumps(state))
        settings.sync()  # a crash a second later must not lose it

    def _resume(self) -> bool:
        """Carry on from the remembered state of this event, if it is recent; True if it did."""
        assert self._snapshot is not None
        try:
            state: dict[str, Any] = json.loads(str(QSettings().value(STATE_KEY, "")))
            away = self._wall_clock() - float(state["saved_at"])
            if (
                state["database"] != self._ws.db.url
                or state["event_id"] != self._snapshot.event_id
                or not 0 <= away <= RESUME_HOURS * 3600
            ):
                return False
            mode = DisplayMode(state["mode"])
            found = self._snapshot.round(state["round_id"])
            if state["round_id"] is not None and found is None:
                return False  # the round was deleted meanwhile
            timer = TimerState(**state["timer"])
            self._timer.restore(timer, away=away)
        except (ValueError, TypeError, KeyError, ValidationError):
            return False  # nothing (or nothing usable) remembered: start afresh
        self._round = found
        self._mode = mode if mode is not DisplayMode.ROUND or found is not None else DisplayMode.WELCOME
        self._message = clean_line(str(state.get("message", "")))[:MESSAGE_MAX]
        return True

    def _tick(self) -> None:
        reading = self._timer.reading()
        if reading.phase is not self._phase:
            was_counting = self._phase in (TimerPhase.RUNNING, TimerPhase.WARNING)
            self._phase = reading.phase
            self.phase_changed.emit(reading.phase.value)
            if reading.phase is TimerPhase.ENDED and was_counting:
                self.time_up.emit()
        self.timer_changed.emit(reading)


def _read_bool(value: object) -> bool:
    """QSettings hands booleans back as strings on some platforms."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)
