"""PDF documents built with ReportLab from an event's data: the article report,
the run sheet and the table cards. No Qt here (a test enforces it)."""
