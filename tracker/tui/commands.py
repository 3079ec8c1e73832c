"""The command palette (ctrl+p): views, filters, sorting, language, keys.

Textual's own system-command provider treats titles as markup; titles here
hold opgave titles and owners from the YAML, so this provider builds the
displayed text as `Content` objects and escapes the help line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

if TYPE_CHECKING:
    from tracker.tui.app import TrackerApp
    from tracker.tui.registry import Command


def highlight(matcher: Matcher, title: str) -> Content:
    """`title` as plain content with the fuzzy-matched letters styled."""
    content = Content(title)
    score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    if not score:
        return content
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class TrackerCommands(Provider):
    def _commands(self) -> list[Command]:
        return list(cast("TrackerApp", self.app).palette_commands())

    async def discover(self) -> Hits:
        for command in self._commands():
            if command.discover:
                yield DiscoveryHit(
                    Content(command.title),
                    command.run,
                    text=command.title,
                    help=escape(command.help) or None,
                )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score,
                    highlight(matcher, command.title),
                    command.run,
                    text=command.title,
                    help=escape(command.help) or None,
                )
