"""The terminal UI: `ggp-tracker` without a command.

The app holds no domain logic. It loads the programme through one
`ProgrammeLoader` in a background thread, keeps the resulting `Loaded` (Programme,
State, language, table models) and hands it to the views. It paints before
the first load finishes, so a large programme does not delay the first screen.

Views, keys and palette commands come from the registry; see
`tracker.tui.registry` for the extension points.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import inspect
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult, SuspendNotSupported
from textual.widgets import ContentSwitcher

from tracker import gcpause
from tracker.labels import LABELS, Lang, label
from tracker.tui import editor, text
from tracker.tui.commands import TrackerCommands
from tracker.tui.registry import Command, Registry, build
from tracker.tui.screens.detail import DetailScreen
from tracker.tui.views.base import Hint, Selection, View
from tracker.tui.widgets.bars import ClickBar, Entry, TopBar

if TYPE_CHECKING:
    from tracker.context import Context
    from tracker.loader import ProgrammeLoader
    from tracker.tui.loaded import Loaded

WATCH_DEBOUNCE_MS = 150  # quick enough to reload within a second of a save
DAY_CHECK_SECONDS = 60  # a UI left open overnight shows the new day within a minute


class TrackerApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "ggp-tracker"
    COMMANDS: ClassVar = App.COMMANDS | {TrackerCommands}

    def __init__(
        self,
        root: Path | str,
        as_of: date,
        lang_option: str | None = None,
        *,
        loader: ProgrammeLoader | None = None,
        watch: bool = True,
        registry: Registry | None = None,
        cursor_blink: bool = True,
        read_only: bool = False,
        today: Callable[[], date] | None = None,
    ) -> None:
        """`today`: where the date comes from when no --as-of was given; the app then
        moves to the new day when the date changes. None keeps `as_of` for good."""
        super().__init__()
        gcpause.freezes_its_own()  # what it shows is frozen (see _apply)
        self.root = Path(root)
        self.as_of = as_of
        self.lang_option = lang_option
        self._loader = loader
        self.watching = watch
        self.cursor_blink = cursor_blink
        self.read_only = read_only  # keys that write programme files are refused
        self._today = today
        self.registry = registry or build()
        self.loaded: Loaded | None = None
        self.current = self.registry.views[0].name
        self._wanted = 0  # generation asked for
        self._loading = False
        self._relabel: Lang | None = None
        self._settled = asyncio.Event()
        # Keys from the registry; their labels show in our own footer and help screen.
        for spec in self.registry.views:
            self.bind(spec.key, f"show_view('{spec.name}')", show=False)
        for key in self.registry.keys:
            self.bind(key.key, f"key('{key.name}')", show=False)

    # ---- what extensions use -------------------------------------------------------

    @property
    def loader(self) -> ProgrammeLoader:
        if self._loader is None:
            from tracker.loader import ProgrammeLoader

            # The app freezes what it loaded itself (see below), so the loader must not.
            self._loader = ProgrammeLoader(self.root, persist=True)
        return self._loader

    @property
    def lang(self) -> Lang:
        if self.loaded is not None:
            return self.loaded.lang
        return "nl" if self.lang_option == "nl" else "en"

    def text(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def say(self, message: str, *, severity: str = "information", timeout: float = 6) -> None:
        """A notification; the message is never read as markup."""
        self.notify(message, severity=severity, timeout=timeout, markup=False)  # type: ignore[arg-type]

    def view(self, name: str) -> View:
        return self.query_one(f"#view-{name}", View)

    @property
    def current_view(self) -> View:
        return self.view(self.current)

    def selection(self) -> Selection | None:
        """What the cursor is on, in the detail pane when one is open."""
        screen = self.screen
        if isinstance(screen, DetailScreen):
            return screen.selection()
        return self.current_view.selection()

    # ---- layout --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TopBar(id="top")
        with ContentSwitcher(initial=f"view-{self.current}", id="views"):
            for spec in self.registry.views:
                yield spec.make()
        yield ClickBar(id="viewbar", classes="viewbar")
        yield ClickBar(id="keybar", classes="keybar")

    def on_mount(self) -> None:
        self._bars()
        self.current_view.focus_view()
        if self._today is not None:
            self.set_interval(DAY_CHECK_SECONDS, self.check_day, name="day")
        # Watch and load after the first frame is on screen: setting up the watch walks
        # the whole folder (60 ms at 10,000 items) on the UI's event loop.
        self.call_after_refresh(self._watch_and_load if self.watching else self.reload)

    def _bars(self) -> None:
        lang = self.lang
        top = self.query_one("#top", TopBar)
        loaded = self.loaded
        if loaded is None:
            top.show(Text(self.TITLE, style="bold"), Text(label("tui.loading", lang), style="dim"))
        else:
            info = loaded.state.info
            left = Text(f"{info.short} " if info.short else "", style="bold cyan", end="")
            left.append_text(text.plain(info.title, style="bold"))
            top.show(left, self._status(loaded))
        views = []
        problems = loaded.problem_count if loaded else 0
        for spec in self.registry.views:
            badge = f" ({problems})" if spec.name == "problems" and problems else ""
            views.append(
                Entry(
                    spec.key,
                    label(spec.label, lang),
                    label(spec.short, lang),
                    lambda name=spec.name: self.show_view(name),
                    active=spec.name == self.current,
                    badge=badge,
                )
            )
        self.query_one("#viewbar", ClickBar).set_entries(views)
        hints = self.current_view.key_hints()
        self.query_one("#keybar", ClickBar).set_entries(self.key_entries(hints, lang))

    def _status(self, loaded: Loaded) -> Text:
        state, programme, lang = loaded.state, loaded.programme, loaded.lang
        out = Text(end="")
        if state.clamped:
            out.append(
                label("tui.as_of_clamped_short", lang, date=state.as_of.isoformat()),
                style="bold yellow",
            )
        else:
            out.append(f"{label('as_of', lang)} {state.as_of.isoformat()}")
        out.append("  ")
        if programme.problems:
            words = label(
                "tui.problem_summary", lang, errors=programme.errors, warnings=programme.warnings
            )
            out.append(f"✖ {words}", style="bold red" if programme.errors else "dark_orange")
        else:
            out.append(f"✔ {label('tui.no_problems', lang)}", style="green")
        if self.read_only:
            out.append(f"  {label('tui.read_only.badge', lang)}", style="bold")
        return out

    def key_entries(self, hints: Iterable[Hint], lang: Lang) -> list[Entry]:
        """Footer entries: the view's keys, then the registry's, then the palette."""

        def words(key: str) -> tuple[str, str]:
            short = f"{key}.short"
            return label(key, lang), label(short if short in LABELS else key, lang)

        entries = [Entry(h.key, *words(h.label), h.run) for h in hints]
        for key in self.registry.keys:
            if key.writes and self.read_only:
                continue
            if key.footer and (key.when is None or key.when(self)):
                entries.append(
                    Entry(
                        key.display or key.key,
                        *words(key.label),
                        lambda name=key.name: self.run_action(f"key('{name}')"),
                    )
                )
        palette = label("tui.key.palette_short", lang)
        entries.append(Entry("^p", palette, palette, self.action_command_palette))
        return entries

    # ---- loading -------------------------------------------------------------------

    def check_day(self) -> None:
        """Past midnight, show the new day, or overdue and due soon stay yesterday's."""
        if self._today is None:
            return
        today = self._today()
        if today != self.as_of:
            self.as_of = today
            self._relabel = None  # a language change waiting would reuse the old day's state
            self.reload()

    def reload(self) -> None:
        """Load the programme again (cheap: the loader re-reads changed files only)."""
        self._wanted += 1
        self._settled.clear()
        if not self._loading:
            self._start_load()

    def _start_load(self) -> None:
        self._loading = True
        relabel, self._relabel = self._relabel, None
        # A daemon thread, not a Textual thread worker: those run in the default
        # executor, which the interpreter waits for at exit, so `q` during the load
        # of a large programme would hang until it finished. Loading only reads.
        threading.Thread(
            target=self._load, args=(self._wanted, relabel), name="ggp-load", daemon=True
        ).start()

    def _load(self, generation: int, relabel: Lang | None) -> None:
        """In the loading thread: build, then hand the result to the UI thread."""
        from tracker.tui import loaded as loading

        try:
            if relabel is not None and self.loaded is not None:
                result = loading.relabel(self.loaded, relabel, generation)
            else:
                result = loading.load(self.loader, self.as_of, self.lang_option, generation)
        except Exception as exc:  # a bug, not bad data (the loader reports that): say so
            self._from_thread(self._load_failed, exc)
            return
        self._from_thread(self._loaded, result)

    def _from_thread(self, callback: Callable[..., object], *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed while loading
            self.call_from_thread(callback, *args)

    def _loaded(self, loaded: Loaded) -> None:
        self._loading = False
        self._apply(loaded)
        if self.loaded is None or self.loaded.generation < self._wanted:
            self._start_load()  # files changed again while loading
            return
        self._settled.set()

    def _load_failed(self, error: Exception) -> None:
        self._loading = False
        self.say(label("tui.load_failed", self.lang, reason=str(error)), severity="error")
        self._settled.set()

    async def wait_settled(self) -> None:
        """Until the newest reload asked for has been shown (for tests and benchmarks)."""
        await self._settled.wait()

    def _apply(self, loaded: Loaded) -> None:
        previous = self.loaded
        if previous is not None and loaded.generation <= previous.generation:
            return
        self.loaded = loaded
        for spec in self.registry.views:
            view = self.view(spec.name)
            if spec.name == self.current:
                view.show_state(loaded)
                view.stale = False
            else:
                view.stale = True
        for screen in self.screen_stack:
            if isinstance(screen, DetailScreen):
                screen.show_state(loaded)
        self._bars()
        self._announce(previous, loaded)
        first = previous is None
        del previous
        # What was just loaded lives until the next reload: keep the cyclic garbage
        # collector from walking it again and again (at 10,000 items each full
        # collection paused the screen for half a second). What the last reload froze
        # is released first and its cycles collected once, or every reload would add
        # its garbage to the frozen objects for good (memory grew all day with saves).
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        if first and not isinstance(self.screen, DetailScreen):
            self.current_view.focus_view()

    def _announce(self, previous: Loaded | None, loaded: Loaded) -> None:
        lang = loaded.lang
        problems = loaded.programme.problems
        if previous is None:
            if problems:
                self.say(
                    label(
                        "tui.opened_with_problems",
                        lang,
                        count=len(problems),
                        items=len(loaded.programme.items),
                    ),
                    severity="warning",
                )
            return
        before = set(previous.programme.problems)
        new = [p for p in problems if p not in before]
        if new:
            first = new[0]
            self.say(
                label("tui.new_problems", lang, count=len(new), first=first.text(lang)),
                severity="error" if any(p.is_error for p in new) else "warning",
            )
        elif before and not problems:
            self.say(label("tui.problems_gone", lang))

    @work(exclusive=True, group="watch", exit_on_error=False)
    async def _watch_and_load(self) -> None:
        """Load, and load again when agenda.yaml or a file under measures/ changes.

        The first load starts once the watch is set up, so no save is missed between.
        """
        from watchfiles import awatch

        from tracker.tui.watch import relevant

        root = self.root.resolve()
        if not root.is_dir():
            self.reload()
            return
        changes = awatch(
            root,
            watch_filter=lambda _change, path: relevant(root, path),
            debounce=WATCH_DEBOUNCE_MS,
            step=50,
            recursive=True,
            ignore_permission_denied=True,
        )
        waiting = asyncio.ensure_future(anext(changes))
        await asyncio.sleep(0)  # `changes` sets the watch up in its first step, now run
        self.reload()
        while True:
            await waiting
            self.reload()
            waiting = asyncio.ensure_future(anext(changes))

    # ---- navigation ----------------------------------------------------------------

    def show_view(self, name: str) -> None:
        if self.registry.view(name) is None:
            return
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.query_one("#views", ContentSwitcher).current = f"view-{name}"
        self.current = name
        view = self.view(name)
        if view.stale and self.loaded is not None:
            view.show_state(self.loaded)
            view.stale = False
        view.focus_view()
        self._bars()

    def action_show_view(self, name: str) -> None:
        self.show_view(name)

    def open_detail(self, item_id: str, action_id: str | None = None) -> None:
        self.push_screen(DetailScreen(item_id, action_id))

    async def action_key(self, name: str) -> None:
        spec = self.registry.key(name)
        if spec is None:
            return
        if spec.writes and self.read_only:
            self.refuse_read_only(spec.label)
            return
        result = spec.run(self)
        if inspect.isawaitable(result):
            await result

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "key" and parameters:
            spec = self.registry.key(str(parameters[0]))
            if spec is not None and spec.when is not None and not spec.when(self):
                return False
        return True

    def refuse_read_only(self, what: str) -> None:
        """Say that a key which writes programme files is turned off here."""
        self.say(self.text("tui.read_only", what=self.text(what)), severity="warning")

    def action_help(self) -> None:
        from tracker.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_toggle_language(self) -> None:
        self.lang_option = "en" if self.lang == "nl" else "nl"
        if self.loaded is None:
            self._bars()
            return
        self._relabel = self.lang_option  # type: ignore[assignment]
        self.reload()

    # ---- editor --------------------------------------------------------------------

    def action_edit(self) -> None:
        selected = self.selection()
        if selected is None or not selected.file:
            self.say(self.text("tui.nothing_to_edit"), severity="warning")
            return
        self.edit(selected.file, selected.line)

    def edit(self, file: str, line: int = 0) -> None:
        """Suspend the app, open `$EDITOR` at `file:line`, reload when it exits."""
        if self.read_only:
            self.refuse_read_only("tui.key.edit")
            return
        path = self.root / file
        if not path.is_file():
            self.say(self.text("tui.file_missing", file=file), severity="warning")
            return
        argv = editor.editor_command(path, line)
        try:
            with self.suspend():
                editor.run_editor(argv)
        except SuspendNotSupported:
            self.say(self.text("tui.cannot_suspend", file=f"{file}:{line}"), severity="warning")
            return
        except OSError as exc:
            self.say(
                self.text("tui.editor_failed", editor=argv[0], reason=exc.strerror or str(exc)),
                severity="error",
            )
        self.reload()

    # ---- palette -------------------------------------------------------------------

    def palette_commands(self) -> Iterator[Command]:
        lang = self.lang
        for spec in self.registry.views:
            yield Command(
                f"{label('tui.cmd.show', lang)}: {label(spec.label, lang)}",
                label("tui.cmd.key", lang, shortcut=spec.key),
                lambda name=spec.name: self.show_view(name),
                discover=True,
            )
        other = "en" if lang == "nl" else "nl"
        yield Command(
            label("tui.cmd.language", lang, language=label(f"tui.lang.{other}", lang)),
            "",
            self.action_toggle_language,
            discover=True,
        )
        for key in self.registry.keys:
            if key.palette and key.name not in ("quit",) and not (key.writes and self.read_only):
                yield Command(
                    label(key.label, lang),
                    label("tui.cmd.key", lang, shortcut=key.display or key.key),
                    lambda name=key.name: self.run_action(f"key('{name}')"),
                )
        for provider in self.registry.providers:
            yield from provider(self)
        for spec in self.registry.views:
            yield from self.view(spec.name).commands()


def run_app(ctx: Context, *, read_only: bool = False, follow_today: bool = False) -> int:
    """Open the UI on `ctx.root` as of `ctx.as_of`; the exit status when it closes.
    `follow_today` (no --as-of given): the as-of date moves on when the day does."""
    # The app makes its own loader in its loading thread: importing the loader
    # here would make the first screen wait for pydantic.
    today = date.today if follow_today else None
    app = TrackerApp(ctx.root, ctx.as_of, ctx.lang_option, read_only=read_only, today=today)
    app.run()
    return app.return_code or 0
