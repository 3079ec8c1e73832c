"""The terminal UI's widgets."""
