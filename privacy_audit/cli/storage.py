"""Subcommands over saved audits: save, audits, export, delete, wipe.

NAME arguments are audit names (case-insensitive); ``delete`` also takes the id that
``audits`` shows for a damaged file. Without a secure keyring, the passphrase comes from
``HUELLA_PASSPHRASE`` or, in a terminal, a prompt: never from a command-line argument.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from privacy_audit.cli import add_lang
from privacy_audit.errors import UserError
from privacy_audit.files import write_atomic
from privacy_audit.scoring.answers import load_answers_file
from privacy_audit.storage import (
    AuditInfo,
    AuditNotFoundError,
    AuditStore,
    DuplicateNameError,
    KeyStatus,
    LockedError,
    NoSecureKeyringError,
    StorageError,
    keys,
    wipe_everything,
)
from privacy_audit.text import Catalog

PASSPHRASE_ENV = "HUELLA_PASSPHRASE"

TEXT: dict[str, dict[str, str]] = {
    "ask": {"en": "Huella passphrase: ", "es": "Frase de contraseña de Huella: "},
    "ask_new": {
        "en": "There is no secure keyring here. Choose a passphrase for your saved audits: ",
        "es": "Aquí no hay un llavero seguro. Elija una frase de contraseña para sus "
        "auditorías guardadas: ",
    },
    "ask_again": {"en": "Type it again: ", "es": "Escríbala otra vez: "},
    "mismatch": {
        "en": "The two passphrases are different; nothing was saved.",
        "es": "Las dos frases de contraseña son distintas; no se guardó nada.",
    },
    "hint": {
        "en": "(Set the environment variable HUELLA_PASSPHRASE, or run this in a terminal.)",
        "es": "(Defina la variable de entorno HUELLA_PASSPHRASE, o ejecute esto en una terminal.)",
    },
    "saved": {"en": 'Saved "{name}" (encrypted).', "es": 'Se guardó "{name}" (cifrado).'},
    "replace": {
        "en": "add --replace to overwrite it",
        "es": "agregue --replace para sobrescribirla",
    },
    "none": {"en": "No saved audits.", "es": "No hay auditorías guardadas."},
    "modified": {"en": "changed", "es": "cambiada"},
    "damaged": {"en": "DAMAGED", "es": "DAÑADA"},
    "exported": {
        "en": 'Wrote the answers of "{name}" to {path} (not encrypted).',
        "es": 'Se escribieron las respuestas de "{name}" en {path} (sin cifrar).',
    },
    "dropped_one": {
        "en": "Note: 1 saved answer is for a question no longer in Huella and was left out: {ids}",
        "es": "Nota: 1 respuesta guardada es de una pregunta que ya no está en Huella y se dejó "
        "fuera: {ids}",
    },
    "dropped_other": {
        "en": "Note: {n} saved answers are for questions no longer in Huella and were left "
        "out: {ids}",
        "es": "Nota: {n} respuestas guardadas son de preguntas que ya no están en Huella y "
        "se dejaron fuera: {ids}",
    },
    "exists": {
        "en": "{path}: already exists; add --force to overwrite it",
        "es": "{path}: ya existe; agregue --force para sobrescribirlo",
    },
    "deleted": {"en": 'Deleted "{name}".', "es": 'Se borró "{name}".'},
    "confirm": {
        "en": "This deletes every saved audit, backup, setting and cache of Huella, and its key "
        "in the keyring. Type yes to go on: ",
        "es": "Esto borra todas las auditorías guardadas, copias de respaldo, ajustes y caché de "
        "Huella, y su clave en el llavero. Escriba sí para continuar: ",
    },
    "need_yes": {
        "en": "wipe deletes everything Huella saved; add --yes to confirm",
        "es": "wipe borra todo lo que Huella guardó; agregue --yes para confirmar",
    },
    "cancelled": {"en": "Nothing was deleted.", "es": "No se borró nada."},
    "wiped": {
        "en": "Deleted everything: {dirs}, {files}; keyring entry: {keyring}.",
        "es": "Se borró todo: {dirs}, {files}; clave del llavero: {keyring}.",
    },
    "wiped_part": {
        "en": "Deleted {dirs}, {files}; keyring entry: {keyring}.",
        "es": "Se borraron {dirs}, {files}; clave del llavero: {keyring}.",
    },
    "folders_one": {"en": "1 folder", "es": "1 carpeta"},
    "folders_other": {"en": "{n} folders", "es": "{n} carpetas"},
    "files_one": {"en": "1 file", "es": "1 archivo"},
    "files_other": {"en": "{n} files", "es": "{n} archivos"},
    "recent_one": {
        "en": "Removed 1 entry of Huella from the list of recently used files.",
        "es": "Se quitó 1 entrada de Huella de la lista de archivos usados recientemente.",
    },
    "recent_other": {
        "en": "Removed {n} entries of Huella from the list of recently used files.",
        "es": "Se quitaron {n} entradas de Huella de la lista de archivos usados recientemente.",
    },
    "yes": {"en": "removed", "es": "borrada"},
    "no": {"en": "none was there", "es": "no había"},
    "unknown": {"en": "not reached", "es": "no se pudo comprobar"},
    "wipe_failed": {
        "en": "Not everything could be deleted:",
        "es": "No se pudo borrar todo:",
    },
}


_t = Catalog(TEXT)


Handler = Callable[[argparse.Namespace], int]


def _localized(func: Handler) -> Handler:
    """Storage errors in the command's language (the CLI prints a UserError as one line)."""

    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except StorageError as exc:
            raise UserError(exc.message(args.lang)) from None

    return wrapper


def save(p: argparse.ArgumentParser) -> None:
    """``save``: save an answers file as an encrypted audit."""
    p.add_argument("answers", type=Path, metavar="ANSWERS.json")
    p.add_argument("--name", required=True, help="the audit's name (unique)")
    p.add_argument("--replace", action="store_true", help="overwrite an audit with this name")
    add_lang(p)
    p.set_defaults(func=cmd_save)


def audits(p: argparse.ArgumentParser) -> None:
    """``audits``: list saved audits."""
    p.add_argument("--json", action="store_true", help="print JSON")
    add_lang(p)
    p.set_defaults(func=cmd_audits)


def export(p: argparse.ArgumentParser) -> None:
    """``export``: write a saved audit's answers to a (plain) JSON file."""
    p.add_argument("name", metavar="NAME")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ANSWERS.json",
                   help="where to write ('-' for standard output)")  # fmt: skip
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    add_lang(p)
    p.set_defaults(func=cmd_export)


def delete(p: argparse.ArgumentParser) -> None:
    """``delete``: delete a saved audit and its backup."""
    p.add_argument("name", metavar="NAME", help="the audit's name (or the id of a damaged one)")
    add_lang(p)
    p.set_defaults(func=cmd_delete)


def wipe(p: argparse.ArgumentParser) -> None:
    """``wipe``: delete everything Huella saved, and its keyring entry."""
    p.add_argument("--yes", action="store_true", help="confirm without asking")
    add_lang(p)
    p.set_defaults(func=cmd_wipe)


def _passphrase(lang: str, *, new: bool) -> str | None:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(_t("ask_new" if new else "ask", lang))
    if new and getpass.getpass(_t("ask_again", lang)) != first:
        raise UserError(_t("mismatch", lang))
    return first


def open_store(lang: str, *, for_write: bool) -> AuditStore:
    """An :class:`AuditStore` ready to use: unlocked with the passphrase if one is needed."""
    store = AuditStore()
    status = store.key_status()
    if status is KeyStatus.PASSPHRASE_NEEDED or (status is KeyStatus.PASSPHRASE_NEW and for_write):
        new = status is KeyStatus.PASSPHRASE_NEW
        pw = _passphrase(lang, new=new)
        if pw is None:
            problem: StorageError = (
                NoSecureKeyringError(backend=keys.backend_problem() or "none")
                if new
                else LockedError()
            )
            raise UserError(f"{problem.message(lang)} {_t('hint', lang)}")
        if new:
            store.set_passphrase(pw)
        else:
            store.unlock_with_passphrase(pw)
    return store


@_localized
def cmd_save(args: argparse.Namespace) -> int:
    from privacy_audit.updates.state import content_in_use

    answers = load_answers_file(args.answers, content_in_use())
    store = open_store(args.lang, for_write=True)
    try:
        info = store.save(args.name, answers, lang=args.lang, replace=args.replace)
    except DuplicateNameError as exc:
        raise UserError(f"{exc.message(args.lang)} ({_t('replace', args.lang)})") from None
    print(_t("saved", args.lang, name=info.name))
    return 0


def _info_json(info: AuditInfo, lang: str) -> dict[str, Any]:
    return {
        "id": info.id,
        "name": info.name if not info.damaged else None,
        "created": info.created.isoformat() if info.created else None,
        "modified": info.modified.isoformat() if info.modified else None,
        "damaged": info.damaged,
        "message": info.message_in(lang) or None,
        "has_backup": info.has_backup,
        "file": str(info.path),
    }


@_localized
def cmd_audits(args: argparse.Namespace) -> int:
    infos = open_store(args.lang, for_write=False).list_audits()
    if args.json:
        data = {"audits": [_info_json(i, args.lang) for i in infos]}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not infos:
        print(_t("none", args.lang))
    for info in infos:
        if info.damaged:
            print(f"[{_t('damaged', args.lang)}] {info.id}: {info.message_in(args.lang)}")
        else:
            assert info.modified is not None
            when = info.modified.astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"{info.name}  ({_t('modified', args.lang)} {when})")
    return 0


@_localized
def cmd_export(args: argparse.Namespace) -> int:
    store = open_store(args.lang, for_write=False)
    saved = store.load(store.find(args.name).id)
    text = json.dumps(saved.answers.to_json(), ensure_ascii=False, indent=2) + "\n"
    if saved.dropped:
        ids = ", ".join(saved.dropped)
        print(_t.n("dropped", len(saved.dropped), args.lang, ids=ids), file=sys.stderr)
    if str(args.output) == "-":
        sys.stdout.write(text)
        return 0
    out: Path = args.output
    if out.exists() and not args.force:
        raise UserError(_t("exists", args.lang, path=out))
    try:
        write_atomic(out, text.encode("utf-8"))
    except OSError as exc:
        raise UserError(f"{out}: {exc.strerror or exc}") from None
    print(_t("exported", args.lang, name=saved.info.name, path=out))
    return 0


@_localized
def cmd_delete(args: argparse.Namespace) -> int:
    store = open_store(args.lang, for_write=False)
    try:
        info = store.find(args.name)
        audit_id, label = info.id, info.name
    except AuditNotFoundError:
        ids = {i.id for i in store.list_audits()}
        if args.name not in ids:
            raise
        audit_id, label = args.name, args.name
    store.delete(audit_id)
    print(_t("deleted", args.lang, name=label))
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    lang = args.lang
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(_t("need_yes", lang))
        reply = input(_t("confirm", lang)).strip().casefold()
        if reply not in ("yes", "sí", "si"):
            print(_t("cancelled", lang))
            return 1
    report = wipe_everything()
    if report.keyring_unreachable is not None:
        key = _t("unknown", lang)
    else:
        key = _t("yes" if report.keyring_entry_removed else "no", lang)
    counts = {
        "dirs": _t.n("folders", len(report.removed_dirs), lang),
        "files": _t.n("files", report.removed_files, lang),
        "keyring": key,
    }
    print(_t("wiped" if report.ok else "wiped_part", lang, **counts))
    if report.recent_entries_removed:
        print(_t.n("recent", report.recent_entries_removed, lang))
    if not report.ok:
        print(_t("wipe_failed", lang), file=sys.stderr)
        for line in report.problems(lang, technical=True):
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0
