"""Signed content packs: the guides in ``checks/`` brought up to date over the network.

A pack is a folder of static files any web server can host::

    manifest.json        format, version, created, expires, size and SHA-256 of every file
    manifest.json.sig    one or more detached Ed25519 signatures of the manifest's bytes
    checks/...           the content, every file of a ``checks/`` folder (subfolders too)

Modules, from the leaves up: :mod:`.errors` (one clear sentence, English and Spanish),
:mod:`.keys` (key files, pinned and user-trusted keys, signatures), :mod:`.manifest`
(building and reading the manifest), :mod:`.verify` (the checks, in order: signature, then
each file, then the content), :mod:`.state` (the applied pack, the high-water mark, the
atomic swap, the content in use), :mod:`.fetch` (the only network code, with ``requests``),
:mod:`.changes` (what a new pack changes), :mod:`.update` (one update, start to end). The
commands are in :mod:`privacy_audit.cli.updates`.

Nothing here runs unless a person asks; nothing imports Qt. See docs/content-updates.md.
"""
