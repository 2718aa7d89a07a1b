"""English and Spanish strings of the Qt-free core, and :class:`Catalog`, the one lookup.

Every en/es message table of the core is a :class:`Catalog`: this module's :data:`t` (CLI
text output, report model), ``report.strings.rt``, ``workshop.strings.wt``, the storage
errors and the storage commands. The desktop app's own strings go through Qt's translation
system (``assets/i18n/*.ts``); checklist texts live in ``checks/``. A test fails on any key
missing a language or with different placeholders in the two.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

LANGS = ("en", "es")


class Catalog:
    """A table of messages, each in every language of :data:`LANGS`.

    ``catalog(key, lang, **fmt)`` is the message in *lang* (English if *lang* is unknown,
    e.g. ``"both"``), with ``{placeholders}`` filled from *fmt*.
    """

    def __init__(self, messages: Mapping[str, Mapping[str, str]]) -> None:
        self.messages = messages

    def __call__(self, key: str, lang: str = "en", /, **fmt: object) -> str:
        entry = self.messages[key]
        text = entry.get(lang) or entry["en"]
        return text.format(**fmt) if fmt else text

    def __contains__(self, key: object) -> bool:
        return key in self.messages

    def problems(self) -> list[str]:
        """Keys missing a language, or whose languages differ in placeholders."""
        found = []
        for key, entry in self.messages.items():
            if any(not entry.get(lang, "").strip() for lang in LANGS):
                found.append(f"{key}: missing a language")
                continue
            fields = [
                {f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in LANGS
            ]
            if any(f != fields[0] for f in fields):
                found.append(f"{key}: placeholders differ between languages")
        return found


MESSAGES: dict[str, dict[str, str]] = {
    "overall": {"en": "Overall exposure score", "es": "Puntuación de exposición general"},
    "band": {"en": "Level", "es": "Nivel"},
    "out_of": {"en": "{score} out of 100", "es": "{score} de 100"},
    "by_tier": {
        "en": "Who could get your data, and how",
        "es": "Quién podría obtener sus datos, y cómo",
    },
    "by_platform": {"en": "By platform", "es": "Por plataforma"},
    "points": {"en": "points", "es": "puntos"},
    "nothing_here": {"en": "(nothing here)", "es": "(nada aquí)"},
    "unsure_flag": {"en": "not sure — please check", "es": "no está seguro/a — revíselo"},
    "unanswered": {
        "en": "{n} question(s) left unanswered; they are not counted.",
        "es": "{n} pregunta(s) sin responder; no se cuentan.",
    },
    "unsure_count": {
        "en": '{n} answer(s) were "not sure"; they are counted as if exposed.',
        "es": '{n} respuesta(s) fueron "no estoy seguro/a"; se cuentan como expuestas.',
    },
    "no_judge": {
        "en": "{pct}% of your score comes from data that needs no judge at all.",
        "es": "El {pct}% de su puntuación viene de datos que no necesitan ningún juez.",
    },
    "plan": {"en": "Your action plan", "es": "Su plan de acción"},
    "plan_empty": {
        "en": "No steps to suggest from these answers.",
        "es": "No hay pasos que sugerir con estas respuestas.",
    },
    "score_after": {
        "en": "score if done alone: {alone}; after steps 1-{n}: {cum}",
        "es": "puntuación si solo hace esto: {alone}; después de los pasos 1-{n}: {cum}",
    },
    "effort": {"en": "effort", "es": "esfuerzo"},
    "effort_1": {"en": "a few minutes", "es": "unos minutos"},
    "effort_2": {"en": "about half an hour", "es": "una media hora"},
    "effort_3": {"en": "longer", "es": "más tiempo"},
    "start_here": {
        "en": "Start with these three",
        "es": "Empiece con estos tres",
    },
    "legal_help": {"en": "Free legal help", "es": "Ayuda legal gratuita"},
    "sources": {"en": "Sources", "es": "Fuentes"},
    "verified": {"en": "last verified {date}", "es": "verificado por última vez el {date}"},
    "tiers": {"en": "The legal-process ladder", "es": "La escalera de procesos legales"},
    "who_signs": {"en": "Who signs it", "es": "Quién la firma"},
    "judge": {"en": "A judge?", "es": "¿Un juez?"},
    "must_comply": {"en": "Must the company comply?", "es": "¿La empresa debe cumplir?"},
    "told": {"en": "Are you likely to be told?", "es": "¿Es probable que le avisen?"},
    "items": {"en": "Data", "es": "Datos"},
    "actions": {"en": "What you can do", "es": "Lo que puede hacer"},
    "tier": {"en": "rung", "es": "escalón"},
    "notice": {"en": "Does the company tell you?", "es": "¿La empresa le avisa?"},
    "encryption": {"en": "Encryption", "es": "Cifrado"},
    "phone_steps": {"en": "On the phone app", "es": "En la aplicación del teléfono"},
    "web_steps": {"en": "On the website", "es": "En el sitio web"},
    "other_steps": {"en": "Steps", "es": "Pasos"},
    "unverified": {"en": "Not fully confirmed", "es": "No confirmado del todo"},
    "no_gui": {
        "en": "The desktop app could not start: {reason}. The command line still works: "
        "see 'privacy-audit --help'.",
        "es": "La aplicación de escritorio no pudo iniciarse: {reason}. La línea de comandos "
        "sigue funcionando: vea 'privacy-audit --help'.",
    },
}


#: The core's messages: ``t("overall", "es")``.
t = Catalog(MESSAGES)


def effort_label(effort: int, lang: str) -> str:
    return t(f"effort_{max(1, min(3, effort))}", lang)
