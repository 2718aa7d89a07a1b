"""Why a download was refused: one sentence, in English and Spanish.

:class:`DownloadRefused` is a :class:`~privacy_audit.errors.UserError` (one line on the
command line, exit code 2); the app shows :meth:`DownloadRefused.message` in its language.
"""

from __future__ import annotations

from privacy_audit.errors import UserError
from privacy_audit.text import Catalog

__all__ = ["DownloadRefused", "refusal"]

_MSG: dict[str, dict[str, str]] = {
    "symlink": {
        "en": "{name} is a symbolic link; choose the download itself.",
        "es": "{name} es un enlace simbólico; elija la descarga misma.",
    },
    "special": {
        "en": "{name} is not a regular file or folder (a device or a pipe); choose the .zip "
        "file you downloaded.",
        "es": "{name} no es un archivo ni una carpeta normal (es un dispositivo o una tubería); "
        "elija el archivo .zip que descargó.",
    },
    "cannot_open": {
        "en": "{name} cannot be opened ({reason}).",
        "es": "No se puede abrir {name} ({reason}).",
    },
    "missing": {"en": "{name} does not exist.", "es": "{name} no existe."},
    "broken_link": {"en": "{name} is a broken link.", "es": "{name} es un enlace roto."},
    "traversal": {
        "en": "This archive contains a file name that points outside the archive ({entry}); "
        "it was not read, and a real data download never does this.",
        "es": "Este archivo comprimido tiene un nombre de archivo que apunta fuera de él "
        "({entry}); no se leyó, y una descarga de datos real nunca hace esto.",
    },
    "not_zip": {
        "en": "{name} is not a readable zip archive (it may be damaged or incomplete); "
        "download it again.",
        "es": "{name} no es un archivo .zip que se pueda leer (puede estar dañado o "
        "incompleto); descárguelo otra vez.",
    },
    "too_many": {
        "en": "This download holds more files than a data download would ({count}); it was "
        "not read.",
        "es": "Esta descarga tiene más archivos de los que tendría una descarga de datos "
        "({count}); no se leyó.",
    },
    "zip_symlink": {
        "en": "This archive contains a symbolic link; it was not read, and a real data "
        "download never does this.",
        "es": "Este archivo comprimido tiene un enlace simbólico; no se leyó, y una descarga "
        "de datos real nunca hace esto.",
    },
    "encrypted": {
        "en": "This archive is encrypted (protected with a password); Huella reads only the "
        "unencrypted .zip the platform sends.",
        "es": "Este archivo comprimido está cifrado (protegido con contraseña); Huella solo "
        "lee el .zip sin cifrar que envía la plataforma.",
    },
    "bomb_size": {
        "en": "This archive says it unpacks to more data than a download would hold (a "
        "possible zip bomb); it was not read.",
        "es": "Este archivo comprimido dice que al abrirse ocupa más de lo que tendría una "
        "descarga (posible bomba zip); no se leyó.",
    },
    "bomb_ratio": {
        "en": "This archive compresses far more than real data does (a possible zip bomb); "
        "it was not read.",
        "es": "Este archivo comprimido se comprime mucho más que los datos reales (posible "
        "bomba zip); no se leyó.",
    },
    "method": {
        "en": "This archive uses a compression method Huella cannot read; download it again "
        "from the platform.",
        "es": "Este archivo comprimido usa un método de compresión que Huella no puede leer; "
        "descárguelo otra vez de la plataforma.",
    },
    "damaged": {
        "en": "The archive is damaged (in {entry}); download it again.",
        "es": "El archivo comprimido está dañado (en {entry}); descárguelo otra vez.",
    },
    "folder_symlink": {
        "en": "The folder contains a symbolic link ({entry}); it was not read. Choose the "
        ".zip file you downloaded instead.",
        "es": "La carpeta tiene un enlace simbólico ({entry}); no se leyó. Elija mejor el "
        "archivo .zip que descargó.",
    },
    "folder_special": {
        "en": "The folder contains a device or a pipe ({entry}); it was not read. Choose the "
        ".zip file you downloaded instead.",
        "es": "La carpeta tiene un dispositivo o una tubería ({entry}); no se leyó. Elija "
        "mejor el archivo .zip que descargó.",
    },
    "folder_too_big": {
        "en": "This folder holds more than a data download would; it was not read.",
        "es": "Esta carpeta tiene más de lo que tendría una descarga de datos; no se leyó.",
    },
    "too_large": {
        "en": "{name} is larger than any export file Huella reads.",
        "es": "{name} es más grande que cualquier archivo de descarga que Huella lee.",
    },
    "not_download_file": {
        "en": "{name} is not a data download: choose the .zip file (or the folder you "
        "unzipped it to) from Facebook, Instagram, Google, X or TikTok, or a Timeline .json "
        "file.",
        "es": "{name} no es una descarga de datos: elija el archivo .zip (o la carpeta donde "
        "lo descomprimió) de Facebook, Instagram, Google, X o TikTok, o un archivo .json de "
        "Cronología.",
    },
    "not_download": {
        "en": "This does not look like a data download from Facebook, Instagram, Google, X or "
        "TikTok; choose the .zip file the platform sent (or the folder you unzipped it to).",
        "es": "Esto no parece una descarga de datos de Facebook, Instagram, Google, X o "
        "TikTok; elija el archivo .zip que envió la plataforma (o la carpeta donde lo "
        "descomprimió).",
    },
    "html": {
        "en": "This {platform} download is in HTML, which Huella cannot read. {hint}",
        "es": "Esta descarga de {platform} está en HTML, que Huella no puede leer. {hint}",
    },
    "incomplete": {
        "en": "This looks like a {platform} download, but it holds none of the files Huella "
        "reads; it may be incomplete (some downloads come in several parts).",
        "es": "Esto parece una descarga de {platform}, pero no tiene ninguno de los archivos "
        "que Huella lee; puede estar incompleta (algunas descargas vienen en varias partes).",
    },
    "too_deep": {
        "en": "This download holds a file too large or too deeply nested to read safely; "
        "nothing was kept.",
        "es": "Esta descarga tiene un archivo demasiado grande o anidado para leerlo con "
        "seguridad; no se guardó nada.",
    },
    "unreadable": {
        "en": "The download could not be read ({reason}).",
        "es": "No se pudo leer la descarga ({reason}).",
    },
}

refusal = Catalog(_MSG)


class DownloadRefused(UserError):
    """The file is not a data download Huella can read safely: one sentence, exit code 2.

    Parameters ending in ``_en`` / ``_es`` are used in that language only (``hint_en`` fills
    ``{hint}`` in English).
    """

    def __init__(self, key: str, **params: str | int) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        lang = lang if lang in ("en", "es") else "en"
        fmt: dict[str, object] = {}
        for k, v in self.params.items():
            if k.endswith(("_en", "_es")):
                if k.endswith("_" + lang):
                    fmt[k[:-3]] = v
            else:
                fmt[k] = v
        return refusal(self.key, lang, **fmt)
