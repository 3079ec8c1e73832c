"""Recording progress in the terminal UI: `u` records an update, `d` marks an action done.

`u` opens a form for the selected measure, pilot or risk (format 2: status,
likelihood and impact, `RiskUpdateForm`) - for a measure or pilot: its status or phase and its
health as choices (left blank: unchanged), progress, a note and who reports it,
and the date (the as-of date unless changed). `d` marks the selected action of
a meeting done on the as-of date. Both write through `tracker.edit`, which
checks every value with the format's own models and writes nothing when it
refuses; a refusal is shown as an error and the form stays open to correct it.
After a write the app reloads, so the change shows at once.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from tracker.labels import HEALTH_SYMBOL, Lang, label, value_label
from tracker.tui.registry import KeySpec, Registry

if TYPE_CHECKING:
    from tracker.edit import Edit, EditError
    from tracker.state import ItemState
    from tracker.tui.app import TrackerApp

FORM_KINDS = ("measure", "pilot", "risk")


def _selected_item(app: TrackerApp) -> ItemState | None:
    if isinstance(app.screen, ModalScreen):  # a form or dialog has the keys
        return None
    selected = app.selection()
    if selected is None or selected.item_id is None or selected.action_id or app.loaded is None:
        return None
    found = app.loaded.state.get(selected.item_id)
    return found if found is not None and found.kind in FORM_KINDS else None


def _selected_action(app: TrackerApp) -> str | None:
    if isinstance(app.screen, ModalScreen):
        return None
    selected = app.selection()
    return selected.action_id if selected is not None else None


def _written(app: TrackerApp, edit: Edit, message: str) -> None:
    from tracker.edit import write_edit

    write_edit(edit)
    app.reload()
    app.say(message)


def _refused(app: TrackerApp, error: EditError) -> None:
    app.say(error.text(app.lang), severity="error", timeout=12)


class UpdateForm(ModalScreen[bool]):
    """A form that appends one update to a measure's or pilot's progress log."""

    DEFAULT_CSS = """
    UpdateForm {
        align: center middle;
    }
    UpdateForm > VerticalScroll {
        width: 76;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    UpdateForm #update-title {
        text-style: bold;
        margin-bottom: 1;
    }
    UpdateForm .row {
        height: auto;
        margin-bottom: 1;
    }
    UpdateForm .row > Label {
        width: 24;
        padding-right: 1;
    }
    UpdateForm .row > Input, UpdateForm .row > Select {
        width: 1fr;
    }
    UpdateForm #update-buttons {
        height: auto;
        align-horizontal: right;
    }
    UpdateForm Button {
        margin-left: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "save", show=False),
    ]

    def __init__(self, item: ItemState, lang: Lang, on: date) -> None:
        super().__init__()
        self.item = item
        self.lang = lang
        self.on = on
        self.field = "status" if item.kind == "measure" else "phase"

    def _text(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def _unchanged(self, current: str) -> str:
        return self._text("tui.update.unchanged", current=current)

    def compose(self) -> ComposeResult:
        from tracker.models import HEALTHS, MEASURE_STATUSES, PILOT_PHASES

        item, lang = self.item, self.lang
        choices = MEASURE_STATUSES if self.field == "status" else PILOT_PHASES
        health = item.health or "none"
        progress = "" if item.progress is None else str(item.progress)
        with VerticalScroll():
            title = self._text("tui.update.title", id=item.id, title=item.title)
            yield Static(Text(title), id="update-title")
            with Horizontal(classes="row"):
                yield Label(Text(label(self.field, lang)))
                yield Select(
                    [(Text(value_label(self.field, c, lang)), c) for c in choices],
                    prompt=self._unchanged(value_label(self.field, item.status, lang)),
                    id="update-state",
                    compact=True,
                )
            with Horizontal(classes="row"):
                yield Label(Text(label("health", lang)))
                yield Select(
                    [
                        (Text(f"{HEALTH_SYMBOL[h]} {value_label('health', h, lang)}"), h)
                        for h in HEALTHS
                    ],
                    prompt=self._unchanged(
                        f"{HEALTH_SYMBOL[health]} {value_label('health', item.health, lang)}"
                    ),
                    id="update-health",
                    compact=True,
                )
            with Horizontal(classes="row"):
                yield Label(Text(label("progress", lang) + " (0-100)"))
                yield Input(
                    placeholder=self._unchanged(progress or "-"),
                    restrict=r"[0-9]*",
                    max_length=3,
                    id="update-progress",
                    compact=True,
                )
            yield from self._note_rows(lang)

    def _note_rows(self, lang: Lang) -> ComposeResult:
        """Note, by, date and the buttons: the rows every update form ends with."""
        with Horizontal(classes="row"):
            yield Label(Text(self._text("tui.update.note")))
            yield Input(id="update-note", compact=True)
        with Horizontal(classes="row"):
            yield Label(Text(self._text("tui.update.by")))
            yield Input(id="update-by", compact=True)
        with Horizontal(classes="row"):
            yield Label(Text(label("date", lang) + " (YYYY-MM-DD)"))
            yield Input(self.on.isoformat(), id="update-date", compact=True)
        with Horizontal(id="update-buttons"):
            yield Button(
                self._text("tui.update.save"), variant="primary", id="update-save", compact=True
            )
            yield Button(self._text("tui.update.cancel"), id="update-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#update-note", Input).focus()

    def _value(self, selector: str) -> str | None:
        value = self.query_one(selector, Select).value
        return value if isinstance(value, str) else None

    def _input(self, selector: str) -> str:
        return self.query_one(selector, Input).value

    def action_save(self) -> None:
        from tracker.edit import EditError, plan_update

        app: TrackerApp = self.app  # type: ignore[assignment]
        if app.loaded is None:
            return
        state = self._value("#update-state")
        try:
            written = self._input("#update-date").strip()
            try:
                on = date.fromisoformat(written)
            except ValueError:
                raise EditError("edit.bad_date", value=written) from None
            edit = plan_update(
                app.loaded.programme,
                self.item.id,
                on=on,
                note=self._input("#update-note"),
                by=self._input("#update-by").strip() or None,
                status=state if self.field == "status" else None,
                phase=state if self.field == "phase" else None,
                health=self._value("#update-health"),
                progress=self._input("#update-progress").strip() or None,
            )
            message = self._text("edit.update_written", id=self.item.id, location=edit.location)
            _written(app, edit, message)
        except EditError as exc:
            _refused(app, exc)
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "update-save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()


RISK_STATUSES = ("open", "mitigating", "closed")


class RiskUpdateForm(UpdateForm):
    """Appends one entry to a risk's log: status, likelihood and impact, each optional."""

    def compose(self) -> ComposeResult:
        item, lang = self.item, self.lang
        risk = self.app.loaded.state.risk(item.id) if self.app.loaded else None  # type: ignore[attr-defined]
        with VerticalScroll():
            title = self._text("tui.update.title", id=item.id, title=item.title)
            yield Static(Text(title), id="update-title")
            with Horizontal(classes="row"):
                yield Label(Text(label("status", lang)))
                yield Select(
                    [(Text(value_label("risk_status", c, lang)), c) for c in RISK_STATUSES],
                    prompt=self._unchanged(
                        value_label("risk_status", risk.status if risk else None, lang)
                    ),
                    id="update-state",
                    compact=True,
                )
            for key, current in (
                ("likelihood", risk.likelihood if risk else None),
                ("impact", risk.impact if risk else None),
            ):
                with Horizontal(classes="row"):
                    yield Label(Text(label(key, lang) + " (1-5)"))
                    yield Input(
                        placeholder=self._unchanged("-" if current is None else str(current)),
                        restrict=r"[1-5]?",
                        max_length=1,
                        id=f"update-{key}",
                        compact=True,
                    )
            yield from self._note_rows(lang)

    def action_save(self) -> None:
        from tracker.edit import EditError, plan_update

        app: TrackerApp = self.app  # type: ignore[assignment]
        if app.loaded is None:
            return
        try:
            written = self._input("#update-date").strip()
            try:
                on = date.fromisoformat(written)
            except ValueError:
                raise EditError("edit.bad_date", value=written) from None
            edit = plan_update(
                app.loaded.programme,
                self.item.id,
                on=on,
                note=self._input("#update-note"),
                by=self._input("#update-by").strip() or None,
                status=self._value("#update-state"),
                likelihood=self._input("#update-likelihood").strip() or None,
                impact=self._input("#update-impact").strip() or None,
            )
            message = self._text("edit.update_written", id=self.item.id, location=edit.location)
            _written(app, edit, message)
        except EditError as exc:
            _refused(app, exc)
            return
        self.dismiss(True)


def record_update(app: TrackerApp) -> None:
    item = _selected_item(app)
    if item is None:
        app.say(app.text("tui.update.nothing_selected"), severity="warning")
        return
    if item.kind == "risk":  # format 2: status, likelihood, impact
        app.push_screen(RiskUpdateForm(item, app.lang, app.as_of))
        return
    app.push_screen(UpdateForm(item, app.lang, app.as_of))


def mark_action_done(app: TrackerApp) -> None:
    from tracker.edit import EditError, plan_action_done

    action_id = _selected_action(app)
    if action_id is None or app.loaded is None:
        app.say(app.text("tui.done.nothing_selected"), severity="warning")
        return
    try:
        edit = plan_action_done(app.loaded.programme, action_id, on=app.as_of)
        message = app.text(
            "edit.action_written", ref=action_id, date=app.as_of.isoformat(), location=edit.location
        )
        _written(app, edit, message)
    except EditError as exc:
        _refused(app, exc)


def register(registry: Registry) -> None:
    registry.add_key(
        KeySpec(
            "u", "record_update", "tui.key.update", record_update, when=_can_update, writes=True
        )
    )
    registry.add_key(
        KeySpec(
            "d", "action_done", "tui.key.action_done", mark_action_done, when=_can_mark, writes=True
        )
    )


def _can_update(app: TrackerApp) -> bool:
    return _selected_item(app) is not None


def _can_mark(app: TrackerApp) -> bool:
    return _selected_action(app) is not None
