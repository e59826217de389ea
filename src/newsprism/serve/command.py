"""``newsprism serve``: the command-line side of the web UI, for ``cli.py`` to wire in.

Binding to anything but loopback publishes every stored report to the
network, with no login: allowed (a newsroom may want it on its LAN), but
said out loud on standard error.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path
from typing import TextIO

DEFAULT_DB = "newsprism.db"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsprism serve``: ``--db FILE --host ADDR --port N``."""
    parser.add_argument(
        "--db",
        default=DEFAULT_DB,
        metavar="FILE",
        help=f"the store to show (default: {DEFAULT_DB})",
    )
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        metavar="ADDR",
        help=f"address to listen on (default: {DEFAULT_HOST}, this machine only)",
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        metavar="N",
        help=f"port (default: {DEFAULT_PORT})",
    )


def is_loopback(host: str) -> bool:
    """True for ``localhost``, ``127.x.x.x`` and ``::1``: only this machine can connect."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def run_serve(args: argparse.Namespace, err: TextIO | None = None) -> int:
    """Open the store named by ``--db`` and serve it until Ctrl-C; the exit status."""
    err = err or sys.stderr
    from newsprism.serve.app import serve
    from newsprism.store import Store, StoreError

    if not Path(args.db).exists():
        print(
            f"newsprism: error: no store at {args.db}; "
            "fill one with `newsprism add`, or name an existing one with --db FILE",
            file=err,
        )
        return 1
    if not is_loopback(args.host):
        print(
            f"newsprism: warning: listening on {args.host}: every report in {args.db} is visible "
            "to anyone who can reach this address, with no login. Use --host 127.0.0.1 to keep "
            "it on this machine.",
            file=err,
        )
    print(
        f"newsprism: serving {args.db} on http://{args.host}:{args.port}/ (Ctrl-C to stop)",
        file=err,
    )
    try:
        store = Store(args.db)
    except StoreError as exc:
        print(f"newsprism: error: {exc}", file=err)
        return 1
    with store:
        serve(store, host=args.host, port=args.port)
    return 0


def _port(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a port number, got {value!r}") from None
    if not 0 < number < 65536:
        raise argparse.ArgumentTypeError("a port is between 1 and 65535")
    return number
