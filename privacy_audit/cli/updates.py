"""``privacy-audit pack ...`` (maintainers) and ``privacy-audit update`` (everyone).

The work is done by :mod:`privacy_audit.updates`; this module only reads arguments and
prints.

``update`` exits 0 when the guides were updated or already current, 2 with one clear line
when the update was refused (the content in use is then unchanged).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from privacy_audit.errors import UserError
from privacy_audit.updates.errors import UpdateError


def pack(p: argparse.ArgumentParser) -> None:
    """``pack keygen|build|sign|verify``: content packs, for maintainers."""
    p.description = "Content packs bring updated guides to Huella; see docs/content-updates.md."
    ps = p.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    p.set_defaults(func=_pack_actions)  # each action below sets its own handler
    k = ps.add_parser("keygen", help="make a signing key: DIR/NAME.pub and DIR/NAME.key")
    k.add_argument("dir", type=Path, metavar="DIR")
    k.add_argument("--name", default="pack-key", help="file name of the key (default: pack-key)")
    k.set_defaults(func=cmd_keygen)
    b = ps.add_parser("build", help="check a checks/ folder and write a signed pack")
    b.add_argument("checks", type=Path, metavar="CHECKS_DIR")
    b.add_argument("--version", type=int, required=True, metavar="N", help="e.g. 2026120601")
    b.add_argument(
        "--key",
        type=Path,
        action="append",
        required=True,
        metavar="PRIVATE_KEY",
        help="private key file (repeat to sign with several keys)",
    )
    b.add_argument("-o", "--output", type=Path, required=True, metavar="PACK_DIR")
    b.add_argument("--days", type=int, default=180, help="days until the pack expires (180)")
    b.set_defaults(func=cmd_build)
    s = ps.add_parser("sign", help="add a signature to a built pack (e.g. the offline key)")
    s.add_argument("pack", type=Path, metavar="PACK_DIR")
    s.add_argument("--key", type=Path, required=True, metavar="PRIVATE_KEY")
    s.set_defaults(func=cmd_sign)
    v = ps.add_parser("verify", help="check a pack folder as the app would")
    v.add_argument("pack", type=Path, metavar="PACK_DIR")
    v.add_argument("--trust", action="append", default=[], metavar="PUBLIC_KEY")
    v.set_defaults(func=cmd_verify)


def _pack_actions(args: argparse.Namespace) -> int:
    raise UserError("choose an action: pack keygen, build, sign or verify")


def update(u: argparse.ArgumentParser) -> None:
    """``update``: download, check and use the newest signed guides (only when run)."""
    u.description = (
        "Download the newest signed guides, check them, and use them. The server sees this "
        "computer's IP address and the address asked for; nothing about your answers."
    )
    u.add_argument("--url", help="address of the pack folder (default: Huella's own)")
    u.add_argument(
        "--trust",
        metavar="PUBLIC_KEY",
        help="also trust packs signed by this key (a file or the key line); asks first",
    )
    u.add_argument("--yes", action="store_true", help="agree to trust the --trust key")
    u.add_argument("--status", action="store_true", help="show the guides in use and the keys")
    u.add_argument("--untrust", metavar="KEY_ID", help="stop trusting a key you added")
    # For tests: shorter timeouts (every check still runs; there is no way to skip one).
    u.add_argument("--timeout", type=float, default=None, help=argparse.SUPPRESS)
    u.set_defaults(func=cmd_update)


def _out(line: str = "") -> None:
    print(line)


def cmd_keygen(args: argparse.Namespace) -> int:
    from privacy_audit.updates.keys import generate

    try:
        pub, key = generate(args.dir, args.name)
    except FileExistsError as exc:
        raise UpdateError("disk", detail=f"{exc} already exists; nothing was written") from None
    except OSError as exc:
        raise UpdateError("disk", detail=exc.strerror or str(exc)) from None
    _out(f"Public key:  {pub}  (publish it; add it to assets/keys/ to pin it)")
    _out(f"Private key: {key}  (keep it offline; whoever holds it can sign guides)")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from privacy_audit.updates.build import build_pack
    from privacy_audit.updates.keys import read_secret
    from privacy_audit.updates.state import bundled_release

    if args.version <= 0 or args.days <= 0:
        raise UpdateError("bad_manifest", detail="--version and --days must be positive")
    keys = [read_secret(k) for k in args.key]
    out = build_pack(args.checks, args.version, keys, args.output, days=args.days)
    _out(
        f"Built pack version {args.version} in {out}, signed by "
        + ", ".join(f"{k.name} ({k.public.key_id})" for k in keys)
    )
    bundled = bundled_release().version
    if args.version <= bundled:
        _out(
            f"Note: this Huella's bundled guides are version {bundled}; "
            "it (and anything newer) will refuse this pack as not newer."
        )
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from privacy_audit.updates.build import add_signature
    from privacy_audit.updates.keys import read_secret

    key = read_secret(args.key)
    try:
        add_signature(args.pack, key)
    except OSError as exc:
        raise UpdateError("disk", detail=exc.strerror or str(exc)) from None
    _out(f"Signed {args.pack} with {key.name} ({key.public.key_id}).")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from privacy_audit.updates.keys import read_public, trusted_keys
    from privacy_audit.updates.manifest import CONTENT
    from privacy_audit.updates.verify import FolderSource, verify

    extra = [read_public(k) for k in args.trust]
    pack = verify(FolderSource(args.pack), trusted_keys(extra), root=args.pack / CONTENT)
    m = pack.manifest
    signer = pack.signed.signer
    _out(
        f"OK: pack version {m.version}, created {m.created.date()}, expires {m.expires.date()}, "
        f"{len(m.files)} files, signed by {signer.name or signer.key_id} ({signer.key_id})."
    )
    if datetime.now(UTC) > m.expires:
        _out("Note: this pack has expired; Huella will not download it. Build a new one.")
    return 0


def _consent_to_key(key_spec: str, yes: bool) -> None:
    from privacy_audit.updates.keys import add_user_key, read_public, trusted_keys

    key = read_public(key_spec)
    if any(k.key_id == key.key_id for k in trusted_keys()):
        return
    print(
        f"Trust guides signed by key {key.key_id} ({key.name or 'no name'})? Only say yes if "
        "you know and trust the group that published it: Huella will show their guides as if "
        "they were its own.",
        file=sys.stderr,
    )
    if not yes:
        try:
            answer = input("Type 'yes' to trust it: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("yes", "y", "sí", "si", "s"):
            raise UpdateError("not_trusted")
    add_user_key(key)
    print(
        f"Key {key.key_id} is now trusted (remove it with --untrust {key.key_id}).", file=sys.stderr
    )


def cmd_status() -> int:
    from privacy_audit.updates.keys import pinned_keys, user_keys
    from privacy_audit.updates.state import high_water_mark, load_in_use

    _content, info = load_in_use()
    where = {"bundled": "built into Huella", "pack": "downloaded update"}.get(info.source)
    _out(f"Guides in use: version {info.version} ({info.date}), {where}.")
    if info.signer:
        _out(f"Signed by: {info.signer}")
    if info.expires:
        due = " (due for a refresh: check for updated guides)" if info.due() else ""
        _out(f"Refresh by: {info.expires[:10]}{due}")
    if info.problem:
        _out(f"The downloaded update is not in use: {info.problem}")
    _out(f"Highest version seen: {high_water_mark()} (older packs are refused)")
    _out("Trusted keys:")
    for k in pinned_keys():
        _out(f"  {k.key_id}  {k.name}  (Huella)")
    for k in user_keys():
        _out(f"  {k.key_id}  {k.name}  (added by you)")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    if args.status:
        return cmd_status()
    if args.untrust:
        from privacy_audit.updates.keys import remove_user_key

        key = remove_user_key(args.untrust)
        _out(f"Key {key.key_id} is no longer trusted.")
        return 0
    from privacy_audit.updates.fetch import DEFAULT_URL, Fetcher, Limits
    from privacy_audit.updates.keys import read_public
    from privacy_audit.updates.state import load_in_use
    from privacy_audit.updates.update import describe_changes, fetch_verified, keep

    if args.trust:
        _consent_to_key(args.trust, args.yes)
    extra = [read_public(args.trust)] if args.trust else []
    limits = Limits()
    if args.timeout:
        t = float(args.timeout)
        limits = Limits(connect_timeout=t, read_timeout=t, deadline=20 * t, backoff=t / 10)
    url = args.url or DEFAULT_URL
    with Fetcher(url, limits) as fetcher:
        print(
            f"Asking {fetcher.host} for updated guides (it sees this computer's IP address and "
            "the address asked for, nothing about your answers)...",
            file=sys.stderr,
        )
        outcome = fetch_verified(fetcher, extra_keys=extra)
    if outcome.status == "current":
        _out(f"The guides are up to date (version {outcome.version}).")
        return 0
    old, _info = load_in_use()
    describe_changes(outcome, old)
    keep(outcome)
    info = outcome.info
    assert info is not None
    _out(f"Updated the guides to version {info.version} ({info.date}), signed by {info.signer}.")
    if "clock" in outcome.warnings:
        _out("Note: this computer's clock seems to be wrong, so dates may look odd.")
    if outcome.changes is not None:
        for line in outcome.changes.lines("en"):
            _out(f"  {line}")
    return 0
