"""Storage errors: each is one clear sentence, in English and Spanish, naming the file.

``str(error)`` is the English text (what the CLI prints); ``error.message(lang)`` gives the
same sentence in ``"en"`` or ``"es"`` for the desktop app.
"""

from __future__ import annotations

from typing import ClassVar

from privacy_audit.errors import UserError
from privacy_audit.text import Catalog

MESSAGES: dict[str, dict[str, str]] = {
    "damaged": {
        "en": "{path}: this saved audit is damaged or was changed, so it cannot be opened. "
        "You can keep it or delete it; your other audits are not affected.",
        "es": "{path}: esta auditoría guardada está dañada o fue modificada, así que no se "
        "puede abrir. Puede conservarla o borrarla; sus otras auditorías no se ven afectadas.",
    },
    "newer": {
        "en": "{path}: this saved audit was made by a newer version of Huella (or is damaged). "
        "Update Huella to open it, or delete it.",
        "es": "{path}: esta auditoría guardada la hizo una versión más nueva de Huella (o está "
        "dañada). Actualice Huella para abrirla, o bórrela.",
    },
    "other_key": {
        "en": "{path}: this saved audit was locked with a different key (for example before "
        '"Delete everything", or on another computer or user account), so it cannot be '
        "opened here. You can keep it or delete it.",
        "es": "{path}: esta auditoría guardada se cerró con otra clave (por ejemplo, antes de "
        '"Borrar todo", o en otra computadora o cuenta de usuario), así que no se puede abrir '
        "aquí. Puede conservarla o borrarla.",
    },
    "needs_keyring": {
        "en": "{path}: this saved audit is locked with a key kept in the system keyring, which "
        "is not available now. Unlock or start the keyring and try again.",
        "es": "{path}: esta auditoría guardada se cerró con una clave que está en el llavero del "
        "sistema, que ahora no está disponible. Desbloquee o inicie el llavero e intente de nuevo.",
    },
    "no_secure_keyring": {
        "en": "There is no secure system keyring here ({backend}), and Huella never saves an "
        "audit unprotected. Choose a passphrase, or use a private session, which saves nothing.",
        "es": "Aquí no hay un llavero seguro del sistema ({backend}), y Huella nunca guarda una "
        "auditoría sin protección. Elija una frase de contraseña, o use una sesión privada, que "
        "no guarda nada.",
    },
    "keyring_failed": {
        "en": "The system keyring did not give Huella its key ({detail}). Unlock the keyring and "
        "try again; nothing was changed.",
        "es": "El llavero del sistema no le dio a Huella su clave ({detail}). Desbloquee el "
        "llavero e intente de nuevo; no se cambió nada.",
    },
    "keyring_unreachable": {
        "en": "Huella could not reach the system keyring, so its key may still be there. "
        "Delete everything again from your desktop session, where the keyring is open.",
        "es": "Huella no pudo comunicarse con el llavero del sistema, así que su clave puede "
        "seguir ahí. Vuelva a borrar todo desde su sesión de escritorio, donde el llavero está "
        "abierto.",
    },
    "passphrase_file_damaged": {
        "en": "{path}: the passphrase file is damaged, so Huella cannot check your passphrase "
        "with it, and no saved audit could confirm it. If you have no saved audits, delete this "
        "file and choose a new passphrase.",
        "es": "{path}: el archivo de la frase de contraseña está dañado, así que Huella no puede "
        "comprobar su frase con él, y ninguna auditoría guardada pudo confirmarla. Si no tiene "
        "auditorías guardadas, borre este archivo y elija una frase nueva.",
    },
    "unreadable_folder": {
        "en": "{path}: Huella cannot read its saved audits folder ({detail}), so it cannot say "
        "which audits are there. Nothing was changed.",
        "es": "{path}: Huella no puede leer la carpeta de sus auditorías guardadas ({detail}), "
        "así que no puede decir qué auditorías hay. No se cambió nada.",
    },
    "locked": {
        "en": "Saved audits are protected by a passphrase; enter it first.",
        "es": "Las auditorías guardadas están protegidas con una frase de contraseña; "
        "escríbala primero.",
    },
    "wrong_passphrase": {
        "en": "That is not the passphrase your audits were saved with. Nothing was changed.",
        "es": "Esa no es la frase de contraseña con la que se guardaron sus auditorías. "
        "No se cambió nada.",
    },
    "bad_passphrase": {
        "en": "The passphrase holds bytes that are not valid text (UTF-8); type it again, or "
        "set HUELLA_PASSPHRASE in a UTF-8 terminal.",
        "es": "La frase de contraseña tiene bytes que no son texto válido (UTF-8); escríbala de "
        "nuevo, o defina HUELLA_PASSPHRASE en una terminal UTF-8.",
    },
    "passphrase_short": {
        "en": "A passphrase needs at least {n} characters.",
        "es": "Una frase de contraseña necesita al menos {n} caracteres.",
    },
    "passphrase_set": {
        "en": "A passphrase was already chosen on this computer; unlock with it instead.",
        "es": "Ya se eligió una frase de contraseña en esta computadora; úsela para desbloquear.",
    },
    "no_passphrase": {
        "en": "No passphrase has been chosen yet; choose one first.",
        "es": "Todavía no se eligió una frase de contraseña; elija una primero.",
    },
    "duplicate_name": {
        "en": 'An audit named "{name}" already exists; choose another name or replace it.',
        "es": 'Ya existe una auditoría llamada "{name}"; elija otro nombre o reemplácela.',
    },
    "not_found": {
        "en": 'There is no saved audit "{name}".',
        "es": 'No hay ninguna auditoría guardada "{name}".',
    },
    "not_found_damaged": {
        "en": 'There is no readable saved audit "{name}". Some saved audits are damaged and '
        "could not be read (damaged: {n}), so it may be one of them.",
        "es": 'No hay ninguna auditoría guardada legible "{name}". Algunas auditorías guardadas '
        "están dañadas y no se pudieron leer (dañadas: {n}), así que puede ser una de ellas.",
    },
    "bad_name": {
        "en": "An audit name needs 1 to {n} characters, and no line breaks, control characters "
        "or text-direction marks.",
        "es": "El nombre de una auditoría necesita de 1 a {n} caracteres, sin saltos de línea, "
        "caracteres de control ni marcas de dirección del texto.",
    },
    "bad_lang": {
        "en": 'Unknown language "{lang}" (use en or es).',
        "es": 'Idioma desconocido "{lang}" (use en o es).',
    },
    "io": {
        "en": "{path}: could not be written ({detail}). The previous version is unchanged.",
        "es": "{path}: no se pudo escribir ({detail}). La versión anterior no cambió.",
    },
    "no_backup": {
        "en": "{path}: there is no usable backup of this audit.",
        "es": "{path}: no hay una copia de respaldo utilizable de esta auditoría.",
    },
}


STORAGE_TEXT = Catalog(MESSAGES)


class StorageError(UserError):
    """Base of every storage error; ``key`` selects the sentence in :data:`MESSAGES`."""

    key: ClassVar[str] = "io"

    def __init__(self, **params: object) -> None:
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        """The sentence in *lang* (``"en"`` or ``"es"``; English for anything else)."""
        return STORAGE_TEXT(self.key, lang, **self.params)


class DamagedAuditError(StorageError):
    """A saved file failed to decrypt or authenticate (flipped byte, truncation, edit)."""

    key = "damaged"


class NewerFormatError(DamagedAuditError):
    """The file's format version is not one this Huella reads."""

    key = "newer"


class OtherKeyError(DamagedAuditError):
    """The file names a key other than the current one (wiped key, other computer)."""

    key = "other_key"


class NeedsKeyringError(StorageError):
    """The file is locked with the keyring key, but no secure keyring is available now."""

    key = "needs_keyring"


class NoSecureKeyringError(StorageError):
    """Only fail/null/plaintext keyring backends exist: ask for a passphrase instead."""

    key = "no_secure_keyring"


class KeyringFailedError(StorageError):
    """The keyring is there but refused (locked, dismissed prompt, D-Bus error)."""

    key = "keyring_failed"


class KeyringUnreachableError(StorageError):
    """Deleting the key: no secure keyring could be reached, so the key may still be there."""

    key = "keyring_unreachable"


class PassphraseFileDamagedError(StorageError):
    """The passphrase check file fails its checksum (or does not parse), and no passphrase-
    locked audit could tell whether the passphrase is right."""

    key = "passphrase_file_damaged"


class UnreadableFolderError(StorageError):
    """The audits folder exists but cannot be listed (permissions, I/O error)."""

    key = "unreadable_folder"


class LockedError(StorageError):
    """Passphrase mode, and no passphrase was entered yet in this store."""

    key = "locked"


class WrongPassphraseError(StorageError):
    key = "wrong_passphrase"


class InvalidPassphraseError(StorageError):
    key = "bad_passphrase"


class PassphraseTooShortError(StorageError):
    key = "passphrase_short"


class PassphraseAlreadySetError(StorageError):
    key = "passphrase_set"


class NoPassphraseError(StorageError):
    key = "no_passphrase"


class DuplicateNameError(StorageError):
    key = "duplicate_name"


class AuditNotFoundError(StorageError):
    key = "not_found"


class AuditNotFoundAmongDamagedError(AuditNotFoundError):
    """No readable audit has the name, but some audits are damaged (it may be one)."""

    key = "not_found_damaged"


class InvalidNameError(StorageError):
    key = "bad_name"


class InvalidLanguageError(StorageError):
    key = "bad_lang"


class StorageIOError(StorageError):
    """The disk refused (full, read-only, permissions)."""

    key = "io"


class NoBackupError(StorageError):
    key = "no_backup"
