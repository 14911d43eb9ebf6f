"""What the facilitator sees when something goes wrong, and the ways on.

* ``startup``: opening the database with a dialog for damaged, foreign, newer,
  locked or read-only files (open the latest backup, choose another file, retry);
* ``reporter``: the ``sys.excepthook`` that turns an uncaught exception into a
  calm dialog plus a log entry, keeping the app running;
* ``storage_dialog`` / ``unexpected_dialog`` / ``texts``: the dialogs and their words.
"""
