"""One update, from a URL to the content in use: what the command line and the app call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from privacy_audit.updates.state import (
    AlreadyCurrent,
    ContentInfo,
    apply,
    high_water_mark,
    pack_info,
    policy,
)

if TYPE_CHECKING:
    from privacy_audit.content import Content
    from privacy_audit.updates.changes import Changes
    from privacy_audit.updates.fetch import Fetcher
    from privacy_audit.updates.keys import PublicKey
    from privacy_audit.updates.verify import VerifiedPack


@dataclass
class Outcome:
    """``current``: nothing newer; ``ready``: verified, not yet applied; ``applied``."""

    status: str
    version: int
    pack: VerifiedPack | None = None
    changes: Changes | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def info(self) -> ContentInfo | None:
        return pack_info(self.pack) if self.pack is not None else None


def fetch_verified(
    fetcher: Fetcher,
    *,
    extra_keys: list[PublicKey] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Outcome:
    """Fetch and check the pack at *fetcher*'s URL; nothing is written.

    Raises :class:`~privacy_audit.updates.errors.UpdateError` when it is refused.
    """
    from privacy_audit.updates.keys import trusted_keys
    from privacy_audit.updates.verify import verify

    try:
        pack = verify(fetcher, trusted_keys(extra_keys), policy=policy, progress=progress)
    except AlreadyCurrent as exc:
        return Outcome("current", exc.version)
    return Outcome("ready", pack.manifest.version, pack, warnings=pack.warnings)


def describe_changes(outcome: Outcome, old: Content) -> None:
    from privacy_audit.updates.changes import compare

    if outcome.pack is not None:
        outcome.changes = compare(old, outcome.pack.content)


def keep(outcome: Outcome) -> Outcome:
    """Write a verified pack to this computer and make it the content in use."""
    if outcome.pack is not None and outcome.status == "ready":
        from dataclasses import replace

        from privacy_audit.updates.manifest import CONTENT

        folder = apply(outcome.pack)
        # The content now lives on disk: its root is the applied folder (as after a restart).
        outcome.pack.content = replace(outcome.pack.content, root=folder / CONTENT)
        outcome.status = "applied"
    return outcome


__all__ = ["Outcome", "describe_changes", "fetch_verified", "high_water_mark", "keep"]
