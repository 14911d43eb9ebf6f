"""The feed as Qt signals: the GUI's own changes at once, other threads' changes taken in together."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from erbij_desktop.app.changes import ChangeSet, Direction, Origin, TableChanges
from erbij_desktop.app.feed import ChangeFeed
from erbij_desktop.ui.events.feed_signals import FeedSignals, merged


def _cs(
    label: str, origin: Origin = Origin.DEVICE, direction: Direction = Direction.DO, **tables: TableChanges
) -> ChangeSet:
    return ChangeSet(1, label, origin, direction, tables)


def test_a_change_on_the_gui_thread_is_heard_at_once(qtbot: QtBot) -> None:
    feed = ChangeFeed()
    signals = FeedSignals(feed)
    heard: list[ChangeSet] = []
    signals.changed.connect(heard.append)
    change = _cs("Bijdrage", Origin.LOCAL, contribution=TableChanges(added=frozenset({1})))
    feed.publish(change)
    assert heard == [change]
    signals.close()


def test_changes_from_another_thread_arrive_together_on_the_gui_thread(qtbot: QtBot) -> None:
    feed = ChangeFeed()
    signals = FeedSignals(feed)
    heard: list[tuple[ChangeSet, bool]] = []
    signals.changed.connect(
        lambda cs: heard.append((cs, threading.current_thread() is threading.main_thread()))
    )

    def send() -> None:
        for number in range(1, 21):
            feed.publish(_cs("Bijdrage van een tafel", contribution=TableChanges(added=frozenset({number}))))

    thread = threading.Thread(target=send)
    thread.start()
    thread.join()
    assert heard == []  # queued, not delivered on the sending thread
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    qtbot.wait(50)
    assert all(on_gui for _, on_gui in heard)
    assert len(heard) == 1
    assert heard[0][0].of("contribution").added == frozenset(range(1, 21))
    assert heard[0][0].label == "Bijdrage van een tafel"
    signals.close()


def test_what_other_threads_committed_comes_before_the_gui_threads_own_change(qtbot: QtBot) -> None:
    feed = ChangeFeed()
    signals = FeedSignals(feed)
    heard: list[str] = []
    signals.changed.connect(lambda cs: heard.append(cs.label))
    thread = threading.Thread(target=lambda: feed.publish(_cs("van een tafel")))
    thread.start()
    thread.join()
    feed.publish(_cs("eigen", Origin.LOCAL))
    assert heard == ["van een tafel", "eigen"]
    signals.close()


def test_merging_keeps_the_net_effect_per_row() -> None:
    (one,) = merged([
        _cs("a", contribution=TableChanges(added=frozenset({1, 2}))),
        _cs("a", contribution=TableChanges(changed=frozenset({1, 3}))),
        _cs("a", contribution=TableChanges(removed=frozenset({2, 4}))),
    ])  # fmt: skip
    assert one.of("contribution") == TableChanges(
        added=frozenset({1}), changed=frozenset({3}), removed=frozenset({4})
    )


def test_merging_keeps_origin_and_direction_runs_in_order() -> None:
    runs = merged([
        _cs("tafel", contribution=TableChanges(added=frozenset({1}))),
        _cs("tafel", contribution=TableChanges(added=frozenset({2}))),
        _cs("collega", Origin.REMOTE, contribution=TableChanges(changed=frozenset({1}))),
        _cs("tafel", contribution=TableChanges(added=frozenset({3}))),
        _cs("tafel", direction=Direction.UNDO, contribution=TableChanges(removed=frozenset({3}))),
    ])  # fmt: skip
    assert [(cs.origin, cs.direction) for cs in runs] == [
        (Origin.DEVICE, Direction.DO),
        (Origin.REMOTE, Direction.DO),
        (Origin.DEVICE, Direction.DO),
        (Origin.DEVICE, Direction.UNDO),
    ]
    assert runs[0].of("contribution").added == frozenset({1, 2})


def test_a_closed_adapter_hears_nothing_more(qtbot: QtBot) -> None:
    feed = ChangeFeed()
    signals = FeedSignals(feed)
    heard: list[ChangeSet] = []
    signals.changed.connect(heard.append)
    thread = threading.Thread(target=lambda: feed.publish(_cs("laat")))
    thread.start()
    thread.join()
    signals.close()
    qtbot.wait(250)
    assert heard == []
