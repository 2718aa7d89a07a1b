"""Why a content update was refused: one calm sentence, in English and Spanish.

``str(error)`` is the English sentence (what the command line prints); ``error.message(lang)``
gives it in ``"en"`` or ``"es"`` for the desktop app. Nothing is ever changed when one of these
is raised: the content in use stays as it was.
"""

from __future__ import annotations

from privacy_audit.errors import UserError
from privacy_audit.text import Catalog

KEEP = {
    "en": " Huella keeps using the guides it has.",
    "es": " Huella sigue usando las guías que tiene.",
}

MESSAGES: dict[str, dict[str, str]] = {
    "bad_signature": {
        "en": "The update is not signed by a key Huella trusts, so it was not used.",
        "es": "La actualización no está firmada con una clave de confianza para Huella, así "
        "que no se usó.",
    },
    "no_signature": {
        "en": "The update has no valid signature file, so it was not used.",
        "es": "La actualización no tiene un archivo de firma válido, así que no se usó.",
    },
    "bad_manifest": {
        "en": "The update's list of files is not valid ({detail}), so it was not used.",
        "es": "La lista de archivos de la actualización no es válida ({detail}), así que no "
        "se usó.",
    },
    "bad_file": {
        "en": "The file {path} in the update is not the one that was signed, so the update "
        "was not used.",
        "es": "El archivo {path} de la actualización no es el que se firmó, así que la "
        "actualización no se usó.",
    },
    "bad_content": {
        "en": "The update's guides did not pass Huella's checks ({detail}), so it was not used.",
        "es": "Las guías de la actualización no pasaron las revisiones de Huella ({detail}), "
        "así que no se usó.",
    },
    "older": {
        "en": "The update (version {version}) is older than the guides in use (version "
        "{current}), so it was not used.",
        "es": "La actualización (versión {version}) es más antigua que las guías en uso "
        "(versión {current}), así que no se usó.",
    },
    "expired": {
        "en": "The guides on the server were due to be replaced on {date} and no newer ones "
        "are there yet, so they were not used. You can try again later.",
        "es": "Las guías del servidor debían reemplazarse el {date} y todavía no hay otras más "
        "nuevas, así que no se usaron. Puede intentarlo más tarde.",
    },
    "http_status": {
        "en": "The server at {host} answered '{status}' for {name}, so nothing was downloaded.",
        "es": "El servidor {host} respondió '{status}' para {name}, así que no se descargó nada.",
    },
    "too_big": {
        "en": "The server at {host} sent more data than expected for {name}, so the download "
        "was stopped.",
        "es": "El servidor {host} envió más datos de lo esperado para {name}, así que se "
        "detuvo la descarga.",
    },
    "wrong_type": {
        "en": "The server at {host} sent a web page instead of the guides (perhaps a Wi-Fi "
        "sign-in page), so nothing was used.",
        "es": "El servidor {host} envió una página web en lugar de las guías (quizás una página "
        "para entrar a una red Wi-Fi), así que no se usó nada.",
    },
    "too_slow": {
        "en": "The server at {host} took too long to answer, so the download was stopped.",
        "es": "El servidor {host} tardó demasiado en responder, así que se detuvo la descarga.",
    },
    "no_connection": {
        "en": "Huella could not reach {host}. Check the internet connection (or the proxy) and "
        "try again.",
        "es": "Huella no pudo conectarse con {host}. Revise la conexión a internet (o el proxy) "
        "e intente de nuevo.",
    },
    "redirects": {
        "en": "The server at {host} sent Huella to too many other addresses, so the download "
        "was stopped.",
        "es": "El servidor {host} envió a Huella a demasiadas direcciones, así que se detuvo "
        "la descarga.",
    },
    "insecure_url": {
        "en": "Huella only downloads updates over a secure (https) connection; {url} is not one.",
        "es": "Huella solo descarga actualizaciones por una conexión segura (https); {url} no "
        "lo es.",
    },
    "cancelled": {
        "en": "The download was cancelled; nothing was changed.",
        "es": "Se canceló la descarga; no se cambió nada.",
    },
    "bad_key": {
        "en": "{which} is not a Huella public key (a line starting 'huella-ed25519-public').",
        "es": "{which} no es una clave pública de Huella (una línea que empieza con "
        "'huella-ed25519-public').",
    },
    "bad_key_text": {
        "en": "That is not a Huella public key: paste the line that starts with "
        "'huella-ed25519-public'.",
        "es": "Eso no es una clave pública de Huella: pegue la línea que empieza con "
        "'huella-ed25519-public'.",
    },
    "not_trusted": {
        "en": "The key was not trusted, so nothing was changed.",
        "es": "No se confió en la clave, así que no se cambió nada.",
    },
    "no_such_key": {
        "en": "No key {which} is in the list of keys you trust (see 'privacy-audit update "
        "--status').",
        "es": "La clave {which} no está en la lista de claves en las que confía (vea "
        "'privacy-audit update --status').",
    },
    "pinned_key": {
        "en": "{which} is one of Huella's own keys; it cannot be removed.",
        "es": "{which} es una de las claves propias de Huella; no se puede quitar.",
    },
    "no_pack": {
        "en": "{path} is not a content pack (it has no manifest.json).",
        "es": "{path} no es un paquete de contenido (no tiene manifest.json).",
    },
    "disk": {
        "en": "Huella could not write the update to this computer ({detail}); nothing was changed.",
        "es": "Huella no pudo guardar la actualización en esta computadora ({detail}); no se "
        "cambió nada.",
    },
}

UPDATE_TEXT = Catalog(MESSAGES)
KEEP_TEXT = Catalog({"keep": KEEP})

#: Refusals where the content in use stays: a note is added in the person's language.
_ADD_KEEP = frozenset(MESSAGES) - {
    "bad_key",
    "bad_key_text",
    "not_trusted",
    "no_such_key",
    "pinned_key",
    "no_pack",
}


class UpdateError(UserError):
    """A refused update or pack command; exit code 2, one line."""

    def __init__(self, reason: str, **params: object) -> None:
        self.key = reason
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        text = UPDATE_TEXT(self.key, lang, **self.params)
        if self.key in _ADD_KEEP and self.key != "cancelled":
            text += KEEP_TEXT("keep", lang)
        return text
