"""English and Spanish texts of the findings (core strings; the app's chrome uses Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from privacy_audit.text import Catalog

if TYPE_CHECKING:
    from privacy_audit.imports.findings import Finding

__all__ = ["COUNTED", "MESSAGES", "render", "t"]

#: Counted findings: (English one, English many, Spanish one, Spanish many).
COUNTED: dict[str, tuple[str, str, str, str]] = {
    "posts": ("post", "posts", "publicación", "publicaciones"),
    "comments": ("comment", "comments", "comentario", "comentarios"),
    "reactions": (
        "like or reaction",
        "likes and reactions",
        "«me gusta» o reacción",
        "«me gusta» y reacciones",
    ),
    "likes": ("like", "likes", "«me gusta»", "«me gusta»"),
    "groups": ("group joined", "groups joined", "grupo al que se unió", "grupos a los que se unió"),
    "friends": (
        "person in your friends list (counted, not listed)",
        "people in your friends list (counted, not listed)",
        "persona en su lista de amigos (contada, no copiada)",
        "personas en su lista de amigos (contadas, no copiadas)",
    ),
    "contacts": (
        "contact uploaded from your phone (counted, not listed)",
        "contacts uploaded from your phone (counted, not listed)",
        "contacto subido desde su teléfono (contado, no copiado)",
        "contactos subidos desde su teléfono (contados, no copiados)",
    ),
    "followers": (
        "follower (counted, not listed)",
        "followers (counted, not listed)",
        "seguidor (contado, no copiado)",
        "seguidores (contados, no copiados)",
    ),
    "following": (
        "account you follow (counted, not listed)",
        "accounts you follow (counted, not listed)",
        "cuenta que usted sigue (contada, no copiada)",
        "cuentas que usted sigue (contadas, no copiadas)",
    ),
    "logins": (
        "login record (with its IP address)",
        "login records (with their IP addresses)",
        "registro de inicio de sesión (con su dirección IP)",
        "registros de inicio de sesión (con sus direcciones IP)",
    ),
    "login_ips": (
        "different IP address in the login records",
        "different IP addresses in the login records",
        "dirección IP distinta en los registros de inicio de sesión",
        "direcciones IP distintas en los registros de inicio de sesión",
    ),
    "offsite_businesses": (
        "business that sent your activity on other apps and websites",
        "businesses that sent your activity on other apps and websites",
        "negocio que envió su actividad en otras apps y sitios web",
        "negocios que enviaron su actividad en otras apps y sitios web",
    ),
    "offsite_events": (
        "activity record from other apps and websites",
        "activity records from other apps and websites",
        "registro de actividad de otras apps y sitios web",
        "registros de actividad de otras apps y sitios web",
    ),
    "checkins": (
        "post or event with a place (check-in)",
        "posts or events with a place (check-ins)",
        "publicación o evento con un lugar (check-in)",
        "publicaciones o eventos con un lugar (check-ins)",
    ),
    "message_threads": (
        "conversation in private messages (counted, not read)",
        "conversations in private messages (counted, not read)",
        "conversación en mensajes privados (contada, no leída)",
        "conversaciones en mensajes privados (contadas, no leídas)",
    ),
    "location_points": (
        "saved location point",
        "saved location points",
        "punto de ubicación guardado",
        "puntos de ubicación guardados",
    ),
    "timeline_visits": (
        "place visit or trip in your Timeline",
        "place visits and trips in your Timeline",
        "visita o trayecto en su Cronología",
        "visitas y trayectos en su Cronología",
    ),
    "activity": (
        'record in "My Activity" (searches, apps, Maps and more)',
        'records in "My Activity" (searches, apps, Maps and more)',
        'registro en "Mi actividad" (búsquedas, apps, Maps y más)',
        'registros en "Mi actividad" (búsquedas, apps, Maps y más)',
    ),
    "activity_located": (
        '"My Activity" record that includes where you were',
        '"My Activity" records that include where you were',
        'registro de "Mi actividad" que incluye dónde estaba',
        'registros de "Mi actividad" que incluyen dónde estaba',
    ),
    "yt_history": (
        "YouTube video watched or search made",
        "YouTube videos watched and searches made",
        "video visto o búsqueda hecha en YouTube",
        "videos vistos y búsquedas hechas en YouTube",
    ),
    "yt_comments": (
        "YouTube comment",
        "YouTube comments",
        "comentario en YouTube",
        "comentarios en YouTube",
    ),
    "yt_subscriptions": (
        "YouTube channel you subscribe to",
        "YouTube channels you subscribe to",
        "canal de YouTube al que está suscrito/a",
        "canales de YouTube a los que está suscrito/a",
    ),
    "geo_posts": (
        "post that carries a location",
        "posts that carry a location",
        "publicación que lleva una ubicación",
        "publicaciones que llevan una ubicación",
    ),
    "photo_locations": (
        "photo or video that carries GPS coordinates",
        "photos or videos that carry GPS coordinates",
        "foto o video que lleva coordenadas GPS",
        "fotos o videos que llevan coordenadas GPS",
    ),
    "videos_watched": ("video watched", "videos watched", "video visto", "videos vistos"),
    "videos": (
        "video you posted",
        "videos you posted",
        "video que usted publicó",
        "videos que usted publicó",
    ),
    "searches": ("search", "searches", "búsqueda", "búsquedas"),
    "connected_apps": (
        "app or website connected to the account",
        "apps and websites connected to the account",
        "app o sitio web conectado a la cuenta",
        "apps y sitios web conectados a la cuenta",
    ),
}

MESSAGES: dict[str, dict[str, str]] = {
    "counted": {
        "en": "Your download holds {count} {noun}{span}.",
        "es": "Su descarga tiene {count} {noun}{span}.",
    },
    "span": {"en": ", from {first} to {last}", "es": ", del {first} al {last}"},
    "span_day": {"en": ", on {first}", "es": ", el {first}"},
    "emails": {
        "en": "Email addresses linked to your account: {values}.",
        "es": "Correos electrónicos vinculados a su cuenta: {values}.",
    },
    "phones": {
        "en": "Phone numbers linked to your account: {values}. The download does not say "
        "whether others can see them.",
        "es": "Números de teléfono vinculados a su cuenta: {values}. La descarga no dice si "
        "otras personas pueden verlos.",
    },
    "no_phone": {
        "en": "Your download shows no phone number on the account.",
        "es": "Su descarga no muestra ningún número de teléfono en la cuenta.",
    },
    "private_account": {
        "en": "Your download says the account is private.",
        "es": "Su descarga dice que la cuenta es privada.",
    },
    "public_account": {
        "en": "Your download says the account is public: anyone can see your posts.",
        "es": "Su descarga dice que la cuenta es pública: cualquiera puede ver sus publicaciones.",
    },
    "gmail": {
        "en": "Your Google account has a Gmail address.",
        "es": "Su cuenta de Google tiene una dirección de Gmail.",
    },
    "inferred_location": {
        "en": "The platform keeps a city or region it thinks you live in.",
        "es": "La plataforma guarda una ciudad o región donde cree que usted vive.",
    },
    "last_known_location": {
        "en": "Instagram keeps the last place it located your phone.",
        "es": "Instagram guarda el último lugar donde ubicó su teléfono.",
    },
    "account_created": {
        "en": "The account was created on {first}.",
        "es": "La cuenta se creó el {first}.",
    },
    "timeline_web": {
        "en": "Your Google download includes location history, so Google kept it on its "
        "servers when you asked for the download. Check whether Timeline is still on.",
        "es": "Su descarga de Google incluye historial de ubicaciones: Google lo guardaba en "
        "sus servidores cuando usted pidió la descarga. Revise si la Cronología sigue activa.",
    },
    "timeline_device": {
        "en": "This Timeline file was exported from your phone: your location history is "
        "saved on the phone.",
        "es": "Este archivo de Cronología se exportó desde su teléfono: su historial de "
        "ubicaciones está guardado en el teléfono.",
    },
    "html_only": {
        "en": "Part of this download is in HTML, which Huella cannot read ({sections}). {hint}",
        "es": "Una parte de esta descarga está en HTML, que Huella no puede leer ({sections}). "
        "{hint}",
    },
    # -- the review (CLI text output and the app's dialog) --------------------------------
    "about_account": {"en": "About the account", "es": "Sobre la cuenta"},
    "proposed": {"en": "Suggested answer: {option}", "es": "Respuesta sugerida: {option}"},
    "from_download": {"en": "from your data download", "es": "de su descarga de datos"},
    "read_summary": {
        "en": "{platform} download ({format}): {read} parts read, {missing} not in it.",
        "es": "Descarga de {platform} ({format}): {read} partes leídas, {missing} no incluidas.",
    },
    "unreadable": {
        "en": "Some parts could not be read and were skipped: {sections}.",
        "es": "Algunas partes no se pudieron leer y se saltaron: {sections}.",
    },
    "nothing_kept": {
        "en": "Nothing from the download was saved: only these findings.",
        "es": "No se guardó nada de la descarga: solo estos resultados.",
    },
}


t = Catalog(MESSAGES)


def render(f: Finding, lang: str) -> str:
    es = lang == "es"
    if f.id in COUNTED:
        n = f.count or 0
        en1, enn, es1, esn = COUNTED[f.id]
        noun = (es1 if n == 1 else esn) if es else (en1 if n == 1 else enn)
        span = ""
        if f.first and f.last:
            key = "span_day" if f.first == f.last else "span"
            span = t(key, lang, first=f.first, last=f.last)
        return t("counted", lang, count=n, noun=noun, span=span)
    params = dict(f.params)
    params.setdefault("values", ", ".join(f.values))
    params.setdefault("first", f.first or "")
    if f.id == "html_only":
        params["hint"] = params.get(f"hint_{'es' if es else 'en'}", "")
    return t(f.id, lang, **params)
