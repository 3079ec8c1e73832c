"""ggp-tracker: follow the ontwikkelagenda gebiedsgebonden politiezorg (GGP)."""

__version__ = "0.1.0"
