"""What the summary's builders group by: the kinds of item it tracks, and the keys of
the groups and rows that are not one opgave (the layout reads these keys too)."""

TRACKED = ("measure", "pilot")
# The group key of items that serve more than one opgave (not a valid opgave id).
SEVERAL = "*"
# The key of the overview's total row (not a valid opgave id either).
TOTAL = "="
