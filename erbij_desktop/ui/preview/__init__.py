"""The report preview: rendering off the UI thread, showing the pages, printing them."""
