"""Where Heed may send webhooks and alerts: to public addresses only, unless a development setting allows more.

A webhook URL is typed by an admin (a channel) or a platform (its callback), so it could name the machines
behind Heed: its database, its Redis, a cloud metadata service. Checked when saved, and again on every send on
the address the name resolves to then (a name may resolve elsewhere later); the send connects to the very
address it checked, so a second lookup cannot swap in another (DNS rebinding).
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings

# What an admin sees for any failed connection: which of refused, timed out or unroutable it was would let
# the deliveries page map what answers where.
UNREACHABLE = "could not deliver: target refused or unreachable"
REFUSED_ON_SAVE = "Give a public address: this one is on a private, loopback, link-local or reserved network."


class TargetRefused(Exception):
    """The target's host names an address Heed does not send to, or none at all."""


class Unresolvable(TargetRefused):
    """The target's host has no address (from here, now)."""


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 scope id ("fe80::1%eth0") is not an address
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    # is_global leaves out private, loopback, link-local, shared (CGNAT), reserved and unspecified ranges;
    # multicast addresses count as global, so they are named.
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int) -> str:
    """Resolve `host` once and return the address to connect to, if every address it has may be sent to."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as e:
        raise Unresolvable(f"cannot resolve {host!r}: {e}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
    if not addresses:
        raise Unresolvable(f"{host!r} has no address")
    if not settings.HEED_ALLOW_PRIVATE_TARGETS:
        # Every address, not only the first: a name answering with a public and a private address could
        # have the connection land on the private one.
        refused = [a for a in addresses if not is_public(a)]
        if refused:
            raise TargetRefused(f"{host!r} resolves to non-public {', '.join(refused)}")
    return addresses[0]


def refusal_on_save(url: str) -> str | None:
    """Why an http(s) target URL may not be saved, or None.

    A name that does not resolve from here is accepted: the web host's view of DNS may differ from the
    workers', and each send checks again.
    """
    if settings.HEED_ALLOW_PRIVATE_TARGETS:
        return None
    parts = urlsplit(url)
    if not parts.hostname:
        return None
    try:
        resolve(parts.hostname, default_port(url))
    except Unresolvable:
        return None
    except TargetRefused:
        return REFUSED_ON_SAVE
    return None


def default_port(url: str) -> int:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    return port or (443 if parts.scheme == "https" else 80)
