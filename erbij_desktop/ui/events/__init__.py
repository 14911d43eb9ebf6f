"""Events as a whole: the list, the first-run screen, creating/deleting/exporting, the open workspace."""
