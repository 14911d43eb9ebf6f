"""Small reusable widgets of the main window and the editors."""
