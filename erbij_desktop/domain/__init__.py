"""The domain: SQLAlchemy models of a praktijktafel and the operations that change them.

No Qt here (a test enforces it). Every public operation is one unit of work: it
validates its input, changes the session and commits, so whatever the UI shows
as saved is on disk.
"""
