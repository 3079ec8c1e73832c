"""`ggp-tracker serve`: the terminal UI in a browser, for a meeting room or a colleague."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.context import Context


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port; give a number from 1 to 65535")
    return port


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "serve",
        parents=[common],
        help="the terminal UI in a browser (textual-serve)",
        description=(
            "Serve the terminal UI to web browsers. Every browser tab is its own session "
            "on the same programme folder; a save in one shows in the others. It listens "
            "on 127.0.0.1 (this machine only) unless --host says otherwise; there is no "
            "login, so anyone who can reach the port can use it."
        ),
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, when not http://HOST:PORT (behind a proxy)",
    )
    parser.add_argument(
        "--read-only", action="store_true", help="turn off the keys that change files (u, d, e)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.labels import label
    from tracker.reach.serve import app_command, is_loopback, public_url

    # Messages in --lang, else English: the programme's own language would mean loading
    # it here, only for the tabs to load it again.
    lang = "nl" if ctx.lang_option == "nl" else "en"
    command = app_command(
        ctx.root,
        as_of=args.as_of,  # None unless given: then every tab is as of the day it opens
        lang=ctx.lang_option,
        read_only=args.read_only,
    )
    url = args.public_url or public_url(args.host, args.port)
    if not is_loopback(args.host):
        what = label(f"reach.serve.{'read' if args.read_only else 'edit'}_programme", lang)
        warning = label("reach.serve.exposed", lang, host=args.host, port=args.port, what=what)
        print(warning, file=sys.stderr)
    print(label("reach.serve.open", lang, url=url, root=ctx.root.resolve()), file=sys.stderr)

    from textual_serve.server import Server

    server = Server(command, host=args.host, port=args.port, title="ggp-tracker", public_url=url)
    try:
        server.serve()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        message = label("reach.serve.failed", lang, host=args.host, port=args.port, reason=reason)
        print(message, file=sys.stderr)
        return 1
    return 0
