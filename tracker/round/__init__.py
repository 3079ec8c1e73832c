"""The progress round: what each owner still owes before an LOVP meeting.

`model.build_round` derives it from a State (no I/O); `render` writes it as text,
Markdown (one mail per owner) and JSON; the terminal UI shows the same `Round`.
"""
