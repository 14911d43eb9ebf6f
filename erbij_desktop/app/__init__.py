"""The application layer: one workspace per open event, between the domain and every front end.

Why a layer of its own rather than more domain code: the domain's operations
change rows in a session they are given and know nothing of who asked or
when. What has to be true across *all* of them lives here, once: one user
action is one transaction and one commit; every committed action is recorded
for undo from the rows it changed; every commit is announced on one change
feed that screens, the room's capture server and (later) other laptops all
read the same way. No Qt here: the GUI's adapter (``ui.events.context``) turns
the feed into signals, the CLI and the server use it as it is.
"""
