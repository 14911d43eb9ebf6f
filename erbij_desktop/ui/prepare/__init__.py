"""The Voorbereiden tab: editors for the event, its people, programme, rounds and tables."""
