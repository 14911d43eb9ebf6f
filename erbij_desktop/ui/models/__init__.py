"""Qt item models over the domain's plain rows (contributions, per-table counts).

Views never get a widget per row: these models hand rows to QTreeView/QListView,
and update only the rows that changed (an event can hold 10,000 contributions).
"""
