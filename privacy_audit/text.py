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

    def n(self, key: str, count: int, lang: str = "en", /, **fmt: object) -> str:
        """The plural-aware message ``key_one`` or ``key_other`` for *count* (given as ``{n}``).

        English and Spanish both use the singular for exactly one.
        """
        return self(f"{key}_{'one' if count == 1 else 'other'}", lang, n=count, **fmt)

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
    "from_download": {"en": "from your data download", "es": "de su descarga de datos"},
    "out_of": {"en": "{score} out of 100", "es": "{score} de 100"},
    "by_tier": {
        "en": "Who could get your data, and how",
        "es": "Quién podría obtener sus datos, y cómo",
    },
    "by_platform": {"en": "By platform", "es": "Por plataforma"},
    "points": {"en": "points", "es": "puntos"},
    "nothing_here": {"en": "(nothing here)", "es": "(nada aquí)"},
    "unsure_flag": {"en": "not sure — please check", "es": "no está seguro/a — revíselo"},
    "unanswered_one": {
        "en": "1 question left unanswered; it is not counted.",
        "es": "1 pregunta sin responder; no se cuenta.",
    },
    "unanswered_other": {
        "en": "{n} questions left unanswered; they are not counted.",
        "es": "{n} preguntas sin responder; no se cuentan.",
    },
    "unsure_count_one": {
        "en": "1 answer was “not sure”; it is counted as if exposed.",
        "es": "1 respuesta fue «no estoy seguro/a»; se cuenta como expuesta.",
    },
    "unsure_count_other": {
        "en": "{n} answers were “not sure”; they are counted as if exposed.",
        "es": "{n} respuestas fueron «no estoy seguro/a»; se cuentan como expuestas.",
    },
    "scale_meaning": {
        "en": "The score adds up what could be learned about you, counting most what needs "
        "no judge. 100 is the top of the scale, for someone whose many accounts are all fully "
        "open. It is not a chance that something will happen.",
        "es": "La puntuación suma lo que se podría saber de usted, y cuenta más lo que no "
        "necesita un juez. 100 es el máximo de la escala, para alguien con muchas cuentas "
        "totalmente abiertas. No es la probabilidad de que algo pase.",
    },
    "no_band": {
        "en": "Not enough answers yet to give a level.",
        "es": "Todavía no hay suficientes respuestas para dar un nivel.",
    },
    "no_answers": {
        "en": "Choose the apps you use and answer their questions.",
        "es": "Elija las aplicaciones que usa y responda sus preguntas.",
    },
    "gap": {
        "en": "{platform}: {answered} of {needed} answers needed",
        "es": "{platform}: {answered} de {needed} respuestas necesarias",
    },
    "step_score": {
        "en": "your score: {before} → {after}",
        "es": "su puntuación: {before} → {after}",
    },
    "under_one_point": {"en": "(less than 1 point)", "es": "(menos de 1 punto)"},
    "step_alone": {
        "en": "(this step alone: {alone})",
        "es": "(solo este paso: {alone})",
    },
    "moves_no_judge_one": {
        "en": "1 thing no one could get any more without a judge: {labels}",
        "es": "1 cosa que ya nadie podría obtener sin un juez: {labels}",
    },
    "moves_no_judge_other": {
        "en": "{n} things no one could get any more without a judge: {labels}",
        "es": "{n} cosas que ya nadie podría obtener sin un juez: {labels}",
    },
    "moves_gone_one": {
        "en": "1 thing no longer there to get: {labels}",
        "es": "1 cosa que ya no se podría obtener: {labels}",
    },
    "moves_gone_other": {
        "en": "{n} things no longer there to get: {labels}",
        "es": "{n} cosas que ya no se podrían obtener: {labels}",
    },
    "moves_harder_one": {
        "en": "1 thing harder to get: {labels}",
        "es": "1 cosa más difícil de obtener: {labels}",
    },
    "moves_harder_other": {
        "en": "{n} things harder to get: {labels}",
        "es": "{n} cosas más difíciles de obtener: {labels}",
    },
    "change_line": {
        "en": "{label}: from “{before}” to “{after}”",
        "es": "{label}: de «{before}» a «{after}»",
    },
    "change_gone": {"en": "no longer there", "es": "ya no está"},
    "caution": {
        "en": "Before you delete anything: if you have an immigration or court case, or got a "
        "notice, ask a free legal-help provider first.",
        "es": "Antes de borrar algo: si tiene un caso de inmigración o ante un tribunal, o "
        "recibió un aviso, consulte primero con un servicio de ayuda legal gratuita.",
    },
    "other_phone": {
        "en": "for {phone}",
        "es": "para {phone}",
    },
    "phone_iphone": {"en": "iPhone", "es": "iPhone"},
    "phone_android": {"en": "Android", "es": "Android"},
    "checked_against": {
        "en": "Last checked against a guide from {year}; the app's menus may have changed since.",
        "es": "Revisado por última vez con una guía de {year}; los menús de la aplicación pueden "
        "haber cambiado desde entonces.",
    },
    "staircase": {
        "en": "Your score, step by step",
        "es": "Su puntuación, paso a paso",
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


def tn(key: str, n: int, lang: str = "en", **fmt: object) -> str:
    """The plural-aware message ``key_one`` / ``key_other`` for the count *n*.

    English and Spanish both use the singular for exactly one.
    """
    return t.n(key, n, lang, **fmt)


def effort_label(effort: int, lang: str) -> str:
    return t(f"effort_{max(1, min(3, effort))}", lang)
