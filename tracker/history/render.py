"""The history and comparisons in words, as Rich `Text` (titles are data, never markup).

`diff_lines` gives plain lines so that the terminal UI can show the same text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from tracker.history.diff import Change, Diff, IndicatorMove, ItemDiff, ItemRef, OpgaveDiff, Side
from tracker.history.gitrev import short_commit
from tracker.history.snapshot import TEXT_FIELDS
from tracker.labels import HEALTH_COLOUR, HEALTH_SYMBOL, Lang, label, value_label
from tracker.textsafe import one_line


def _health(value: str | None, lang: Lang) -> Text:
    key = value or "none"
    return Text.assemble(
        (HEALTH_SYMBOL.get(key, "?"), HEALTH_COLOUR.get(key, "")),
        f" {value_label('health', value, lang)}",
    )


def value_text(field: str, value: Any, lang: Lang) -> Text:
    """One value of an item or roll-up field in words."""
    if field == "health":
        return _health(value, lang)
    if value is None:
        return Text(label("history.none", lang), style="dim")
    if field in ("status", "phase", "risk_status", "band"):
        return Text(value_label(field, str(value), lang))
    if field == "kind":
        return Text(label(str(value), lang))
    if field in ("progress", "mean_progress") and isinstance(value, int | float):
        return Text(f"{value:g}%")
    if isinstance(value, bool):
        return Text(label("yes" if value else "no", lang))
    return Text(one_line(value, 120))


def field_name(field: str, lang: Lang) -> Text:
    if field.startswith("health."):
        return _health(field.partition(".")[2], lang)
    if field == "overdue_actions":
        return Text(label("history.overdue_actions", lang))
    return Text(label(field, lang))


def print_error(message: str) -> int:
    """`message` on stderr, one line, never markup; the exit status of a refused command."""
    Console(stderr=True, highlight=False, soft_wrap=True).print(Text(one_line(message)))
    return 1


def shown_time(taken: str) -> str:
    """`2018-10-11T09:30:00Z` as `2018-10-11 09:30:00 UTC`."""
    return taken.replace("T", " ").removesuffix("Z") + " UTC" if taken.endswith("Z") else taken


def side_text(side: Side, lang: Lang) -> Text:
    """`label (taken …, as of …, commit …)`."""
    details = []
    if side.taken:
        details.append(label("history.side_taken", lang, taken=shown_time(side.taken)))
    details.append(label("history.side_as_of", lang, date=side.as_of))
    if side.commit:
        commit = label("history.side_commit", lang, commit=short_commit(side.commit))
        if side.dirty:
            commit += f", {label('history.uncommitted', lang)}"
        details.append(commit)
    # `now` is what the user types; shown, it is a word in the user's language.
    name = label("history.now", lang) if side.label == "now" and not side.taken else side.label
    out = Text(one_line(name, 80), style="bold")
    out.append(f" ({'; '.join(details)})")
    return out


def update_name(key: str) -> str:
    """An update key as shown: `2018-09-20`, or `2018-09-20 (2)` for a second that day."""
    day, _, n = str(key).partition("#")
    return one_line(f"{day} ({n})" if n else day, 40)


def text_name(name: str, lang: Lang) -> str:
    return label(f"history.text.{name}", lang) if name in TEXT_FIELDS else one_line(name, 40)


def _words_text(change: Change, lang: Lang) -> Text | None:
    """A rewritten note or text, in words; None for any other change."""
    names = change.after if isinstance(change.after, list | tuple) else ()
    if change.field == "notes":
        updates = ", ".join(update_name(k) for k in names)
        return Text(label("history.notes_rewritten", lang, updates=updates), style="yellow")
    if change.field == "texts":
        fields = ", ".join(text_name(n, lang) for n in names)
        return Text(label("history.texts_changed", lang, fields=fields))
    return None


def _change_text(change: Change, lang: Lang) -> Text:
    words = _words_text(change, lang)
    if words is not None:
        return words
    if change.field in ("overdue", "stale"):
        key = {
            ("overdue", True): "history.now_overdue",
            ("overdue", False): "history.no_longer_overdue",
            ("stale", True): "history.now_stale",
            ("stale", False): "history.no_longer_stale",
        }[(change.field, bool(change.after))]
        style = "bold red" if change.after and change.field == "overdue" else ""
        return Text(label(key, lang), style=style)
    out = field_name(change.field, lang)
    out.append(": ")
    out.append_text(value_text(change.field, change.before, lang))
    out.append(" → ")
    out.append_text(value_text(change.field, change.after, lang))
    return out


def _item_head(mark: str, style: str, item_id: str, kind: str, title: str, lang: Lang) -> Text:
    out = Text("  ")
    out.append(mark, style=style)
    out.append(" ")
    out.append(one_line(item_id, 64), style="bold")
    out.append(f" · {label(kind, lang)} · ")
    out.append(one_line(title, 100))
    return out


def _ref_lines(ref: ItemRef, added: bool, lang: Lang) -> list[Text]:
    mark, style = ("+", "green") if added else ("-", "red")
    head = _item_head(mark, style, ref.id, ref.kind, ref.title, lang)
    head.append(f" — {label('history.added' if added else 'history.removed', lang)}", style)
    lines = [head]
    if added:
        entry: Mapping[str, Any] = ref.entry
        facts = []
        status_field = "phase" if ref.kind == "pilot" else "status"
        if entry.get("status"):
            facts.append(value_text(status_field, entry["status"], lang))
        if ref.kind in ("measure", "pilot"):
            facts.append(_health(entry.get("health"), lang))
        if entry.get("progress") is not None:
            facts.append(value_text("progress", entry["progress"], lang))
        if entry.get("overdue"):
            facts.append(Text(label("history.now_overdue", lang), style="bold red"))
        if entry.get("stale"):
            facts.append(Text(label("history.now_stale", lang)))
        if facts:
            lines.append(Text("      ").append_text(Text(" · ").join(facts)))
    return lines


def _changed_lines(item: ItemDiff, lang: Lang) -> list[Text]:
    lines = [_item_head("~", "yellow", item.id, item.kind, item.title, lang)]
    lines += [Text("      ").append_text(_change_text(c, lang)) for c in item.changes]
    return lines


def _measured(facts: Mapping[str, Any], lang: Lang) -> Text:
    value = facts.get("value")
    if value is None:
        return Text(label("history.no_value", lang), style="dim")
    return Text(label("history.measured", lang, value=f"{value:g}", date=facts.get("date")))


def _indicator_line(move: IndicatorMove, lang: Lang) -> Text:
    out = _item_head("↕", "cyan", move.id, "indicator", move.title, lang)
    out.append(": ")
    out.append_text(_measured(move.before, lang))
    out.append(" → ")
    out.append_text(_measured(move.after, lang))
    before, after = move.before.get("meets_target"), move.after.get("meets_target")
    if before is not None or after is not None:
        out.append(f"; {label('meets_target', lang).lower()}: ")
        out.append_text(value_text("meets_target", before, lang))
        if before != after:
            out.append(" → ")
            out.append_text(value_text("meets_target", after, lang))
    return out


def _group_title(group: OpgaveDiff, lang: Lang) -> Text:
    if group.id is None:
        return Text(label("programme-wide", lang), style="bold underline")
    title = one_line(group.title or group.id, 120)
    return Text(f"{label('opgave', lang)} {one_line(group.id, 64)}: {title}", "bold underline")


def _rollup_line(group: OpgaveDiff, lang: Lang) -> Text:
    out = Text(f"  {label('history.rollup', lang)}: ", style="dim")
    parts = []
    for change in group.rollup:
        part = field_name(change.field, lang)
        part.append(" ")
        for value, sep in ((change.before, " → "), (change.after, "")):
            if value is None:
                part.append(label("history.none", lang))
            elif change.field == "mean_progress":
                part.append(f"{value:g}%")
            else:
                part.append(str(value))
            part.append(sep)
        parts.append(part)
    return out.append_text(Text(" · ").join(parts))


def group_lines(group: OpgaveDiff, lang: Lang) -> list[Text]:
    lines = [_group_title(group, lang)]
    for ref in group.added:
        lines += _ref_lines(ref, True, lang)
    for ref in group.removed:
        lines += _ref_lines(ref, False, lang)
    for item in group.changed:
        lines += _changed_lines(item, lang)
    lines += [_indicator_line(m, lang) for m in group.indicators]
    if group.rollup:
        lines.append(_rollup_line(group, lang))
    return lines


def _ids_line(key: str, ids: Sequence[str], lang: Lang) -> Text:
    return Text(f"{label(key, lang)}: ", style="bold").append(
        ", ".join(one_line(i, 64) for i in ids)
    )


def diff_lines(diff: Diff, lang: Lang) -> list[Text]:
    """The comparison, line by line: the two sides, counts, then each opgave."""
    # The sides are data (labels, revisions): put in as Text, not formatted into the label.
    before, middle, after = label("history.from_to", lang, a="\0", b="\0").split("\0")
    head = Text(before).append_text(side_text(diff.a, lang)).append(middle)
    lines = [head.append_text(side_text(diff.b, lang)).append(after)]
    if diff.same_files:
        lines.append(Text(label("history.same_files", lang), style="dim"))
    if diff.empty:
        lines.append(Text(label("history.no_changes", lang)))
        return lines
    counts = label(
        "history.counts",
        lang,
        added=len(diff.added),
        removed=len(diff.removed),
        changed=len(diff.changed),
        indicators=len(diff.indicators),
    )
    lines.append(Text(counts))
    if diff.newly_overdue:
        lines.append(_ids_line("history.newly_overdue", diff.newly_overdue, lang))
    if diff.newly_stale:
        lines.append(_ids_line("history.newly_stale", diff.newly_stale, lang))
    for group in diff.opgaven:
        if group.empty:
            continue
        lines.append(Text(""))
        lines += group_lines(group, lang)
    return lines


def render_diff(diff: Diff, lang: Lang) -> Group:
    return Group(*diff_lines(diff, lang))


def _git_cell(snapshot: Mapping[str, Any], lang: Lang) -> Text:
    git = snapshot.get("git")
    if not git:
        return Text(label("history.no_git", lang), style="dim")
    out = Text(short_commit(git.get("commit")))
    if git.get("dirty"):
        out.append(f" ({label('history.uncommitted', lang)})", style="yellow")
    return out


def history_table(snapshots: Sequence[Mapping[str, Any]], lang: Lang) -> Table:
    """Label, when taken, as-of date, commit and number of items of each snapshot."""
    table = Table(title=label("history.title", lang), header_style="bold", pad_edge=False)
    table.add_column(label("history.label", lang), overflow="fold")
    table.add_column(label("history.taken", lang))
    table.add_column(label("history.as_of", lang))
    table.add_column(label("history.commit", lang))
    table.add_column(label("items", lang), justify="right")
    for snapshot in snapshots:
        table.add_row(
            Text(one_line(snapshot["label"], 80)),
            Text(snapshot["taken"].replace("T", " ").removesuffix("Z")),
            Text(snapshot["as_of"]),
            _git_cell(snapshot, lang),
            Text(str(len(snapshot["items"]))),
        )
    return table
