"""The room's capture server: table hosts send contributions from their own devices (issue 13)."""
