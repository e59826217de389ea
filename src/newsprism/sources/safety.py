"""SSRF safety: which addresses newsprism may connect to, checked before every connection.

A URL's host is resolved once, *every* address it resolves to is checked, and
the connection then goes to the address that was checked (the fetcher puts
the IP in the request URL and sends the name in ``Host`` and TLS SNI), so a
DNS answer that changes between the check and the connection (DNS
rebinding) cannot slip a private address through. Numeric tricks need no
special parsing: ``2130706433``, ``0x7f.1``, ``017700000001`` and ``127.1``
all resolve to ``127.0.0.1`` and are refused as that address. IPv6 addresses
that embed an IPv4 one (``::ffff:127.0.0.1``, 6to4, NAT64) are judged by the
embedded address too.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]
"""Host and port to the IP addresses (as strings) a connection could go to."""

ALLOW_HINT = "pass --allow-private to fetch from your own network"
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_HOST_NAME = re.compile(
    r"(?=.{1,253}\.?$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63})*\.?"
)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a connection is not made, in words a user understands."""

    reason: str


@dataclass(frozen=True, slots=True)
class Target:
    """A checked destination: connect to ``ip``, but speak to ``host``."""

    host: str
    port: int
    ip: str


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``getaddrinfo`` gives for a TCP connection to ``host:port``."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in seen:
            seen.append(address)
    return seen


def numeric_addresses(host: str, port: int) -> list[str]:
    """The address a numeric host stands for (``2130706433`` → ``127.0.0.1``), else ``[]``.

    Parsed by the C library as a connection would parse it (inet_aton forms
    included), without any DNS query.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def address_problem(ip: IPAddress) -> str | None:
    """What makes ``ip`` unfit for an outside fetch (``"a loopback address"``), or None."""
    embedded = _embedded_ipv4(ip)
    if embedded is not None:
        problem = address_problem(embedded)
        return None if problem is None else f"{problem} ({embedded} inside an IPv6 address)"
    checks: tuple[tuple[bool, str], ...] = (
        (ip.is_unspecified, "the unspecified address (it means this machine)"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED, "a carrier-grade NAT address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_private, "a private address"),
        (not ip.is_global, "not a public address"),
    )
    for failed, words in checks:
        if failed:
            return words
    return None


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if any(ip in net for net in _NAT64):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.teredo is not None:
        return ip.teredo[1]
    return None


def is_localhost_name(host: str) -> bool:
    """``localhost``, ``localhost.`` and any ``*.localhost`` name (RFC 6761)."""
    name = host.lower().rstrip(".")
    return name == "localhost" or name.endswith(".localhost")


def check_host(
    host: str, port: int, *, allow_private: bool, resolver: Resolver = system_resolver
) -> Target | Refusal:
    """Resolve ``host`` and check every address; the target pins the first one.

    With ``allow_private`` the host is still resolved and pinned, but any
    address is accepted.
    """
    bare = host.strip("[]")
    if not bare:
        return Refusal("refused: the URL has no host name")
    numeric = numeric_addresses(bare, port)
    if not numeric and not _HOST_NAME.fullmatch(bare):
        return Refusal(f"refused: {host!r} is not a valid host name; check the URL")
    if is_localhost_name(bare) and not allow_private:
        return Refusal(f"refused: {host} names this machine; {ALLOW_HINT}")
    try:
        addresses = numeric or resolver(bare.rstrip(".") or bare, port)
    except (OSError, UnicodeError) as exc:
        return Refusal(f"cannot resolve host {host} ({_dns_words(exc)}); check the address")
    if not addresses:
        return Refusal(f"cannot resolve host {host} (no address); check the address")
    for address in addresses:
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return Refusal(f"refused: {host} resolved to {address!r}, which is not an IP address")
        problem = address_problem(ip)
        if problem is not None and not allow_private:
            shown = str(ip) if _same_address(bare, ip) else f"{host} resolves to {ip}, which"
            return Refusal(f"refused: {shown} is {problem}; {ALLOW_HINT}")
    return Target(host=bare, port=port, ip=addresses[0].split("%", 1)[0])


def _same_address(host: str, ip: IPAddress) -> bool:
    try:
        return ipaddress.ip_address(host) == ip
    except ValueError:
        return False


def _dns_words(exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
