"""Live mode on the facilitator side: live state (controller), the Live panel and its wiring."""
