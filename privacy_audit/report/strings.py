"""English and Spanish strings of the printed report and the workshop worksheet.

Kept beside the report (not in ``privacy_audit/text.py``) so the report can grow without
touching a shared file; shared words (score, level, tiers, legal help) come from ``text.t``.
A test fails on any key missing a language.
"""

from __future__ import annotations

from privacy_audit.text import Catalog

REPORT_MESSAGES: dict[str, dict[str, str]] = {
    # -- the report ---------------------------------------------------------------------
    "report_title": {"en": "Huella — Privacy report", "es": "Huella — Informe de privacidad"},
    "safe_title": {
        "en": "Huella — Privacy steps checklist",
        "es": "Huella — Lista de pasos de privacidad",
    },
    "safe_intro": {
        "en": "Tick each box when you have done the step. This page does not show a score, "
        "your answers or what was found.",
        "es": "Marque cada casilla cuando haya hecho el paso. Esta hoja no muestra una "
        "puntuación, sus respuestas ni lo que se encontró.",
    },
    "date": {"en": "Date", "es": "Fecha"},
    "guides": {"en": "Guides version", "es": "Versión de las guías"},
    "language": {"en": "Language", "es": "Idioma"},
    "lang_en": {"en": "English", "es": "inglés"},
    "lang_es": {"en": "Spanish", "es": "español"},
    "lang_both": {"en": "English and Spanish", "es": "inglés y español"},
    "prepared_for": {"en": "Prepared for", "es": "Preparado para"},
    "notes": {"en": "Notes", "es": "Notas"},
    "no_identifying": {
        "en": "This report shows no names, usernames or contacts.",
        "es": "Este informe no muestra nombres, nombres de usuario ni contactos.",
    },
    "summary": {"en": "Your score", "es": "Su puntuación"},
    "what_if": {"en": "If you follow the plan", "es": "Si sigue el plan"},
    "what_if_all": {
        "en": "If you do every step of the plan, your score could go from {before} to {after} "
        "out of 100 (level: {band}).",
        "es": "Si hace todos los pasos del plan, su puntuación podría bajar de {before} a "
        "{after} de 100 (nivel: {band}).",
    },
    "what_if_three": {
        "en": "After just the first three steps: {score} out of 100.",
        "es": "Solo con los tres primeros pasos: {score} de 100.",
    },
    "what_if_none": {
        "en": "There are no steps to suggest from your answers.",
        "es": "No hay pasos que sugerir con sus respuestas.",
    },
    "ladder_intro": {
        "en": "Each piece of your information sits on one rung: the lowest kind of legal "
        "process that could get it. The lower the rung, the easier it is to get — and the "
        "first three rungs need no judge at all.",
        "es": "Cada dato suyo está en un escalón: el tipo de proceso legal más bajo que "
        "podría obtenerlo. Cuanto más bajo el escalón, más fácil es obtenerlo — y los tres "
        "primeros escalones no necesitan ningún juez.",
    },
    "admin_note": {
        "en": "An administrative subpoena is not a court order: no judge signs it, and a "
        "company need not comply unless a federal court orders it.",
        "es": "Una citación administrativa no es una orden judicial: ningún juez la firma, y "
        "una empresa no tiene que cumplirla a menos que un tribunal federal lo ordene.",
    },
    "rung_n": {"en": "Rung {n}", "es": "Escalón {n}"},
    "no_judge_tag": {"en": "no judge", "es": "sin juez"},
    "judge_tag": {"en": "a judge", "es": "con juez"},
    "your_data_here": {
        "en": "Your information on this rung",
        "es": "Su información en este escalón",
    },
    "findings": {"en": "What was found, by platform", "es": "Lo que se encontró, por plataforma"},
    "answered_of": {
        "en": "{answered} of {questions} questions answered",
        "es": "{answered} de {questions} preguntas respondidas",
    },
    "no_findings": {
        "en": "Nothing from your answers is exposed here.",
        "es": "Nada de sus respuestas queda expuesto aquí.",
    },
    "could_be_obtained": {"en": "Could be obtained with", "es": "Se podría obtener con"},
    "your_answer": {"en": "Your answer", "es": "Su respuesta"},
    "plan_intro": {
        "en": "The quickest steps come first. Tick the box when you have done a step.",
        "es": "Primero van los pasos más rápidos. Marque la casilla cuando haya hecho un paso.",
    },
    "done": {"en": "done", "es": "hecho"},
    "step_n": {"en": "Step {n}", "es": "Paso {n}"},
    "why": {"en": "Why", "es": "Por qué"},
    "platform": {"en": "Platform", "es": "Plataforma"},
    "sources_intro": {
        "en": "Where these facts come from. Company rules change; each source shows when it "
        "was last checked.",
        "es": "De dónde vienen estos datos. Las reglas de las empresas cambian; cada fuente "
        "muestra cuándo se revisó por última vez.",
    },
    "not_legal_advice": {"en": "Not legal advice", "es": "No es asesoría legal"},
    "page_of": {"en": "Page {n} of {m}", "es": "Página {n} de {m}"},
    "wrote": {"en": "Wrote {path} ({pages} pages).", "es": "Se guardó {path} ({pages} páginas)."},
    "wrote_html": {"en": "Wrote {path}.", "es": "Se guardó {path}."},
    "not_written": {
        "en": "{path}: could not be written ({reason}). An earlier file with this name was "
        "left as it was.",
        "es": "{path}: no se pudo escribir ({reason}). Un archivo anterior con este nombre "
        "quedó como estaba.",
    },
    "no_pdf": {
        "en": "PDF output needs PySide6, which could not be loaded ({reason}). "
        "Use an -o name ending in .html to write the report as a web page instead.",
        "es": "Para crear un PDF hace falta PySide6, que no se pudo cargar ({reason}). "
        "Use un nombre -o que termine en .html para guardar el informe como página web.",
    },
    # -- the workshop worksheet ---------------------------------------------------------
    "ws_title": {
        "en": "Huella — Workshop worksheet",
        "es": "Huella — Hoja de trabajo para el taller",
    },
    "ws_intro": {
        "en": "Tick one box for each question. Skip any platform you do not use. Do not write "
        "your name on this paper. Nothing you mark here is collected: the paper is yours.",
        "es": "Marque una casilla en cada pregunta. Sáltese las plataformas que no usa. No "
        "escriba su nombre en esta hoja. Nada de lo que marque aquí se recoge: la hoja es suya.",
    },
    "ws_actions": {"en": "Steps you can take", "es": "Pasos que puede dar"},
    "ws_ladder": {
        "en": "The ladder: who could get your information, and how",
        "es": "La escalera: quién podría obtener su información, y cómo",
    },
    "ws_ladder_how": {
        "en": "After the checklist: for each answer you ticked, think about which rung it "
        "puts your information on. The steps under each platform move it to a higher rung "
        "or out of reach.",
        "es": "Después de la lista: por cada respuesta que marcó, piense en qué escalón pone "
        "su información. Los pasos de cada plataforma la suben de escalón o la dejan fuera "
        "de alcance.",
    },
    "rung": {"en": "Rung", "es": "Escalón"},
    "guide": {
        "en": "Facilitator guide (one page)",
        "es": "Guía para quien facilita (una página)",
    },
    "guide_before": {"en": "Before you start", "es": "Antes de empezar"},
    "guide_before_1": {
        "en": "Print one worksheet per person, in the language each person prefers.",
        "es": "Imprima una hoja por persona, en el idioma que cada quien prefiera.",
    },
    "guide_before_2": {
        "en": "Bring pens. No one needs a laptop or a phone to take part.",
        "es": "Traiga bolígrafos. Nadie necesita computadora ni teléfono para participar.",
    },
    "guide_say": {"en": "What to say", "es": "Qué decir"},
    "guide_say_1": {
        "en": '"This is about what companies keep and who could ask them for it. It is not '
        'about anything you did wrong."',
        "es": '"Esto trata de lo que guardan las empresas y de quién podría pedírselo. No '
        'trata de nada que usted haya hecho mal."',
    },
    "guide_say_2": {
        "en": '"Your answers stay on your paper. No one will collect them or ask you to '
        'read them aloud."',
        "es": '"Sus respuestas se quedan en su hoja. Nadie las va a recoger ni le va a pedir '
        'que las lea en voz alta."',
    },
    "guide_say_3": {
        "en": '"The lower the rung, the easier it is to get. The first three need no judge."',
        "es": '"Cuanto más bajo el escalón, más fácil es obtenerlo. Los tres primeros no '
        'necesitan juez."',
    },
    "guide_time": {"en": "Timings (about one hour)", "es": "Tiempos (alrededor de una hora)"},
    "guide_time_1": {
        "en": "5 min — welcome; nothing is collected; anyone may skip any question.",
        "es": "5 min — bienvenida; no se recoge nada; cada quien puede saltarse preguntas.",
    },
    "guide_time_2": {
        "en": "10 min — the ladder, with the table on the ladder page.",
        "es": "10 min — la escalera, con la tabla de la página de la escalera.",
    },
    "guide_time_3": {
        "en": "20 min — people tick the checklist on their own; help with words, not answers.",
        "es": "20 min — cada persona marca su lista; ayude con las palabras, no con las "
        "respuestas.",
    },
    "guide_time_4": {
        "en": "15 min — the steps under each platform; start with the quick ones.",
        "es": "15 min — los pasos de cada plataforma; empiece por los rápidos.",
    },
    "guide_time_5": {
        "en": "10 min — questions, and where to find free legal help.",
        "es": "10 min — preguntas, y dónde encontrar ayuda legal gratuita.",
    },
    "guide_remind": {"en": "Reminders", "es": "Recuerde"},
    "guide_remind_1": {
        "en": "Nothing is collected: no sign-in sheet with answers, no photos of papers.",
        "es": "No se recoge nada: ninguna lista con respuestas, ninguna foto de las hojas.",
    },
    "guide_remind_2": {
        "en": 'This is not legal advice. Say "could be obtained with", never "will happen".',
        "es": 'Esto no es asesoría legal. Diga "se podría obtener con", nunca "va a pasar".',
    },
    "guide_remind_3": {
        "en": "For someone's own situation, point to free legal help (below). Only lawyers "
        'and accredited representatives may give legal advice; avoid "notarios".',
        "es": "Para la situación de cada persona, indique la ayuda legal gratuita (abajo). "
        "Solo los abogados y los representantes acreditados pueden dar asesoría legal; evite "
        'a los "notarios".',
    },
    "guide_remind_4": {
        "en": "Company menus change. If a step does not match the screen, say so and move on.",
        "es": "Los menús de las empresas cambian. Si un paso no coincide con la pantalla, "
        "dígalo y siga adelante.",
    },
}


#: The report's messages: ``rt("rung_n", "es", n=1)``.
rt = Catalog(REPORT_MESSAGES)
