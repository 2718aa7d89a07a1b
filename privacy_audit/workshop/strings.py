"""English and Spanish texts of the workshop handout and the facilitator agendas (no Qt).

Shared ladder words (rung, no judge, the ladder intro) come from the report's strings; the
desktop app's own workshop texts go through Qt's catalogue. A test fails on any key missing
a language, and on an agenda whose minutes do not add up.
"""

from __future__ import annotations

from privacy_audit.text import Catalog

WORKSHOP_MESSAGES: dict[str, dict[str, str]] = {
    # -- the one-page handout ---------------------------------------------------------------
    "handout_title": {
        "en": "Huella — What each legal process means",
        "es": "Huella — Qué significa cada proceso legal",
    },
    "handout_how": {
        "en": "Read it from the top: the first rungs are the easiest to reach. Settings and "
        "choices can move your information up the ladder, or out of reach.",
        "es": "Léala desde arriba: los primeros escalones son los más fáciles de alcanzar. "
        "Sus opciones y configuraciones pueden subir su información en la escalera, o dejarla "
        "fuera de alcance.",
    },
    "who_can_get": {"en": "Who can get it", "es": "Quién puede obtenerlo"},
    # -- the agenda -------------------------------------------------------------------------
    "agenda_title": {
        "en": "Huella — Facilitator agenda ({minutes} minutes)",
        "es": "Huella — Agenda para quien facilita ({minutes} minutos)",
    },
    "agenda_intro": {
        "en": "A plan for one session with a shared laptop and a projector. Nobody has to "
        "show or say their own answers. Change the plan to fit your group.",
        "es": "Un plan para una sesión con una computadora compartida y un proyector. Nadie "
        "tiene que mostrar ni decir sus propias respuestas. Cambie el plan según su grupo.",
    },
    "minutes_short": {"en": "{n} min", "es": "{n} min"},
    "agenda_plan": {"en": "The plan", "es": "El plan"},
    "before": {"en": "Before the session", "es": "Antes de la sesión"},
    "before_1": {
        "en": "Start Huella in workshop mode: choose Workshop mode in the View menu, or run "
        "privacy-audit --workshop. Nothing can be saved in this mode.",
        "es": "Abra Huella en modo taller: elija Modo taller en el menú Ver, o escriba "
        "privacy-audit --workshop. En este modo no se puede guardar nada.",
    },
    "before_2": {
        "en": "Connect the projector and make the text large enough to read from the back: "
        "Ctrl and + makes it larger, Ctrl and - smaller, Ctrl and 0 the normal size.",
        "es": "Conecte el proyector y agrande el texto para que se lea desde el fondo: Ctrl y + "
        "lo agranda, Ctrl y - lo achica, Ctrl y 0 vuelve al tamaño normal.",
    },
    "before_3": {
        "en": "Print the blank worksheet (one per person, in the language each person "
        "prefers) and this page's handout about each legal process.",
        "es": "Imprima la hoja de trabajo en blanco (una por persona, en el idioma que cada "
        "quien prefiera) y la hoja sobre cada proceso legal.",
    },
    "before_4": {
        "en": "Decide whether to use the room tally. It is off unless you turn it on. It keeps "
        "only counts, never answers. If you use it, tell the room before anyone starts.",
        "es": "Decida si va a usar el conteo del grupo. Está apagado a menos que usted lo "
        "encienda. Solo guarda números, nunca respuestas. Si lo usa, dígaselo al grupo antes "
        "de empezar.",
    },
    "say": {"en": "What to say at the start", "es": "Qué decir al empezar"},
    "say_1": {
        "en": '"This is about what companies keep and who could ask them for it. It is not '
        'about anything you did wrong."',
        "es": '"Esto trata de lo que guardan las empresas y de quién podría pedírselo. No '
        'trata de nada que usted haya hecho mal."',
    },
    "say_2": {
        "en": '"Nothing is saved on this laptop. When you finish, I press Next participant '
        'and your answers are gone. I will not look at your screen unless you ask me to."',
        "es": '"No se guarda nada en esta computadora. Cuando termine, presiono Siguiente '
        "participante y sus respuestas desaparecen. No voy a mirar su pantalla a menos que "
        'usted me lo pida."',
    },
    "say_3": {
        "en": '"You can skip any question, and you can use the paper worksheet instead."',
        "es": '"Puede saltarse cualquier pregunta, y puede usar la hoja de papel en su lugar."',
    },
    "remind": {"en": "Reminders", "es": "Recuerde"},
    "remind_1": {
        "en": "Use the example people (Rosa, Daniel, Mei, the organiser) to show how answers "
        "move the score. Never ask someone to show their own results.",
        "es": "Use las personas de ejemplo (Rosa, Daniel, Mei, la persona que organiza) para "
        "mostrar cómo las respuestas cambian la puntuación. Nunca le pida a nadie que muestre "
        "sus propios resultados.",
    },
    "remind_2": {
        "en": "Press Next participant between people, even if someone only looked.",
        "es": "Presione Siguiente participante entre una persona y otra, aunque alguien solo "
        "haya mirado.",
    },
    "remind_3": {
        "en": 'This is not legal advice. Say "could be obtained with", never "will happen".',
        "es": 'Esto no es asesoría legal. Diga "se podría obtener con", nunca "va a pasar".',
    },
    "remind_4": {
        "en": "For someone's own situation, point to free legal help. Only lawyers and "
        'accredited representatives may give legal advice; avoid "notarios".',
        "es": "Para la situación de cada persona, indique la ayuda legal gratuita. Solo los "
        "abogados y los representantes acreditados pueden dar asesoría legal; evite a los "
        '"notarios".',
    },
    # Blocks of the plan: a title and what to do.
    "b_welcome": {"en": "Welcome and ground rules", "es": "Bienvenida y reglas del grupo"},
    "b_welcome_do": {
        "en": "Say what Huella is for and what it is not. Nothing is saved or collected; anyone "
        "may skip a question or step out.",
        "es": "Diga para qué sirve Huella y para qué no. No se guarda ni se recoge nada; cada "
        "quien puede saltarse una pregunta o salir un momento.",
    },
    "b_welcome_long_do": {
        "en": "Say what Huella is for and what it is not. Nothing is saved or collected; anyone "
        "may skip a question or step out. Ask people to introduce themselves by first name "
        "only, or not at all.",
        "es": "Diga para qué sirve Huella y para qué no. No se guarda ni se recoge nada; cada "
        "quien puede saltarse una pregunta o salir un momento. Pida que se presenten solo con "
        "su nombre de pila, o que no se presenten.",
    },
    "b_ladder": {"en": "The ladder", "es": "La escalera"},
    "b_ladder_do": {
        "en": "Open the presenter view (Workshop menu). Walk down the rungs: the lower the rung, "
        "the easier to get, and the first three need no judge at all.",
        "es": "Abra la vista para proyectar (menú Taller). Recorra los escalones: cuanto más "
        "bajo, más fácil de obtener, y los tres primeros no necesitan ningún juez.",
    },
    "b_ladder_long_do": {
        "en": "Open the presenter view (Workshop menu). Walk down the rungs, then stop at the "
        "administrative subpoena: the agency signs it itself, and a company need not comply "
        "unless a federal court orders it. Hand out the page about each legal process.",
        "es": "Abra la vista para proyectar (menú Taller). Recorra los escalones y deténgase en "
        "la citación administrativa: la firma la misma agencia, y una empresa no tiene que "
        "cumplirla a menos que un tribunal federal lo ordene. Reparta la hoja sobre cada "
        "proceso legal.",
    },
    "b_platforms": {"en": "Platform by platform", "es": "Plataforma por plataforma"},
    "b_platforms_do": {
        "en": "In the presenter view, pick the platforms the room uses most (ask for a show of "
        "hands, not names) and read what each legal process reaches there.",
        "es": "En la vista para proyectar, elija las plataformas que más usa el grupo (pida que "
        "levanten la mano, sin nombres) y lea lo que cada proceso legal alcanza en ellas.",
    },
    "b_demo": {
        "en": "A demo with an example person",
        "es": "Una demostración con una persona de ejemplo",
    },
    "b_demo_do": {
        "en": "Load Rosa (Example people). Change two of her answers, such as making her "
        "profile private, and let the room watch the score move.",
        "es": "Cargue a Rosa (Personas de ejemplo). Cambie dos de sus respuestas, por ejemplo "
        "poner su perfil en privado, y deje que el grupo vea cómo cambia la puntuación.",
    },
    "b_demo_long_do": {
        "en": "Load Rosa, then Daniel (Example people). Compare where their information sits "
        "on the ladder. Change a few answers and let the room watch the score move.",
        "es": "Cargue a Rosa y después a Daniel (Personas de ejemplo). Compare en qué escalón "
        "está su información. Cambie algunas respuestas y deje que el grupo vea cómo cambia "
        "la puntuación.",
    },
    "b_turns": {"en": "Everyone's turn", "es": "El turno de cada quien"},
    "b_turns_do": {
        "en": "People take turns at the laptop, or fill in the paper worksheet. Turn the "
        "projector off or away. Press Next participant between people. Help with words, not "
        "answers.",
        "es": "Las personas pasan por turnos a la computadora, o llenan la hoja de papel. "
        "Apague o voltee el proyector. Presione Siguiente participante entre una persona y "
        "otra. Ayude con las palabras, no con las respuestas.",
    },
    "b_steps": {"en": "Quick wins", "es": "Pasos rápidos"},
    "b_steps_do": {
        "en": "Back on the projector with an example person: show the first three steps of the "
        "plan. People can try them on their own phones now.",
        "es": "De nuevo en el proyector con una persona de ejemplo: muestre los tres primeros "
        "pasos del plan. Cada quien puede probarlos ahora en su propio teléfono.",
    },
    "b_steps_long_do": {
        "en": "Back on the projector with an example person: go through the plan, quick steps "
        "first. People help each other change settings on their own phones.",
        "es": "De nuevo en el proyector con una persona de ejemplo: recorra el plan, primero "
        "los pasos rápidos. Las personas se ayudan a cambiar opciones en sus propios "
        "teléfonos.",
    },
    "b_close": {"en": "Free legal help and questions", "es": "Ayuda legal gratuita y preguntas"},
    "b_close_do": {
        "en": "Share where to find free legal help (below). Answer questions in general terms; "
        "for someone's own case, point to a lawyer.",
        "es": "Comparta dónde encontrar ayuda legal gratuita (abajo). Responda las preguntas en "
        "general; para el caso de cada persona, indique un abogado.",
    },
    "b_close_long_do": {
        "en": "What to do if someone gets a notice from a company: do not delete anything in a "
        "panic, and get free legal help (below). Then questions, in general terms.",
        "es": "Qué hacer si alguien recibe un aviso de una empresa: no borrar nada por miedo, "
        "y buscar ayuda legal gratuita (abajo). Después, preguntas, en términos generales.",
    },
    "b_tally": {
        "en": "If you used the room tally: export it now (Workshop menu). It keeps counts of "
        "three or more only, and ends when exported or when Huella closes.",
        "es": "Si usó el conteo del grupo: expórtelo ahora (menú Taller). Solo guarda números "
        "de tres o más, y se termina al exportarlo o al cerrar Huella.",
    },
    "shortcuts": {"en": "Keyboard shortcuts", "es": "Atajos de teclado"},
    "shortcut_bigger": {"en": "Ctrl and + : larger text", "es": "Ctrl y + : texto más grande"},
    "shortcut_smaller": {"en": "Ctrl and - : smaller text", "es": "Ctrl y - : texto más pequeño"},
    "shortcut_reset": {"en": "Ctrl and 0 : normal size", "es": "Ctrl y 0 : tamaño normal"},
    "shortcut_next": {
        "en": "Ctrl and Shift and N : next participant",
        "es": "Ctrl y Mayús y N : siguiente participante",
    },
    "shortcut_presenter": {
        "en": "F5 : presenter view of the ladder",
        "es": "F5 : vista de la escalera para proyectar",
    },
    "no_agenda": {
        "en": "There is an agenda for 60 or 90 minutes (not {minutes}).",
        "es": "Hay una agenda de 60 o de 90 minutos (no de {minutes}).",
    },
}


#: Workshop paper's messages: ``wt("handout_title", "es")``.
wt = Catalog(WORKSHOP_MESSAGES)
