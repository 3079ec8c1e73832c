"""The views and keys every programme manager gets; registered like any extension."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.tui.registry import KeySpec, Registry, ViewSpec

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.tui.app import TrackerApp
    from tracker.tui.views.base import View


# The view modules are imported when the app builds its views, not with the registry.
def _dashboard() -> View:
    from tracker.tui.views.dashboard import DashboardView

    return DashboardView()


def _table(name: str) -> Callable[[], View]:
    def make() -> View:
        from tracker.tui.views.table import TableView

        return TableView(name)

    return make


def _problems() -> View:
    from tracker.tui.views.problems import ProblemsView

    return ProblemsView()


def _edit(app: TrackerApp) -> None:
    app.action_edit()


def _help(app: TrackerApp) -> None:
    app.action_help()


def _language(app: TrackerApp) -> None:
    app.action_toggle_language()


def _quit(app: TrackerApp) -> None:
    app.exit(0)


def register(registry: Registry) -> None:
    registry.add_view(
        ViewSpec("dashboard", "1", "tui.view.dashboard", "tui.view.dashboard.short", _dashboard)
    )
    for key, name in (
        ("2", "measures"),
        ("3", "pilots"),
        ("4", "meetings"),
        ("5", "actions"),
        ("6", "indicators"),
    ):
        registry.add_view(ViewSpec(name, key, name, f"tui.view.{name}.short", _table(name)))
    registry.add_view(
        ViewSpec("problems", "7", "tui.view.problems", "tui.view.problems.short", _problems)
    )
    registry.add_key(KeySpec("e", "edit", "tui.key.edit", _edit, writes=True))
    registry.add_key(KeySpec("question_mark", "help", "tui.key.help", _help, display="?"))
    registry.add_key(KeySpec("L", "language", "tui.key.language", _language, footer=False))
    registry.add_key(KeySpec("q", "quit", "tui.key.quit", _quit))
