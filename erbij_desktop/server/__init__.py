"""The room's capture server (issue 13): table hosts write along from their own phone or laptop.

An aiohttp server in a thread of its own serves one page per table and a small
JSON API (``room_protocol.md`` in the notes is the contract; README "Tafels
schrijven mee"). Every accepted entry goes through the event's workspace, so
it is committed before the device hears "opgeslagen". No Qt here: the GUI and
the ``serve`` command run the same server.
"""
