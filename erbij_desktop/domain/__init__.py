"""The domain: SQLAlchemy models of a praktijktafel and the operations that change them.

No Qt here (a test enforces it). Every public operation validates its input and
changes the session it is given, then flushes; it never commits. Whoever owns
the session makes it one transaction: the event's workspace for every change
from the GUI (so what the UI shows as saved is on disk), ``Database.transaction``
for the CLI, imports and tests.
"""
