"""The network addresses this machine has, so the facilitator can pick the one the room reaches.

The server binds to exactly one address (never "all interfaces"): the venue's
Wi-Fi, the laptop's own hotspot, or loopback for a try-out. Only IPv4: phones
type or scan ``http://192.168.x.y:port/…`` links, and every hotspot hands out
IPv4 addresses. On Linux the addresses are read per interface (``SIOCGIFADDR``);
elsewhere from the host name, which names no interface.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import sys
from dataclasses import dataclass

_SIOCGIFADDR = 0x8915


@dataclass(frozen=True)
class Interface:
    name: str  # "wlan0", "lo"; "" where the system does not tell
    address: str  # "192.168.1.20"


def list_interfaces() -> list[Interface]:
    """IPv4 addresses of this machine, one per interface, loopback last."""
    found = _linux_interfaces() if sys.platform.startswith("linux") else _host_interfaces()
    if not any(ipaddress.ip_address(i.address).is_loopback for i in found):
        found.append(Interface("lo", "127.0.0.1"))
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda i: (ipaddress.ip_address(i.address).is_loopback, i.name, i.address))


def _linux_interfaces() -> list[Interface]:
    import fcntl

    found: list[Interface] = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            with contextlib.suppress(OSError):  # an interface without an IPv4 address
                answer = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, request)
                found.append(Interface(name, socket.inet_ntoa(answer[20:24])))
    return found


def _host_interfaces() -> list[Interface]:
    found: list[Interface] = []
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(Interface("", str(info[4][0])))
    return found
