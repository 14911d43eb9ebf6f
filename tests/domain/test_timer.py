"""The round timer, driven by a fake monotonic clock: no sleeps, exact seconds."""

from __future__ import annotations

import pytest

from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.timer import (
    MAX_TOTAL_MINUTES,
    RoundTimer,
    TimerPhase,
    TimerState,
    format_seconds,
)


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_loaded_timer_waits_until_started(clock: FakeClock) -> None:
    timer = RoundTimer(30, clock=clock)
    clock.advance(600)
    reading = timer.reading()
    assert reading.phase is TimerPhase.READY
    assert reading.remaining == 30 * 60
    assert reading.display == "30:00"
    assert not reading.running and not reading.paused


def test_start_counts_down_from_the_clock(clock: FakeClock) -> None:
    timer = RoundTimer(30, clock=clock)
    timer.start()
    clock.advance(61.5)
    reading = timer.reading()
    assert reading.phase is TimerPhase.RUNNING
    assert reading.elapsed == pytest.approx(61.5)
    assert reading.remaining == pytest.approx(30 * 60 - 61.5)
    assert reading.display == "28:59"  # 28:58.5 left shows as 28:59 (rounded up)
    assert reading.running


def test_pause_freezes_and_resume_continues(clock: FakeClock) -> None:
    timer = RoundTimer(10, clock=clock)
    timer.start()
    clock.advance(120)
    timer.pause()
    clock.advance(300)  # a long pause costs the room nothing
    paused = timer.reading()
    assert paused.paused and not paused.running
    assert paused.remaining == pytest.approx(8 * 60)
    timer.resume()
    clock.advance(60)
    assert timer.reading().remaining == pytest.approx(7 * 60)


def test_toggle_starts_pauses_and_resumes(clock: FakeClock) -> None:
    timer = RoundTimer(10, clock=clock)
    timer.toggle()
    assert timer.running
    clock.advance(10)
    timer.toggle()
    assert not timer.running and timer.reading().paused
    clock.advance(100)
    timer.toggle()
    clock.advance(5)
    assert timer.reading().elapsed == pytest.approx(15)


def test_extend_adds_minutes_before_the_end(clock: FakeClock) -> None:
    timer = RoundTimer(10, clock=clock)
    timer.start()
    clock.advance(9 * 60)
    timer.extend(1)
    timer.extend(5)
    reading = timer.reading()
    assert reading.duration == 16 * 60
    assert reading.remaining == pytest.approx(7 * 60)
    assert reading.phase is TimerPhase.RUNNING


def test_extend_after_the_end_counts_from_now(clock: FakeClock) -> None:
    timer = RoundTimer(5, clock=clock)
    timer.start()
    clock.advance(5 * 60 + 40)  # 40 s over time
    assert timer.reading().overrun == pytest.approx(40)
    timer.extend(1)
    reading = timer.reading()
    assert reading.remaining == pytest.approx(60)
    assert reading.phase is TimerPhase.WARNING


def test_warning_at_two_minutes_then_end(clock: FakeClock) -> None:
    timer = RoundTimer(5, clock=clock)
    timer.start()
    clock.advance(3 * 60 - 1)
    assert timer.reading().phase is TimerPhase.RUNNING
    clock.advance(1)
    assert timer.reading().phase is TimerPhase.WARNING
    clock.advance(119)
    assert timer.reading().phase is TimerPhase.WARNING
    assert timer.reading().display == "0:01"
    clock.advance(1)
    ended = timer.reading()
    assert ended.phase is TimerPhase.ENDED
    assert ended.display == "0:00"
    clock.advance(30)
    assert timer.reading().overrun == pytest.approx(30)
    assert timer.reading().remaining == 0


def test_a_ten_second_stall_loses_no_time(clock: FakeClock) -> None:
    """Ticks every 0.25 s, then the event loop freezes for 10 s: the reading is still exact."""
    timer = RoundTimer(30, clock=clock)
    timer.start()
    for _ in range(40):  # ten seconds of normal ticks
        clock.advance(0.25)
        timer.reading()
    clock.advance(10.0)  # one stalled tick
    after_stall = timer.reading()
    assert after_stall.elapsed == pytest.approx(20.0)
    assert after_stall.display == "29:40"
    for _ in range(4):
        clock.advance(0.25)
        timer.reading()
    assert timer.reading().elapsed == pytest.approx(21.0)


def test_a_stall_across_the_end_still_ends(clock: FakeClock) -> None:
    timer = RoundTimer(5, clock=clock)
    timer.start()
    clock.advance(5 * 60 - 5)
    assert timer.reading().phase is TimerPhase.WARNING
    clock.advance(10)  # stalled straight past zero
    reading = timer.reading()
    assert reading.phase is TimerPhase.ENDED
    assert reading.overrun == pytest.approx(5)


def test_load_gives_a_fresh_countdown(clock: FakeClock) -> None:
    timer = RoundTimer(30, clock=clock)
    timer.start()
    clock.advance(600)
    timer.load(20)
    assert timer.reading().phase is TimerPhase.READY
    assert timer.reading().remaining == 20 * 60
    timer.load(15, start=True)
    clock.advance(60)
    assert timer.reading().display == "14:00"
    timer.reset()
    assert timer.reading().remaining == 15 * 60
    assert not timer.started


@pytest.mark.parametrize("minutes", [0, 4, 91, -5])
def test_rounds_last_five_to_ninety_minutes(clock: FakeClock, minutes: int) -> None:
    timer = RoundTimer(30, clock=clock)
    with pytest.raises(ValidationError) as caught:
        timer.load(minutes)
    assert caught.value.field == "minutes"
    assert timer.reading().duration == 30 * 60  # refused input changes nothing


@pytest.mark.parametrize("minutes", [5, 90])
def test_the_limits_themselves_are_allowed(clock: FakeClock, minutes: int) -> None:
    assert RoundTimer(minutes, clock=clock).reading().duration == minutes * 60


def test_extension_has_a_ceiling(clock: FakeClock) -> None:
    timer = RoundTimer(90, clock=clock)
    for _ in range((MAX_TOTAL_MINUTES - 90) // 5):
        timer.extend(5)
    assert not timer.can_extend(1)
    with pytest.raises(ValidationError):
        timer.extend(1)
    assert timer.reading().duration == MAX_TOTAL_MINUTES * 60
    with pytest.raises(ValidationError):
        timer.extend(0)


def test_a_clock_running_backwards_never_adds_time(clock: FakeClock) -> None:
    timer = RoundTimer(10, clock=clock)
    timer.start()
    clock.advance(-5)
    assert timer.reading().remaining == 10 * 60


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (0.2, "0:01"), (59.9, "1:00"), (60, "1:00"), (5400, "90:00")]
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_state_carries_a_countdown_over_a_restart(clock: FakeClock) -> None:
    timer = RoundTimer(20, clock=clock)
    timer.start()
    clock.advance(300)
    timer.extend(5)
    state = timer.state()
    assert state == TimerState(20, 25 * 60, 300, started=True, running=True)

    later = RoundTimer(30, clock=FakeClock(start=3.0))  # a new process: its own monotonic clock
    later.restore(state, away=45)
    reading = later.reading()
    assert (reading.elapsed, reading.duration, reading.running) == (345, 25 * 60, True)
    later.reset()
    assert later.reading().remaining == 20 * 60  # the planned length came along


def test_a_paused_or_unstarted_state_ignores_the_time_away(clock: FakeClock) -> None:
    timer = RoundTimer(30, clock=clock)
    timer.restore(TimerState(30, 30 * 60, 120, started=True, running=False), away=600)
    assert timer.reading().paused and timer.reading().elapsed == 120
    timer.restore(TimerState(30, 30 * 60, 0, started=False, running=False), away=600)
    assert timer.reading().phase is TimerPhase.READY


@pytest.mark.parametrize(
    "state",
    [
        TimerState(3, 180, 0, started=False, running=False),  # below 5 minutes
        TimerState(30, 0, 0, started=True, running=True),
        TimerState(30, (MAX_TOTAL_MINUTES + 1) * 60, 0, started=True, running=True),
        TimerState(30, 1800, -5, started=True, running=False),
        TimerState(30, 1800, 10, started=False, running=True),  # running but never started
    ],
)
def test_an_impossible_state_is_refused_and_the_timer_unchanged(clock: FakeClock, state: TimerState) -> None:
    timer = RoundTimer(30, clock=clock)
    timer.start()
    clock.advance(60)
    with pytest.raises(ValidationError):
        timer.restore(state)
    assert timer.reading().elapsed == 60 and timer.running
