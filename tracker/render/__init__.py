"""Renderers: views of a State as tables and documents."""
