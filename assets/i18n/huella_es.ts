<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AccountsPage</name>
        <message numerus="yes">
            <source>%n account(s) chosen.</source>
            <translation>
                <numerusform>%n cuenta elegida.</numerusform>
                <numerusform>%n cuentas elegidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your accounts</source>
            <translation>Sus cuentas</translation>
        </message>
        <message>
            <source>Tick the accounts you use. Each one gets its own short page of questions. You can come back and change this.</source>
            <translation>Marque las cuentas que usa. Cada una tiene su propia página corta de preguntas. Puede volver y cambiar esto.</translation>
        </message>
        <message>
            <source>Search platforms</source>
            <translation>Buscar plataformas</translation>
        </message>
        <message>
            <source>Type part of a name to show only matching platforms</source>
            <translation>Escriba parte de un nombre para ver solo las plataformas que coinciden</translation>
        </message>
        <message>
            <source>No platform matches your search.</source>
            <translation>Ninguna plataforma coincide con su búsqueda.</translation>
        </message>
        <message>
            <source>What kind of phone do you use?</source>
            <translation>¿Qué tipo de teléfono usa?</translation>
        </message>
        <message>
            <source>iPhone</source>
            <translation>iPhone</translation>
        </message>
        <message>
            <source>Android</source>
            <translation>Android</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Los dos</translation>
        </message>
        <message>
            <source>Not sure, or I'd rather not say</source>
            <translation>No estoy seguro/a, o prefiero no decirlo</translation>
        </message>
        <message>
            <source>The plan shows the steps for your phone first</source>
            <translation>El plan muestra primero los pasos para su teléfono</translation>
        </message>
    </context>
    <context>
        <name>ActionCard</name>
        <message>
            <source>Step %1: %2</source>
            <translation>Paso %1: %2</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>Hecho: %1</translation>
        </message>
        <message>
            <source>Tick when you have done this step; the score below shows the result.</source>
            <translation>Márquelo cuando haya hecho este paso; la puntuación de abajo muestra el resultado.</translation>
        </message>
        <message>
            <source>%1 · time: %2 · your score: %3 → %4</source>
            <translation>%1 · tiempo: %2 · su puntuación: %3 → %4</translation>
        </message>
    </context>
    <context>
        <name>ContentUpdates</name>
        <message>
            <source>built into Huella</source>
            <extracomment>The content in use in this app (set when the content is loaded or replaced).</extracomment>
            <translation>incluidas en Huella</translation>
        </message>
        <message>
            <source>downloaded update</source>
            <translation>actualización descargada</translation>
        </message>
        <message>
            <source>downloaded update, this session only</source>
            <translation>actualización descargada, solo para esta sesión</translation>
        </message>
        <message>
            <source>Guides in use: version %1 of %2 (%3).</source>
            <translation>Guías en uso: versión %1 del %2 (%3).</translation>
        </message>
        <message>
            <source>They are due for a refresh: use Help &gt; Check for updated guides.</source>
            <translation>Ya es momento de renovarlas: use Ayuda &gt; Buscar guías actualizadas.</translation>
        </message>
        <message>
            <source>Check for updated guides</source>
            <extracomment>A key the person chose to trust for this check ("Another source…"); in a private session it is stored only if the person keeps the guides.</extracomment>
            <translation>Buscar guías actualizadas</translation>
        </message>
        <message>
            <source>Huella will ask %1 for updated guides.</source>
            <translation>Huella le pedirá guías actualizadas a %1.</translation>
        </message>
        <message>
            <source>That server will see this computer's IP address and the address Huella asks for. It will not see your answers or anything you typed. Nothing is sent until you choose Check now.</source>
            <translation>Ese servidor verá la dirección IP de esta computadora y la dirección que Huella pide. No verá sus respuestas ni nada de lo que usted escribió. No se envía nada hasta que elija Buscar ahora.</translation>
        </message>
        <message>
            <source>This is a private session: new guides are used only until you close Huella, unless you choose to keep them on this computer.</source>
            <translation>Esta es una sesión privada: las guías nuevas se usan solo hasta que cierre Huella, a menos que elija guardarlas en esta computadora.</translation>
        </message>
        <message>
            <source>Check &amp;now</source>
            <translation>&amp;Buscar ahora</translation>
        </message>
        <message>
            <source>&amp;Another source…</source>
            <translation>&amp;Otra fuente…</translation>
        </message>
        <message>
            <source>Downloading updated guides from %1…</source>
            <translation>Descargando guías actualizadas de %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Your guides are up to date (version %1 of %2).</source>
            <translation>Sus guías están al día (versión %1 del %2).</translation>
        </message>
        <message>
            <source>What changed:</source>
            <translation>Qué cambió:</translation>
        </message>
        <message>
            <source>This computer's clock seems to be wrong, so some dates may look odd.</source>
            <translation>Parece que el reloj de esta computadora no está bien, así que algunas fechas pueden verse raras.</translation>
        </message>
        <message>
            <source>Huella now uses the updated guides (version %1 of %2).</source>
            <translation>Huella ahora usa las guías actualizadas (versión %1 del %2).</translation>
        </message>
        <message>
            <source>Updated guides are ready (version %1 of %2).</source>
            <translation>Hay guías actualizadas listas (versión %1 del %2).</translation>
        </message>
        <message>
            <source>This is a private session. Use them until you close Huella, or keep them on this computer (only the guides are kept, never your answers).</source>
            <translation>Esta es una sesión privada. Úselas hasta que cierre Huella, o guárdelas en esta computadora (solo se guardan las guías, nunca sus respuestas).</translation>
        </message>
        <message>
            <source>Use for this &amp;session</source>
            <translation>Usar en esta &amp;sesión</translation>
        </message>
        <message>
            <source>&amp;Keep on this computer</source>
            <translation>&amp;Guardar en esta computadora</translation>
        </message>
        <message>
            <source>&amp;Don't use them</source>
            <translation>&amp;No usarlas</translation>
        </message>
        <message>
            <source>Another source</source>
            <translation>Otra fuente</translation>
        </message>
        <message>
            <source>A group you know, such as a local organisation, may publish its own guides. Only add a source you trust: Huella will show its guides as if they were its own.</source>
            <translation>Un grupo que usted conoce, como una organización local, puede publicar sus propias guías. Agregue solo una fuente en la que confíe: Huella mostrará esas guías como si fueran suyas.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>Their public &amp;key:</source>
            <translation>Su &amp;clave pública:</translation>
        </message>
        <message>
            <source>This is a private session: the key is trusted for this session only, unless you keep the guides.</source>
            <translation>Esta es una sesión privada: se confía en la clave solo durante esta sesión, a menos que guarde las guías.</translation>
        </message>
        <message>
            <source>Keys you &amp;trust:</source>
            <translation>Claves en las que con&amp;fía:</translation>
        </message>
        <message>
            <source>&amp;Remove key</source>
            <translation>&amp;Quitar clave</translation>
        </message>
        <message>
            <source>Trust this key and &amp;continue</source>
            <translation>Confiar en esta clave y &amp;seguir</translation>
        </message>
    </context>
    <context>
        <name>DownloadImport</name>
        <message numerus="yes">
            <source>%n answer(s) filled from your data download.</source>
            <translation>
                <numerusform>%n respuesta completada con su descarga de datos.</numerusform>
                <numerusform>%n respuestas completadas con su descarga de datos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Nothing else was changed.</source>
            <translation>No se cambió nada más.</translation>
        </message>
        <message>
            <source>Huella's checklist files have a problem, so it cannot continue.</source>
            <translation>Los archivos de la lista de Huella tienen un problema, así que no puede continuar.</translation>
        </message>
        <message>
            <source>Please reinstall Huella or report the problem. Your saved audits are not changed.</source>
            <translation>Vuelva a instalar Huella o informe el problema. Sus auditorías guardadas no cambian.</translation>
        </message>
        <message>
            <source>This computer has no secure keyring to protect a saved audit.</source>
            <translation>Esta computadora no tiene un lugar seguro del sistema para guardar claves, así que no puede proteger una auditoría guardada.</translation>
        </message>
        <message>
            <source>Use a private session, or choose a passphrase to protect your saved audits.</source>
            <translation>Use una sesión privada, o elija una frase de contraseña para proteger sus auditorías guardadas.</translation>
        </message>
        <message>
            <source>Nothing else was changed. You can try again, or choose another file.</source>
            <translation>No se cambió nada más. Puede intentarlo de nuevo o elegir otro archivo.</translation>
        </message>
        <message>
            <source>Huella could not read or write a file (%1).</source>
            <translation>Huella no pudo leer o escribir un archivo (%1).</translation>
        </message>
        <message>
            <source>Check that there is free space and the folder can be written, then try again.</source>
            <translation>Revise que haya espacio libre y que se pueda escribir en la carpeta, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong (%1).</source>
            <translation>Algo inesperado salió mal (%1).</translation>
        </message>
        <message>
            <source>Nothing was changed. Please try again; if it happens again, report it.</source>
            <translation>No se cambió nada. Vuelva a intentarlo; si pasa otra vez, infórmelo.</translation>
        </message>
        <message>
            <source>Huella — a problem</source>
            <translation>Huella — un problema</translation>
        </message>
    </context>
    <context>
        <name>ExposurePanel</name>
        <message>
            <source>Your exposure so far</source>
            <translation>Su exposición hasta ahora</translation>
        </message>
        <message>
            <source>%1 of 100</source>
            <translation>%1 de 100</translation>
        </message>
        <message>
            <source>Level: %1</source>
            <translation>Nivel: %1</translation>
        </message>
        <message>
            <source>Who could get it, and how (easiest first):</source>
            <translation>Quién podría obtenerlo, y cómo (lo más fácil primero):</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 puntos</translation>
        </message>
        <message>
            <source>The ladder</source>
            <translation>La escalera</translation>
        </message>
        <message>
            <source>The first three rungs need no judge at all.</source>
            <translation>Los tres primeros escalones no necesitan ningún juez.</translation>
        </message>
        <message>
            <source>No answers yet, so no score.</source>
            <translation>Todavía no hay respuestas, así que no hay puntuación.</translation>
        </message>
        <message>
            <source>Exposure score so far %1 of 100; not enough answers yet for a level.</source>
            <translation>Puntuación de exposición hasta ahora: %1 de 100; todavía no hay suficientes respuestas para un nivel.</translation>
        </message>
        <message>
            <source>Exposure score %1 of 100, level %2.</source>
            <translation>Puntuación de exposición: %1 de 100, nivel %2.</translation>
        </message>
        <message>
            <source>Your exposure so far: %1</source>
            <translation>Su exposición hasta ahora: %1</translation>
        </message>
        <message>
            <source>Live exposure score</source>
            <translation>Puntuación de exposición en vivo</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Read my data download</source>
            <extracomment>Platforms whose data download Huella reads (the ids of checks/exports/*.toml).</extracomment>
            <translation>Leer mi descarga de datos</translation>
        </message>
        <message>
            <source>Choose the data download you got from %1.</source>
            <translation>Elija la descarga de datos que recibió de %1.</translation>
        </message>
        <message>
            <source>Choose the data download you got from Facebook, Instagram, Google, X or TikTok.</source>
            <translation>Elija la descarga de datos que recibió de Facebook, Instagram, Google, X o TikTok.</translation>
        </message>
        <message>
            <source>Huella reads it on this computer and shows what it holds about you: counts, dates, and your own emails and phone numbers. Nothing from it is copied or saved, and nothing is sent anywhere.</source>
            <translation>Huella la lee en esta computadora y le muestra lo que contiene sobre usted: cantidades, fechas, y sus propios correos y números de teléfono. No se copia ni se guarda nada de ella, y no se envía nada a ningún lado.</translation>
        </message>
        <message>
            <source>Choose the .zip file as you downloaded it, the folder you unzipped it to, or the Timeline .json file exported from Google Maps on your phone.</source>
            <translation>Elija el archivo .zip tal como lo descargó, la carpeta donde lo descomprimió, o el archivo .json de Cronología que exportó desde Google Maps en su teléfono.</translation>
        </message>
        <message>
            <source>Choose a &amp;file…</source>
            <translation>Elegir un &amp;archivo…</translation>
        </message>
        <message>
            <source>Choose a f&amp;older…</source>
            <translation>Elegir una &amp;carpeta…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Data downloads (*.zip *.json)</source>
            <translation>Descargas de datos (*.zip *.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading your data download…</source>
            <translation>Leyendo su descarga de datos…</translation>
        </message>
        <message>
            <source>Reading stopped. Nothing from the download was kept.</source>
            <translation>Se detuvo la lectura. No se guardó nada de la descarga.</translation>
        </message>
    </context>
    <context>
        <name>ImportReviewDialog</name>
        <message>
            <source>What your data download shows</source>
            <translation>Lo que muestra su descarga de datos</translation>
        </message>
        <message>
            <source>Your %1 download: %2. Huella read it on this computer and kept nothing from it but what is listed here.</source>
            <translation>Su descarga de %1: %2. Huella la leyó en esta computadora y no guardó nada de ella, salvo lo que se muestra aquí.</translation>
        </message>
        <message>
            <source>Check the answers you agree with, then fill them. You can change any answer later; answers filled here are marked “from your data download”.</source>
            <translation>Marque las respuestas con las que está de acuerdo y luego complételas. Puede cambiar cualquier respuesta después; las respuestas completadas aquí llevan la nota «de su descarga de datos».</translation>
        </message>
        <message>
            <source>About the account</source>
            <translation>Sobre la cuenta</translation>
        </message>
        <message>
            <source>Use this answer: %1</source>
            <translation>Usar esta respuesta: %1</translation>
        </message>
        <message>
            <source>Your answer now: %1</source>
            <translation>Su respuesta actual: %1</translation>
        </message>
        <message>
            <source>Some parts could not be read and were skipped: %1.</source>
            <translation>Algunas partes no se pudieron leer y se saltaron: %1.</translation>
        </message>
        <message>
            <source>The download suggests no answers: it shows what the platform holds, but you choose the answers yourself.</source>
            <translation>La descarga no sugiere respuestas: muestra lo que guarda la plataforma, pero usted elige las respuestas.</translation>
        </message>
        <message>
            <source>&amp;Fill the checked answers</source>
            <translation>&amp;Completar las respuestas marcadas</translation>
        </message>
        <message>
            <source>Close &amp;without filling</source>
            <translation>Cerrar &amp;sin completar</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Step %1 of %2: %3</source>
            <extracomment>Set by workshop mode (``ui/workshop/``) when it takes this window over. The language the window starts in, until a session has its own. What "Start over" does, from the menu or the results page: a fresh audit here. Workshop mode makes it "next participant" (``ui/workshop/mode.py``).</extracomment>
            <translation>Paso %1 de %2: %3</translation>
        </message>
        <message>
            <source>%1 of %2 questions answered</source>
            <translation>%1 de %2 preguntas respondidas</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>See my &amp;results</source>
            <translation>Ver mis &amp;resultados</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Go to the next page</source>
            <translation>Ir a la página siguiente</translation>
        </message>
        <message>
            <source>S&amp;kip this section</source>
            <translation>&amp;Omitir esta sección</translation>
        </message>
        <message>
            <source>Skip this section</source>
            <translation>Omitir esta sección</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>A&amp;trás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Go to the previous page</source>
            <translation>Ir a la página anterior</translation>
        </message>
        <message>
            <source>S&amp;kip this platform</source>
            <translation>&amp;Omitir esta plataforma</translation>
        </message>
        <message>
            <source>Skip this platform</source>
            <translation>Omitir esta plataforma</translation>
        </message>
        <message>
            <source>Leave the rest of this page unanswered and go on</source>
            <translation>Dejar el resto de esta página sin responder y seguir</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Start a new audit? The answers on screen will be cleared.</source>
            <translation>¿Empezar una auditoría nueva? Se borrarán las respuestas de la pantalla.</translation>
        </message>
        <message>
            <source>Free legal help</source>
            <translation>Ayuda legal gratuita</translation>
        </message>
        <message>
            <source>About Huella</source>
            <translation>Acerca de Huella</translation>
        </message>
        <message>
            <source>Huella shows what could be learned about you from your online accounts, under which kind of legal process, and how to lower it. Nothing leaves this computer. It is not legal advice.</source>
            <translation>Huella muestra lo que se podría saber de usted por sus cuentas en línea, con qué tipo de proceso legal, y cómo reducirlo. Nada sale de esta computadora. No es asesoría legal.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Datos</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Saved audits…</source>
            <translation>&amp;Auditorías guardadas…</translation>
        </message>
        <message>
            <source>&amp;Read my data download…</source>
            <translation>&amp;Leer mi descarga de datos…</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>&amp;Exportar PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Start &amp;over</source>
            <translation>Empezar de &amp;nuevo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>A&amp;trás</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Resultados</translation>
        </message>
        <message>
            <source>Switch &amp;language (English / Español)</source>
            <translation>Cambiar de &amp;idioma (English / Español)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>Alto &amp;contraste</translation>
        </message>
        <message>
            <source>&amp;Delete everything…</source>
            <translation>&amp;Borrar todo…</translation>
        </message>
        <message>
            <source>&amp;About Huella</source>
            <translation>&amp;Acerca de Huella</translation>
        </message>
        <message>
            <source>Free &amp;legal help</source>
            <translation>Ayuda &amp;legal gratuita</translation>
        </message>
        <message>
            <source>Check for &amp;updated guides…</source>
            <translation>Buscar &amp;guías actualizadas…</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Protect your saved audits</source>
            <translation>Proteja sus auditorías guardadas</translation>
        </message>
        <message>
            <source>This computer has no secure keyring, so Huella protects your saved audits with a passphrase. Choose one with at least 8 characters. If you forget it, your saved audits cannot be opened; no one can recover it.</source>
            <translation>Esta computadora no tiene un lugar seguro del sistema para guardar claves, así que Huella protege sus auditorías guardadas con una frase de contraseña. Elija una de al menos 8 caracteres. Si la olvida, sus auditorías guardadas no se podrán abrir; nadie puede recuperarla.</translation>
        </message>
        <message>
            <source>Enter the passphrase you chose for your saved audits.</source>
            <translation>Escriba la frase de contraseña que eligió para sus auditorías guardadas.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>At least 8 characters</source>
            <translation>Al menos 8 caracteres</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Frase de contraseña otra vez</translation>
        </message>
        <message>
            <source>Type the same passphrase again</source>
            <translation>Escriba la misma frase de contraseña otra vez</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Otra vez:</translation>
        </message>
        <message>
            <source>Confirm or cancel the passphrase</source>
            <translation>Confirmar o cancelar la frase de contraseña</translation>
        </message>
        <message>
            <source>A passphrase needs at least 8 characters.</source>
            <translation>Una frase de contraseña necesita al menos 8 caracteres.</translation>
        </message>
        <message>
            <source>The two passphrases are different.</source>
            <translation>Las dos frases de contraseña son diferentes.</translation>
        </message>
        <message>
            <source>Please enter the passphrase.</source>
            <translation>Escriba la frase de contraseña, por favor.</translation>
        </message>
    </context>
    <context>
        <name>PlatformPage</name>
        <message>
            <source>Read my data download…</source>
            <translation>Leer mi descarga de datos…</translation>
        </message>
        <message>
            <source>Read my data download</source>
            <translation>Leer mi descarga de datos</translation>
        </message>
        <message>
            <source>Fill answers from the data you downloaded from this platform</source>
            <translation>Completar respuestas con los datos que descargó de esta plataforma</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>(nothing here)</source>
            <extracomment>The presenter view's text, relative to the (already scaled) application font: at the workshop's starting scale on a 1024x768 projector, body text about 26 pixels high (20 pt) and each rung's name about 31 (24 pt), for the back of a room.</extracomment>
            <translation>(nada aquí)</translation>
        </message>
        <message>
            <source>Choose a platform to show what each legal process reaches there</source>
            <translation>Elija una plataforma para ver lo que cada proceso legal alcanza en ella</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the presenter view</source>
            <translation>Cerrar la vista para proyectar</translation>
        </message>
        <message>
            <source>Next platform</source>
            <translation>Plataforma siguiente</translation>
        </message>
        <message>
            <source>Next platform ▶</source>
            <translation>Plataforma siguiente ▶</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Presenter view — the ladder</source>
            <translation>Vista para proyectar — la escalera</translation>
        </message>
        <message>
            <source>Previous platform</source>
            <translation>Plataforma anterior</translation>
        </message>
        <message>
            <source>Show the next platform</source>
            <translation>Mostrar la plataforma siguiente</translation>
        </message>
        <message>
            <source>Show the platform before</source>
            <translation>Mostrar la plataforma anterior</translation>
        </message>
        <message>
            <source>The ladder</source>
            <translation>La escalera</translation>
        </message>
        <message>
            <source>What each legal process reaches</source>
            <translation>Lo que alcanza cada proceso legal</translation>
        </message>
        <message>
            <source>◀ Previous platform</source>
            <translation>◀ Plataforma anterior</translation>
        </message>
    </context>
    <context>
        <name>QuestionBox</name>
        <message>
            <source>Why this matters: %1</source>
            <translation>Por qué importa: %1</translation>
        </message>
        <message>
            <source>Who could get this, and how: choose an answer to see.</source>
            <translation>Quién podría obtener esto, y cómo: elija una respuesta para verlo.</translation>
        </message>
        <message>
            <source>Who could get this, and how: with this answer, nothing is added.</source>
            <translation>Quién podría obtener esto, y cómo: con esta respuesta, no se agrega nada.</translation>
        </message>
        <message>
            <source>Who could get this, and how:</source>
            <translation>Quién podría obtener esto, y cómo:</translation>
        </message>
        <message>
            <source>"Not sure" is counted as if it were visible, so you can check it.</source>
            <translation>"No estoy seguro/a" se cuenta como si estuviera a la vista, para que pueda revisarlo.</translation>
        </message>
        <message>
            <source>This answer is from your data download. Change it if it is not right.</source>
            <translation>Esta respuesta viene de su descarga de datos. Cámbiela si no es correcta.</translation>
        </message>
    </context>
    <context>
        <name>ReportOptionsDialog</name>
        <message>
            <source>Report options</source>
            <extracomment>"en", "es" or "both" (side by side). "letter" or "a4". Only the action checklist: no score, no findings, no answers. Add every finding by platform and the sources to the summary (off by default).</extracomment>
            <translation>Opciones del informe</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <source>The report in English</source>
            <translation>El informe en inglés</translation>
        </message>
        <message>
            <source>The report in Spanish</source>
            <translation>El informe en español</translation>
        </message>
        <message>
            <source>Both, side by side</source>
            <translation>Los dos, uno al lado del otro</translation>
        </message>
        <message>
            <source>English and Spanish next to each other, for a family or a group</source>
            <translation>Inglés y español uno al lado del otro, para una familia o un grupo</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>The usual paper in the United States</source>
            <translation>El papel de uso común en los Estados Unidos</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>The usual paper in most other countries</source>
            <translation>El papel de uso común en la mayoría de los demás países</translation>
        </message>
        <message>
            <source>Include all findings and sources</source>
            <translation>Incluir todo lo encontrado y las fuentes</translation>
        </message>
        <message>
            <source>Adds what was found on each app and why, how to do each step, and where the facts come from. Without it the report is a summary of up to four pages.</source>
            <translation>Agrega lo que se encontró en cada aplicación y por qué, cómo hacer cada paso y de dónde vienen los datos. Sin esto, el informe es un resumen de hasta cuatro páginas.</translation>
        </message>
        <message>
            <source>Without it, the report is a summary of up to four pages (eight side by side): your score, the ladder and every step as a checklist.</source>
            <translation>Sin esto, el informe es un resumen de hasta cuatro páginas (ocho con los dos idiomas lado a lado): su puntuación, la escalera y todos los pasos como una lista para marcar.</translation>
        </message>
        <message>
            <source>Safe to carry: only the steps to take</source>
            <translation>Para llevar con seguridad: solo los pasos a seguir</translation>
        </message>
        <message>
            <source>No score, no answers and no findings are printed. Each step names its app.</source>
            <translation>No se imprime ninguna puntuación, respuesta ni hallazgo. Cada paso dice su aplicación.</translation>
        </message>
        <message>
            <source>No score, no answers and no findings are printed. Each step still names the app it is for: without it the step cannot be followed, so anyone who reads the paper can tell which apps you use.</source>
            <translation>No se imprime ninguna puntuación, respuesta ni hallazgo. Cada paso sigue diciendo para qué aplicación es: sin eso no se puede seguir, así que quien lea la hoja puede saber qué aplicaciones usa.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Go on with these choices</source>
            <translation>Seguir con estas opciones</translation>
        </message>
        <message>
            <source>Go back without a report</source>
            <translation>Volver sin hacer el informe</translation>
        </message>
    </context>
    <context>
        <name>ReportRender</name>
        <message>
            <source>Print preview</source>
            <extracomment>How much sharper than the layout the staircase picture is drawn (crisp on paper). A table up to this share of a page moves to the next page rather than split. A table no taller than this (layout pixels) that opens with a heading counts as one. A paragraph no taller than this (three lines or so) under a heading stays with both. Where this keeper put a page break (first positions of those units).</extracomment>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Exportar PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved: {reason}</source>
            <translation>No se pudo guardar el PDF: {reason}</translation>
        </message>
        <message>
            <source>Saving the PDF…</source>
            <translation>Guardando el PDF…</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message numerus="yes">
            <source>If you do the %n step(s) you ticked, your score would be %1 of 100.</source>
            <translation>
                <numerusform>Si hace el paso que marcó, su puntuación sería %1 de 100.</numerusform>
                <numerusform>Si hace los %n pasos que marcó, su puntuación sería %1 de 100.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>If you do the %n step(s) you ticked, your score would be %1 of 100 (%2).</source>
            <translation>
                <numerusform>Si hace el paso que marcó, su puntuación sería %1 de 100 (%2).</numerusform>
                <numerusform>Si hace los %n pasos que marcó, su puntuación sería %1 de 100 (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>Your results</source>
            <translation>Sus resultados</translation>
        </message>
        <message>
            <source>Your exposure score so far: %1 of 100 — no level yet</source>
            <translation>Su puntuación de exposición hasta ahora: %1 de 100 — todavía sin nivel</translation>
        </message>
        <message>
            <source>Your exposure score: %1 of 100 — level: %2</source>
            <translation>Su puntuación de exposición: %1 de 100 — nivel: %2</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>&amp;Exportar PDF…</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Exportar PDF</translation>
        </message>
        <message>
            <source>Save this report as a PDF file</source>
            <translation>Guardar este informe como un archivo PDF</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>I&amp;mprimir…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Print this report</source>
            <translation>Imprimir este informe</translation>
        </message>
        <message>
            <source>&amp;Start over</source>
            <translation>Empezar de &amp;nuevo</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Forget these answers and begin a new audit</source>
            <translation>Olvidar estas respuestas y empezar una auditoría nueva</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 puntos</translation>
        </message>
        <message>
            <source>Feeling overwhelmed? These steps matter most: they take your most sensitive information off the rungs that need no judge.</source>
            <translation>¿Se siente abrumado/a? Estos pasos son los que más importan: sacan su información más delicada de los escalones que no necesitan un juez.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Step %1</source>
            <translation>Paso %1</translation>
        </message>
        <message>
            <source>Now %1.</source>
            <translation>Ahora %1.</translation>
        </message>
        <message>
            <source>After step %1: %2.</source>
            <translation>Después del paso %1: %2.</translation>
        </message>
        <message numerus="yes">
            <source>The first three steps take your score from %1 to %2. All %n step(s) take it to %3.</source>
            <translation>
                <numerusform>Los tres primeros pasos llevan su puntuación de %1 a %2. El único paso la lleva a %3.</numerusform>
                <numerusform>Los tres primeros pasos llevan su puntuación de %1 a %2. Los %n pasos la llevan a %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of your things</source>
            <translation>
                <numerusform>%n cosa suya</numerusform>
                <numerusform>%n cosas suyas</numerusform>
            </translation>
        </message>
        <message>
            <source>The first three rungs need no judge at all.</source>
            <translation>Los tres primeros escalones no necesitan ningún juez.</translation>
        </message>
        <message>
            <source>Show only these steps for now</source>
            <translation>Mostrar solo estos pasos por ahora</translation>
        </message>
        <message>
            <source>Hide the rest of the plan until you are ready</source>
            <translation>Ocultar el resto del plan hasta que esté listo/a</translation>
        </message>
    </context>
    <context>
        <name>SavedAuditsDialog</name>
        <message>
            <source>Saved audits</source>
            <translation>Auditorías guardadas</translation>
        </message>
        <message>
            <source>Audits saved on this computer, newest first. They are encrypted.</source>
            <translation>Auditorías guardadas en esta computadora, las más nuevas primero. Están cifradas.</translation>
        </message>
        <message>
            <source>Choose an audit, then Open</source>
            <translation>Elija una auditoría y luego Abrir</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Continue the chosen audit</source>
            <translation>Continuar la auditoría elegida</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Cambiar nombre…</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <source>Give the chosen audit a new name</source>
            <translation>Darle un nombre nuevo a la auditoría elegida</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Borrar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Delete the chosen audit</source>
            <translation>Borrar la auditoría elegida</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>C&amp;errar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this list</source>
            <translation>Cerrar esta lista</translation>
        </message>
        <message>
            <source>No saved audits yet.</source>
            <translation>Todavía no hay auditorías guardadas.</translation>
        </message>
        <message>
            <source>Damaged: %1</source>
            <translation>Dañada: %1</translation>
        </message>
        <message>
            <source>%1 — last changed %2</source>
            <translation>%1 — último cambio: %2</translation>
        </message>
        <message>
            <source>Rename audit</source>
            <translation>Cambiar el nombre de la auditoría</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nombre nuevo:</translation>
        </message>
        <message>
            <source>Delete audit</source>
            <translation>Borrar auditoría</translation>
        </message>
        <message>
            <source>Delete this saved audit? This cannot be undone.</source>
            <translation>¿Borrar esta auditoría guardada? No se puede deshacer.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Welcome to Huella</source>
            <translation>Bienvenido/a a Huella</translation>
        </message>
        <message>
            <source>Huella helps you see what an agency such as ICE could learn about you from your online accounts, what kind of legal paper it would need for each piece, and what you can do to lower it.</source>
            <translation>Huella le ayuda a ver lo que una agencia como ICE podría saber de usted por sus cuentas en línea, qué tipo de documento legal necesitaría para cada dato, y qué puede hacer para reducirlo.</translation>
        </message>
        <message>
            <source>Language / Idioma</source>
            <translation>Idioma / Language</translation>
        </message>
        <message>
            <source>Show Huella in English</source>
            <translation>Mostrar Huella en inglés</translation>
        </message>
        <message>
            <source>Show Huella in Spanish</source>
            <translation>Mostrar Huella en español</translation>
        </message>
        <message>
            <source>Your session</source>
            <translation>Su sesión</translation>
        </message>
        <message>
            <source>Private session — nothing is saved</source>
            <translation>Sesión privada — no se guarda nada</translation>
        </message>
        <message>
            <source>Your answers are forgotten when you close Huella.</source>
            <translation>Sus respuestas se olvidan cuando cierra Huella.</translation>
        </message>
        <message>
            <source>Save my audit on this computer (encrypted)</source>
            <translation>Guardar mi auditoría en esta computadora (cifrada)</translation>
        </message>
        <message>
            <source>Your answers are kept on this computer, encrypted, until you delete them.</source>
            <translation>Sus respuestas se guardan en esta computadora, cifradas, hasta que las borre.</translation>
        </message>
        <message>
            <source>You can delete everything at any time from the Data menu.</source>
            <translation>Puede borrar todo en cualquier momento desde el menú Datos.</translation>
        </message>
        <message>
            <source>• Nothing leaves this computer. Huella uses the internet only if you ask it to check for updated guides.
• It is not legal advice. For advice about your own case, talk to a lawyer or an accredited representative; free legal help is listed at the end.
• You can skip any question, go back, and change your answers.</source>
            <translation>• Nada sale de esta computadora. Huella usa internet solo si usted le pide buscar guías actualizadas.
• No es asesoría legal. Para recibir consejo sobre su caso, hable con un abogado o un representante acreditado; al final hay una lista de ayuda legal gratuita.
• Puede omitir cualquier pregunta, volver atrás y cambiar sus respuestas.</translation>
        </message>
        <message>
            <source>Saved audits…</source>
            <translation>Auditorías guardadas…</translation>
        </message>
        <message>
            <source>Saved audits</source>
            <translation>Auditorías guardadas</translation>
        </message>
        <message>
            <source>Open, rename or delete audits saved on this computer</source>
            <translation>Abrir, cambiar el nombre o borrar auditorías guardadas en esta computadora</translation>
        </message>
        <message>
            <source>When you are ready, press Next.</source>
            <translation>Cuando esté listo/a, presione Siguiente.</translation>
        </message>
    </context>
    <context>
        <name>WindowIO</name>
        <message>
            <source>My audit, %1</source>
            <extracomment>The last worker-thread task started (tests wait for it). The last report choices (language, paper, safe to carry) of this session.</extracomment>
            <translation>Mi auditoría, %1</translation>
        </message>
        <message>
            <source>Saved as “%1”.</source>
            <translation>Guardada como “%1”.</translation>
        </message>
        <message>
            <source>Saved audits</source>
            <translation>Auditorías guardadas</translation>
        </message>
        <message>
            <source>This is a private session, so nothing is saved. To keep audits on this computer, choose “Save my audit” on the welcome page.</source>
            <translation>Esta es una sesión privada, así que no se guarda nada. Para conservar auditorías en esta computadora, elija “Guardar mi auditoría” en la página de bienvenida.</translation>
        </message>
        <message>
            <source>Opening the saved audit…</source>
            <translation>Abriendo la auditoría guardada…</translation>
        </message>
        <message>
            <source>Delete everything</source>
            <translation>Borrar todo</translation>
        </message>
        <message>
            <source>Delete every saved audit, Huella's settings and its key from this computer? This cannot be undone.</source>
            <translation>¿Borrar de esta computadora todas las auditorías guardadas, la configuración de Huella y su clave? No se puede deshacer.</translation>
        </message>
        <message>
            <source>PDF files you exported yourself are not touched.</source>
            <translation>Los archivos PDF que usted exportó no se tocan.</translation>
        </message>
        <message>
            <source>Everything Huella kept on this computer was deleted.</source>
            <translation>Se borró todo lo que Huella guardaba en esta computadora.</translation>
        </message>
        <message>
            <source>Some things could not be deleted:
%1</source>
            <translation>Algunas cosas no se pudieron borrar:
%1</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>Preparando el informe…</translation>
        </message>
        <message>
            <source>huella-report.pdf</source>
            <translation>huella-informe.pdf</translation>
        </message>
        <message>
            <source>Saved the PDF: %1</source>
            <translation>Se guardó el PDF: %1</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>&amp;Workshop mode…</source>
            <translation>Modo &amp;taller…</translation>
        </message>
        <message>
            <source>Blank worksheet</source>
            <extracomment>What the Print / Save as PDF submenus offer, in order (ids used by the controller).</extracomment>
            <translation>Hoja de trabajo en blanco</translation>
        </message>
        <message>
            <source>Facilitator agenda, 60 minutes</source>
            <translation>Agenda para quien facilita, 60 minutos</translation>
        </message>
        <message>
            <source>Facilitator agenda, 90 minutes</source>
            <translation>Agenda para quien facilita, 90 minutos</translation>
        </message>
        <message>
            <source>Switch to workshop mode? Nothing is saved in workshop mode, and the answers on screen are cleared. To leave workshop mode, close Huella.</source>
            <translation>¿Pasar al modo taller? En el modo taller no se guarda nada, y se borran las respuestas que están en pantalla. Para salir del modo taller, cierre Huella.</translation>
        </message>
        <message>
            <source>What each legal process means (one page)</source>
            <translation>Qué significa cada proceso legal (una hoja)</translation>
        </message>
        <message>
            <source>Workshop mode</source>
            <translation>Modo taller</translation>
        </message>
    </context>
    <context>
        <name>WorkshopBar</name>
        <message>
            <source>Next parti&amp;cipant</source>
            <translation>Siguiente &amp;participante</translation>
        </message>
        <message>
            <source>Clear every answer and result, and go back to the welcome page</source>
            <translation>Borrar todas las respuestas y resultados, y volver a la página de bienvenida</translation>
        </message>
        <message>
            <source>E&amp;xample people</source>
            <translation>Personas de e&amp;jemplo</translation>
        </message>
        <message>
            <source>Example people</source>
            <translation>Personas de ejemplo</translation>
        </message>
        <message>
            <source>Load a fictional person to show how answers move the score</source>
            <translation>Cargar una persona inventada para mostrar cómo las respuestas cambian la puntuación</translation>
        </message>
        <message>
            <source>Presen&amp;ter view</source>
            <translation>Vista para proye&amp;ctar</translation>
        </message>
        <message>
            <source>Next participant</source>
            <translation>Siguiente participante</translation>
        </message>
        <message>
            <source>Presenter view</source>
            <translation>Vista para proyectar</translation>
        </message>
        <message>
            <source>Show the ladder and what each legal process reaches, in large type</source>
            <translation>Mostrar la escalera y lo que alcanza cada proceso legal, en letra grande</translation>
        </message>
        <message>
            <source>Workshop mode — nothing is saved. Each participant's answers are cleared when you press Next participant.</source>
            <translation>Modo taller — no se guarda nada. Las respuestas de cada participante se borran al presionar Siguiente participante.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopMenu</name>
        <message>
            <source>&amp;Example people</source>
            <translation>Personas de &amp;ejemplo</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>&amp;Next participant</source>
            <translation>&amp;Siguiente participante</translation>
        </message>
        <message>
            <source>&amp;Presenter view of the ladder</source>
            <translation>&amp;Vista de la escalera para proyectar</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>Ta&amp;ller</translation>
        </message>
        <message>
            <source>E&amp;xport room tally (CSV)…</source>
            <translation>E&amp;xportar el conteo del grupo (CSV)…</translation>
        </message>
        <message>
            <source>N&amp;ormal text size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <source>P&amp;rint handouts</source>
            <translation>&amp;Imprimir hojas</translation>
        </message>
        <message>
            <source>Room &amp;tally (counts only)</source>
            <translation>&amp;Conteo del grupo (solo números)</translation>
        </message>
        <message>
            <source>Save handouts as P&amp;DF</source>
            <translation>Guardar hojas como P&amp;DF</translation>
        </message>
    </context>
    <context>
        <name>WorkshopMode</name>
        <message>
            <source>Clear this participant's answers and start again for the next person?</source>
            <translation>¿Borrar las respuestas de este participante y empezar de nuevo para la siguiente persona?</translation>
        </message>
        <message>
            <source>Example people</source>
            <translation>Personas de ejemplo</translation>
        </message>
        <message>
            <source>Example person: %1</source>
            <translation>Persona de ejemplo: %1</translation>
        </message>
        <message>
            <source>Next participant</source>
            <translation>Siguiente participante</translation>
        </message>
        <message>
            <source>Replace the answers on screen with an example person's answers?</source>
            <translation>¿Reemplazar las respuestas en pantalla con las de una persona de ejemplo?</translation>
        </message>
        <message>
            <source>Room tally: off</source>
            <translation>Conteo del grupo: apagado</translation>
        </message>
        <message>
            <source>Room tally: on, %1 counted</source>
            <translation>Conteo del grupo: encendido, %1 contados</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>Tamaño del texto: %1%</translation>
        </message>
        <message>
            <source>Workshop mode: nothing is saved.</source>
            <extracomment>The presenter scale a workshop starts with (Ctrl+0 goes back to 1.0).</extracomment>
            <translation>Modo taller: no se guarda nada.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopOutput</name>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export room tally</source>
            <translation>Exportar el conteo del grupo</translation>
        </message>
        <message>
            <source>Saved. Counts below %1 were left out. The room tally is now cleared and off, so no later export can be compared with this one.</source>
            <translation>Guardado. Se dejaron fuera los números menores de %1. El conteo del grupo quedó borrado y apagado, para que ninguna exportación posterior se pueda comparar con esta.</translation>
        </message>
        <message>
            <source>The file could not be saved: %1</source>
            <translation>No se pudo guardar el archivo: %1</translation>
        </message>
        <message>
            <source>There is nothing to export yet: the room tally needs at least %1 participants, so that no count points to one person.</source>
            <translation>Todavía no hay nada que exportar: el conteo del grupo necesita al menos %1 participantes, para que ningún número señale a una sola persona.</translation>
        </message>
    </context>
</TS>
