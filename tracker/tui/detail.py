"""The content of an item's detail pane as Rich renderables (no Textual here).

Every value from the YAML is a `Text` built with `tracker.tui.text`, so a title
like `[bold red]X[/]` shows literally.
"""

from __future__ import annotations

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from tracker.labels import Lang, label, value_label
from tracker.state import ActionState, ItemState, State
from tracker.tui import text


def heading(key: str, lang: Lang, count: int | None = None) -> Text:
    title = label(key, lang) + (f" ({count})" if count is not None else "")
    return Text(title, style="bold underline")


WIDE = {"title": 1, "tui.note": 2, "tui.changes": 1}


def _table(lang: Lang, *columns: str) -> Table:
    """A small table; the text columns share the room that is left and wrap."""
    out = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    for key in columns:
        header = Text(label(key, lang), style="bold")
        if key in WIDE:
            out.add_column(header, overflow="fold", ratio=WIDE[key])
        else:
            out.add_column(header, no_wrap=True)
    return out


def _since(value: str, since: object, lang: Lang) -> Text:
    out = Text(value, end="")
    if since:
        out.append(f"  ({label('tui.since', lang).lower()} {since})", style="dim")
    else:
        out.append(f"  ({label('tui.in_file', lang)})", style="dim")
    return out


def _facts(state: State, s: ItemState, lang: Lang) -> list[Text]:
    item = s.item
    out: list[Text] = []
    if item.owner:
        out.append(text.kv("owner", text.plain(item.owner), lang))
    if item.unit:
        agenda = state.programme.agenda
        names = {u.id: u.name for u in agenda.units} if agenda else {}
        unit = item.unit if item.unit not in names else f"{item.unit} — {names[item.unit]}"
        out.append(text.kv("unit", text.plain(unit), lang))
    if item.basisteam:
        out.append(text.kv("basisteam", text.plain(item.basisteam), lang))
    titles = {o.id: o.title for o in state.opgaven}
    opgaven = [f"{o} — {titles[o]}" if o in titles else o for o in item.opgaven]
    shown = "; ".join(opgaven) if opgaven else label("programme-wide", lang)
    out.append(text.kv("opgaven", text.plain(shown), lang))
    if item.kind in ("measure", "pilot"):
        field = "status" if item.kind == "measure" else "phase"
        out.append(
            text.kv(field, _since(value_label(field, s.status, lang), s.status_since, lang), lang)
        )
        health = text.health(s.health, lang)
        health.append_text(_since("", s.health_since, lang) if s.health else Text())
        out.append(text.kv("health", health, lang))
        out.append(text.kv("progress", text.bar(s.progress, 20), lang))
        out.append(text.kv("start", text.day(getattr(item, "start", None)) or "–", lang))
        if item.kind == "measure":
            due = Text(text.day(item.due) or "–", end="")  # type: ignore[union-attr]
            if s.late:
                due.append(f"  ! {label('overdue', lang).lower()}", style="bold red")
            out.append(text.kv("due", due, lang))
        else:
            out.append(text.kv("end", text.day(item.end) or "–", lang))  # type: ignore[union-attr]
            if item.measure:  # type: ignore[union-attr]
                out.append(text.kv("measure", text.plain(item.measure), lang))  # type: ignore[union-attr]
            scale = item.scale_up  # type: ignore[union-attr]
            if scale is not None:
                line = text.plain(scale.scope)
                if scale.due:
                    line.append(f"  ({label('due', lang).lower()} {scale.due})", style="dim")
                out.append(text.kv("tui.scale_up", line, lang))
        flags = []
        if s.stale:
            flags.append(f"~ {label('reason.stale', lang)}")
        if s.overdue:
            flags.append(f"! {label('overdue', lang).lower()}")
        if flags:
            out.append(text.kv("tui.flags", Text("   ".join(flags), style="yellow"), lang))
    elif item.kind == "meeting":
        out.append(text.kv("date", text.day(item.date), lang))  # type: ignore[union-attr]
        out.append(text.kv("type", value_label("type", item.type, lang), lang))  # type: ignore[union-attr]
        if item.location:  # type: ignore[union-attr]
            out.append(text.kv("tui.location", text.plain(item.location), lang))  # type: ignore[union-attr]
        people = item.participants  # type: ignore[union-attr]
        if people is not None:
            shown_people = str(people) if isinstance(people, int) else ", ".join(people)
            out.append(text.kv("tui.participants", text.plain(shown_people), lang))
    elif item.kind == "indicator" and s.indicator is not None:
        fmt = item.format  # type: ignore[union-attr]
        latest = s.indicator.latest
        value = Text(text.number(latest.value, fmt) if latest else "–", end="")
        if latest:
            value.append(f"  ({latest.date})", style="dim")
        out.append(text.kv("latest", value, lang))
        target = item.target  # type: ignore[union-attr]
        goal = Text(text.number(target, fmt) if target is not None else "–", end="")
        goal.append(f"  ({label('tui.better.' + item.better, lang)})", style="dim")  # type: ignore[union-attr]
        out.append(text.kv("target", goal, lang))
        if s.indicator.meets_target is not None:
            meets = s.indicator.meets_target
            verdict = Text(
                f"✔ {label('tui.on_target', lang)}"
                if meets
                else f"▼ {label('reason.below-target', lang)}",
                style="green" if meets else "dark_orange",
            )
            out.append(text.kv("meets_target", verdict, lang))
        if s.indicator.trend:
            out.append(text.kv("trend", value_label("trend", s.indicator.trend, lang), lang))
    return out


def _milestones(s: ItemState, lang: Lang) -> list[RenderableType]:
    if not s.milestones:
        return []
    table = _table(lang, "tui.number", "title", "due", "done", "tui.state")
    for m in s.milestones:
        if m.done:
            state = Text(f"✔ {label('tui.reached', lang)}", style="green")
        elif m.overdue:
            state = Text(f"! {label('overdue', lang).lower()}", style="bold red")
        else:
            state = Text(label("tui.open", lang), style="dim")
        done = text.day(m.milestone.done) if m.done else ""
        table.add_row(
            Text(str(m.index)),
            text.para(m.milestone.title),
            Text(text.day(m.milestone.due)),
            Text(done),
            state,
        )
    return [heading("tui.milestones", lang, len(s.milestones)), table]


def _updates(s: ItemState, lang: Lang) -> list[RenderableType]:
    out: list[RenderableType] = [heading("tui.updates", lang, len(s.updates))]
    if not s.updates:
        out.append(Text(label("tui.no_updates", lang), style="dim"))
        return out
    table = _table(lang, "date", "tui.by", "tui.note", "tui.changes")
    for u in s.updates:
        changes = []
        for name in ("status", "phase", "health"):
            value = getattr(u, name, None)
            if value is not None:
                changes.append(f"{label(name, lang).lower()}: {value_label(name, value, lang)}")
        progress = getattr(u, "progress", None)
        if progress is not None:
            changes.append(f"{label('progress', lang).lower()}: {progress}%")
        table.add_row(
            Text(text.day(u.date)),
            text.plain(u.by or ""),
            text.para(u.note),
            Text(", ".join(changes)),
        )
    out.append(table)
    return out


def _meeting(s: ItemState, lang: Lang) -> list[RenderableType]:
    item = s.item
    out: list[RenderableType] = []
    if item.summary:  # type: ignore[union-attr]
        out += [heading("tui.summary", lang), text.para(item.summary)]  # type: ignore[union-attr]
    decisions = item.decisions  # type: ignore[union-attr]
    out.append(heading("decisions", lang, len(decisions)))
    if decisions:
        listing = Text()
        for n, decision in enumerate(decisions, start=1):
            listing.append(f"{n}. ", style="bold")
            listing.append_text(text.para(decision))
            listing.append("\n")
        listing.rstrip()
        out.append(listing)
    else:
        out.append(Text(label("tui.none", lang), style="dim"))
    out.append(heading("actions", lang, len(s.actions)))
    if s.actions:
        table = _table(lang, "id", "title", "owner", "due", "done")
        for a in s.actions:
            due = Text(text.day(a.action.due))
            if a.overdue:
                due.append(f" ! {label('overdue', lang).lower()}", style="bold red")
            done = Text(f"✔ {text.day(a.action.done)}", style="green") if a.done else Text("")
            table.add_row(
                Text(f"#{a.index}"), text.para(a.title), text.plain(a.action.owner or ""), due, done
            )
        out.append(table)
    else:
        out.append(Text(label("tui.none", lang), style="dim"))
    return out


def _indicator(s: ItemState, lang: Lang) -> list[RenderableType]:
    facts = s.indicator
    if facts is None:
        return []
    fmt = s.item.format  # type: ignore[union-attr]
    out: list[RenderableType] = [heading("tui.values", lang, len(facts.values))]
    if not facts.values:
        out.append(Text(label("tui.none", lang), style="dim"))
        return out
    out.append(Text(text.sparkline([v.value for v in facts.values]), style="cyan"))
    table = _table(lang, "date", "value", "tui.note")
    for v in reversed(facts.values):
        table.add_row(
            Text(text.day(v.date)), Text(text.number(v.value, fmt)), text.para(v.note or "")
        )
    out.append(table)
    return out


def action_line(a: ActionState, lang: Lang) -> Text:
    """The action that was selected when the meeting's detail opened."""
    out = Text(f"{label('action', lang)} {a.id}: ", style="bold reverse")
    out.append_text(text.plain(a.title, style="bold reverse"))
    if a.done:
        out.append(f"  ✔ {label('done', lang).lower()} {text.day(a.action.done)}", style="green")
    elif a.overdue:
        out.append(f"  ! {label('overdue', lang).lower()}", style="bold red")
    return out


def title_line(s: ItemState, lang: Lang) -> Text:
    out = Text(f"{label(s.kind, lang)} ", style="bold", end="")
    out.append_text(text.plain(s.id, style="bold cyan"))
    return out


def sections(state: State, s: ItemState, lang: Lang) -> list[RenderableType]:
    """Everything the detail pane shows above the related items, top to bottom."""
    item = s.item
    out: list[RenderableType] = [text.para(item.title, style="bold"), Text()]
    out += _facts(state, s, lang)
    if item.description:
        out += [Text(), heading("tui.description", lang), text.para(item.description)]
    decision = s.decision_needed
    if decision:
        out += [Text(), heading("tui.decision_needed", lang), text.para(decision, style="magenta")]
    if getattr(item, "evaluation", None):
        out += [Text(), heading("tui.evaluation", lang), text.para(item.evaluation)]  # type: ignore[union-attr]
    for part in (
        _milestones(s, lang),
        _meeting(s, lang) if s.kind == "meeting" else [],
        _indicator(s, lang),
    ):
        if part:
            out += [Text(), *part]
    out += [Text(), *_updates(s, lang)]
    if item.tags:
        out += [Text(), text.kv("tui.tags", text.plain(", ".join(item.tags)), lang)]
    out += [Text(), text.kv("file", text.plain(s.source.location), lang)]
    return out


def links(state: State, s: ItemState) -> list[tuple[str, ItemState]]:
    """Items this one points at and items that point at it, each with its relation."""
    out: list[tuple[str, ItemState]] = []
    seen: set[tuple[str, str]] = set()

    def add(relation: str, other: ItemState | None) -> None:
        if other is not None and other.id != s.id and (relation, other.id) not in seen:
            seen.add((relation, other.id))
            out.append((relation, other))

    for other_id in s.item.related:
        add("tui.rel.related", state.get(other_id))
    measure = getattr(s.item, "measure", None)
    if measure:
        add("tui.rel.serves", state.get(measure))
    own = s.id.lower()
    for other in state.items:
        if any(r.lower() == own for r in other.item.related):
            add("tui.rel.related_from", other)
        served = getattr(other.item, "measure", None)
        if served and served.lower() == own:
            add("tui.rel.pilot", other)
    return out
