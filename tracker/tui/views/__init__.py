"""The terminal UI's views."""
