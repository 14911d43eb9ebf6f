"""Vastleggen: capturing what every table says during a roundtable, from the keyboard."""
