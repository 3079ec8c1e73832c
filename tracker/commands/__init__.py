"""One module per command: `register(subparsers, common)` and `run(args, ctx) -> int`."""
