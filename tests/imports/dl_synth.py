"""Synthetic data downloads that reproduce the real layouts (exports-structure.md).

Every name, address and number here is made up. Builders return the path of the archive
(or file) they wrote into *folder*. ``OTHER_PEOPLE`` are the details of other people the
archives hold (friends, contacts, followers, chat partners): a test proves that none of
them ever reaches the findings.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

#: Other people's details inside the synthetic archives: never to be copied into findings.
OTHER_PEOPLE = (
    "Zacarías Amigo",
    "Yolanda Vecina",
    "Xavier Primo",
    "wanda.contact@example.net",
    "+1 555 0199",
    "valentin_follower",
    "ursula_following",
    "Tomás Chat",
)
OWN_EMAIL = "ana.ejemplo@example.org"
OWN_PHONE = "+1 555 0100"
T0 = 1_600_000_000  # 2020-09-13
T1 = 1_700_000_000  # 2023-11-14


def meta(text: str) -> str:
    """Meta's mojibake: UTF-8 bytes read as Latin-1 (then written with \\u00XX escapes)."""
    return text.encode("utf-8").decode("latin-1")


def meta_json(value: Any) -> bytes:
    def fix(v: Any) -> Any:
        if isinstance(v, str):
            return meta(v)
        if isinstance(v, list):
            return [fix(x) for x in v]
        if isinstance(v, dict):
            return {meta(k): fix(x) for k, x in v.items()}
        return v

    return json.dumps(fix(value), indent=2, ensure_ascii=True).encode("ascii")


def write_zip(path: Path, files: Mapping[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- Facebook ---------------------------------------------------------------------------------


def _fb_profile() -> dict[str, Any]:
    return {
        "profile_v2": {
            "name": {"full_name": "Ana Muñoz", "first_name": "Ana", "last_name": "Muñoz"},
            "emails": {
                "emails": [OWN_EMAIL],
                "previous_emails": ["ana.old@example.org"],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "phone_numbers": [
                {"phone_type": "Mobile", "phone_number": OWN_PHONE, "verified": True}
            ],
            "registration_timestamp": T0,
            "current_city": {"name": "Ciudad Ejemplo", "timestamp": T0},
        }
    }


def _fb_friends() -> list[dict[str, Any]]:
    return [
        {"name": "Zacarías Amigo", "timestamp": T0},
        {"name": "Yolanda Vecina", "timestamp": T0 + 10},
        {"name": "Xavier Primo", "timestamp": T1},
    ]


def _fb_posts() -> list[dict[str, Any]]:
    place = {"name": "Parque Central", "coordinate": {"latitude": 1.0, "longitude": 2.0}}
    return [
        {"timestamp": T0, "data": [{"post": "¡Hola, mundo! 😀"}], "title": "Ana Muñoz"},
        {
            "timestamp": T0 + 100,
            "data": [{"post": "En el parque"}],
            "attachments": [{"data": [{"place": place}]}],
        },
        {"timestamp": T1, "data": [{"post": "Último"}]},
    ]


def _fb_contacts() -> dict[str, Any]:
    return {
        "address_book_v2": {
            "address_book": [
                {
                    "name": "Xavier Primo",
                    "details": [{"contact_point": "+1 555 0199"}],
                    "created_timestamp": T0,
                },
                {
                    "name": "Yolanda Vecina",
                    "details": [{"contact_point": "wanda.contact@example.net"}],
                    "created_timestamp": T1,
                },
            ]
        }
    }


def _fb_common(prefix: str, layout: str) -> dict[str, bytes]:
    if layout == "2022":
        p = {
            "profile": "profile_information/profile_information.json",
            "friends": "friends_and_followers/friends.json",
            "posts": "posts/your_posts_1.json",
            "comments": "comments_and_reactions/comments.json",
            "reactions": "comments_and_reactions/posts_and_comments.json",
            "groups": "groups/your_group_membership_activity.json",
            "contacts": "other_personal_information/your_address_books.json",
            "inbox": "messages/inbox/tomaschat_abc123/message_1.json",
            "logins": "security_and_login_information/account_activity.json",
            "off": "apps_and_websites_off_of_facebook/your_off-facebook_activity.json",
            "loc": "location/primary_location.json",
            "viewed": "your_interactions_on_facebook/recently_viewed.json",
        }
    else:
        p = {
            "profile": "personal_information/profile_information/profile_information.json",
            "friends": "connections/friends/your_friends.json",
            "posts": "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
            "comments": "your_facebook_activity/comments_and_reactions/comments.json",
            "reactions": "your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json",
            "groups": "your_facebook_activity/groups/your_group_membership_activity.json",
            "contacts": "personal_information/other_personal_information/"
            "contacts_uploaded_from_your_phone.json",
            "inbox": "your_facebook_activity/messages/inbox/tomaschat_abc123/message_1.json",
            "logins": "security_and_login_information/logins_and_logouts.json",
            "off": "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
            "loc": "logged_information/location/primary_location.json",
            "viewed": "logged_information/interactions/recently_viewed.json",
        }
    reactions: Any = [
        {
            "timestamp": T0 + 5,
            "data": [{"reaction": {"reaction": "LIKE", "actor": "Ana Muñoz"}}],
            "title": "Ana Muñoz likes Zacarías Amigo's post.",
        },
        {"timestamp": T1, "data": [{"reaction": {"reaction": "LOVE", "actor": "Ana Muñoz"}}]},
    ]
    if layout == "2022":
        reactions = {"reactions_v2": reactions}
    logins_key = "account_activity_v2" if layout == "2022" else "account_accesses_v2"
    files = {
        p["profile"]: meta_json(_fb_profile()),
        p["friends"]: meta_json({"friends_v2": _fb_friends()}),
        p["posts"]: meta_json(_fb_posts()),
        p["comments"]: meta_json(
            {
                "comments_v2": [
                    {
                        "timestamp": T0 + 50,
                        "data": [{"comment": {"comment": "¡Qué bien!", "author": "Ana Muñoz"}}],
                        "title": "Ana Muñoz commented on Yolanda Vecina's post.",
                    }
                ]
            }
        ),
        p["reactions"]: meta_json(reactions),
        p["groups"]: meta_json(
            {"groups_joined_v2": [{"timestamp": T0, "title": "You became a member of Vecinos."}]}
        ),
        p["contacts"]: meta_json(_fb_contacts()),
        p["inbox"]: meta_json(
            {
                "participants": [{"name": "Tomás Chat"}, {"name": "Ana Muñoz"}],
                "messages": [
                    {"sender_name": "Tomás Chat", "timestamp_ms": T1 * 1000, "content": "hola"}
                ],
            }
        ),
        p["logins"]: meta_json(
            {
                logins_key: [
                    {"action": "Login", "timestamp": T0, "ip_address": "192.0.2.1"},
                    {"action": "Login", "timestamp": T1, "ip_address": "192.0.2.2"},
                    {"action": "Login", "timestamp": T1 + 1, "ip_address": "192.0.2.2"},
                ]
            }
        ),
        p["off"]: meta_json(
            {
                "off_facebook_activity_v2": [
                    {
                        "name": "Tienda Ejemplo",
                        "events": [
                            {"id": 1, "type": "PURCHASE", "timestamp": T0},
                            {"id": 2, "type": "PAGE_VIEW", "timestamp": T1},
                        ],
                    },
                ]
            }
        ),
        p["loc"]: meta_json(
            {"primary_location_v2": {"city_region_pairs": [["Ciudad", "Región"]], "zipcode": []}}
        ),
        p["viewed"]: meta_json({"recently_viewed": []}),
    }
    return {prefix + k: v for k, v in files.items()}


def facebook_2022(folder: Path) -> Path:
    return write_zip(folder / "facebook-anamunoz.zip", _fb_common("", "2022"))


def facebook_2024(folder: Path) -> Path:
    top = "facebook-anamunoz-2024-05-01-AbCdEf/"
    return write_zip(folder / "facebook-anamunoz-2024-05-01-AbCdEf.zip", _fb_common(top, "2024"))


def facebook_label_values(folder: Path) -> Path:
    """2025-26: likes_and_reactions.json and off-Meta activity as label_values records."""
    top = "facebook-100001-2026-02-01-XyZ/"
    files = _fb_common(top, "2024")
    del files[top + "your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json"]
    files[top + "your_facebook_activity/comments_and_reactions/likes_and_reactions.json"] = (
        meta_json(
            [
                {
                    "timestamp": T0 + 7,
                    "media": [],
                    "fbid": "1",
                    "label_values": [
                        {"label": "Reacción", "value": "Me encanta"},
                        {"label": "Nombre", "value": "Zacarías Amigo"},
                        {"label": "URL", "value": "https://www.facebook.com/example"},
                    ],
                },
                {
                    "timestamp": T1 + 7,
                    "media": [],
                    "fbid": "2",
                    "label_values": [
                        {"label": "Reacción", "value": "Me gusta"},
                    ],
                },
            ]
        )
    )
    files[top + "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json"] = (
        meta_json(
            [
                {
                    "title": "Tienda Ejemplo",
                    "fbid": "9",
                    "timestamp": T1,
                    "label_values": [
                        {
                            "label": "Eventos",
                            "vec": [
                                {
                                    "dict": [
                                        {"label": "ID", "value": "1"},
                                        {"label": "Evento", "value": "Compra"},
                                    ]
                                },
                                {"dict": [{"label": "ID", "value": "2"}]},
                                {"dict": [{"label": "ID", "value": "3"}]},
                            ],
                        },
                    ],
                },
            ]
        )
    )
    return write_zip(folder / "facebook-100001-2026-02-01-XyZ.zip", files)


# -- Instagram --------------------------------------------------------------------------------


def _smd(**values: Any) -> dict[str, Any]:
    return {
        k.replace("_", " "): {"href": "", "value": v, "timestamp": 0} for k, v in values.items()
    }


def instagram_2022(folder: Path) -> Path:
    personal = {
        "profile_user": [
            {
                "title": "User Information",
                "media_map_data": {},
                "string_map_data": {
                    "Email": {"href": "", "value": OWN_EMAIL, "timestamp": 0},
                    "Phone Number": {"href": "", "value": OWN_PHONE, "timestamp": 0},
                    "Username": {"href": "", "value": "ana.munoz", "timestamp": 0},
                    "Name": {"href": "", "value": meta("Ana Muñoz"), "timestamp": 0},
                    "Private Account": {"href": "", "value": "True", "timestamp": 0},
                },
            }
        ]
    }
    follower = {
        "relationships_followers": [
            {
                "title": "",
                "media_list_data": [],
                "string_list_data": [
                    {
                        "href": "https://www.instagram.com/valentin_follower",
                        "value": "valentin_follower",
                        "timestamp": T0,
                    }
                ],
            },
        ]
    }
    following = {
        "relationships_following": [
            {
                "title": "",
                "string_list_data": [
                    {
                        "href": "https://www.instagram.com/ursula_following",
                        "value": "ursula_following",
                        "timestamp": T1,
                    }
                ],
            },
        ]
    }
    posts = [
        {
            "media": [
                {
                    "uri": "media/posts/1.jpg",
                    "creation_timestamp": T0,
                    "title": "",
                    "media_metadata": {
                        "photo_metadata": {"exif_data": [{"latitude": 1.5, "longitude": 2.5}]}
                    },
                }
            ]
        },
        {"media": [{"uri": "media/posts/2.jpg", "creation_timestamp": T1, "title": ""}]},
    ]
    contacts = {
        "contacts_contact_info": [
            {
                "title": "",
                "string_map_data": {
                    "First name": {"value": "Xavier"},
                    "Surname": {"value": "Primo"},
                    "Contact information": {"value": "+1 555 0199"},
                },
            },
        ]
    }
    logins = {
        "account_history_login_history": [
            {
                "title": "2023-11-14T22:13:20+00:00",
                "string_map_data": {
                    "IP Address": {"value": "198.51.100.7"},
                    "Time": {"timestamp": T1},
                },
            },
        ]
    }
    files = {
        "account_information/personal_information.json": json.dumps(personal),
        "followers_and_following/followers.json": json.dumps(follower),
        "followers_and_following/following.json": json.dumps(following),
        "content/posts_1.json": json.dumps(posts),
        "contacts/synced_contacts.json": json.dumps(contacts),
        "login_and_account_creation/login_activity.json": json.dumps(logins),
        "messages/inbox/tomaschat_123/message_1.json": json.dumps(
            {"participants": [{"name": "Tomás Chat"}], "messages": []}
        ),
        "comments/post_comments.json": json.dumps(
            {
                "comments_media_comments": [
                    {"title": "yolanda", "string_list_data": [{"value": "hola", "timestamp": T0}]}
                ]
            }
        ),
        "information_about_you/account_based_in.json": json.dumps(
            {"inferred_data_primary_location": [{"string_map_data": {"City Name": {"value": "X"}}}]}
        ),
    }
    return write_zip(folder / "instagram-ana.munoz-2022.zip", files)


LOGIN_DIR = "security_and_login_information/login_and_profile_creation/"


def instagram_2025(folder: Path) -> Path:
    top = "instagram-ana.munoz-2025-07-31-Tok/"
    personal = {
        "profile_user": [
            {
                "title": "Información del usuario",
                "string_map_data": {
                    "Correo electrónico": {"value": OWN_EMAIL},
                    "Cuenta privada": {"value": "False"},
                },
            }
        ]
    }
    followers = [
        {
            "title": "",
            "string_list_data": [{"href": "", "value": "valentin_follower", "timestamp": T0}],
        },
        {"title": "", "string_list_data": [{"href": "", "value": "x2", "timestamp": T1}]},
    ]
    files = {
        top + "personal_information/personal_information/personal_information.json": json.dumps(
            personal
        ),
        top + "connections/followers_and_following/followers_1.json": json.dumps(followers),
        top + "connections/contacts/synced_contacts.json": json.dumps(
            {"contacts_contact_info": []}
        ),
        top + "your_instagram_activity/media/posts_1.json": json.dumps(
            [{"media": [{"uri": "a.jpg", "creation_timestamp": T1}]}]
        ),
        top + LOGIN_DIR + "login_activity.json": json.dumps(
            {
                "account_history_login_history": [
                    {
                        "title": "x",
                        "string_map_data": {
                            "IP Address": {"value": "198.51.100.8"},
                            "Time": {"timestamp": T0},
                        },
                    }
                ]
            }
        ),
        top + LOGIN_DIR + "signup_details.json": json.dumps(
            {
                "account_history_registration_info": [
                    {
                        "string_map_data": {
                            "Email": {"value": OWN_EMAIL},
                            "Phone Number": {"value": OWN_PHONE},
                        }
                    }
                ]
            }
        ),
    }
    return write_zip(folder / "instagram-ana.munoz-2025-07-31-Tok.zip", files)


# -- Google -----------------------------------------------------------------------------------


def _activity(product: str, when: str, located: bool = False) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "header": product,
        "title": "Searched for something",
        "time": when,
        "products": [product],
    }
    if located:
        rec["locationInfos"] = [{"name": "At this general area", "source": "From your device"}]
    return rec


def google_takeout(folder: Path, *, old: bool = False, lang: str = "en") -> Path:
    """Takeout: ISO timestamps (2022+), or the older ``...TimestampMs`` style (*old*)."""
    if lang == "es":
        names = {
            "profile": "Takeout/Perfil/Perfil.json",
            "records": "Takeout/Historial de ubicaciones/Registros.json",
            "semantic": "Takeout/Historial de ubicaciones/Semantic Location History/2023/"
            "2023_ENERO.json",
            "search": "Takeout/Mi actividad/Búsqueda/MiActividad.json",
            "yt_act": "Takeout/Mi actividad/YouTube/MiActividad.json",
            "watch": "Takeout/YouTube y YouTube Music/historial/historial-de-reproducciones.json",
            "comments": "Takeout/YouTube y YouTube Music/comentarios/comentarios.csv",
            "subs": "Takeout/YouTube y YouTube Music/suscripciones/suscripciones.csv",
        }
    else:
        loc = "Takeout/Location History/" if old else "Takeout/Location History (Timeline)/"
        names = {
            "profile": "Takeout/Profile/Profile.json",
            "records": loc + ("Location History.json" if old else "Records.json"),
            "semantic": loc + "Semantic Location History/2017/2017_JANUARY.json"
            if old
            else loc + "Semantic Location History/2023/2023_JANUARY.json",
            "search": "Takeout/My Activity/Search/MyActivity.json",
            "yt_act": "Takeout/My Activity/YouTube/MyActivity.json",
            "watch": "Takeout/YouTube and YouTube Music/history/watch-history.json",
            "comments": "Takeout/YouTube and YouTube Music/comments/comments.csv",
            "subs": "Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv",
        }
    if old:
        locations = [
            {
                "latitudeE7": 100000000,
                "longitudeE7": 200000000,
                "accuracy": 10,
                "timestampMs": "1484000000000",
            },
            {"latitudeE7": 100000001, "longitudeE7": 200000001, "timestampMs": "1485000000000"},
        ]
        objects = [
            {
                "placeVisit": {
                    "location": {"name": "Casa"},
                    "duration": {
                        "startTimestampMs": "1484000000000",
                        "endTimestampMs": "1484003600000",
                    },
                }
            }
        ]
    else:
        locations = [
            {
                "latitudeE7": 100000000,
                "longitudeE7": 200000000,
                "timestamp": "2022-01-12T17:18:24.190Z",
            },
            {
                "latitudeE7": 100000001,
                "longitudeE7": 200000001,
                "timestamp": "2023-03-01T08:00:00Z",
            },
            {
                "latitudeE7": 100000002,
                "longitudeE7": 200000002,
                "timestamp": "2023-03-02T08:00:00Z",
            },
        ]
        objects = [
            {
                "placeVisit": {
                    "location": {"name": "Casa"},
                    "duration": {
                        "startTimestamp": "2023-01-05T10:00:00Z",
                        "endTimestamp": "2023-01-05T11:00:00Z",
                    },
                }
            },
            {
                "activitySegment": {
                    "duration": {
                        "startTimestamp": "2023-01-06T10:00:00Z",
                        "endTimestamp": "2023-01-06T10:30:00Z",
                    }
                }
            },
        ]
    files = {
        names["profile"]: json.dumps(
            {
                "name": {"givenName": "Ana", "formattedName": "Ana Muñoz"},
                "displayName": "Ana",
                "emails": [{"value": "ana.ejemplo@gmail.com"}],
            }
        ),
        names["records"]: json.dumps({"locations": locations}),
        names["semantic"]: json.dumps({"timelineObjects": objects}),
        names["search"]: json.dumps(
            [
                _activity("Search", "2021-05-01T10:00:00.000Z", located=True),
                _activity("Search", "2024-02-01T10:00:00.000Z"),
            ]
        ),
        names["yt_act"]: json.dumps([_activity("YouTube", "2024-02-02T10:00:00Z")]),
        names["watch"]: json.dumps([_activity("YouTube", "2024-03-01T10:00:00Z")]),
        names["comments"]: "Comment ID,Channel ID,Comment create timestamp,Price,Video ID,"
        'Comment text\nc1,ch1,2023-04-01T10:00:00+00:00,,v1,"{""text"":""hola""}"\n',
        names["subs"]: "Channel Id,Channel Url,Channel Title\nch1,http://youtube.com/ch1,Canal\n"
        "ch2,http://youtube.com/ch2,Otro\n",
        "Takeout/archive_browser.html": "<html></html>",
    }
    return write_zip(
        folder / f"takeout-20240101T000000Z-001{'-old' if old else ''}-{lang}.zip", files
    )


def device_timeline(folder: Path) -> Path:
    doc = {
        "semanticSegments": [
            {
                "startTime": "2024-05-01T08:00:00.000-05:00",
                "endTime": "2024-05-01T09:00:00.000-05:00",
                "visit": {
                    "topCandidate": {"placeId": "x", "placeLocation": {"latLng": "1.0°, 2.0°"}}
                },
            },
            {
                "startTime": "2024-06-01T08:00:00.000-05:00",
                "endTime": "2024-06-01T08:30:00.000-05:00",
                "timelinePath": [{"point": "1.0°, 2.0°", "time": "2024-06-01T08:10:00.000-05:00"}],
            },
        ],
        "rawSignals": [
            {
                "position": {
                    "LatLng": "1.0°, 2.0°",
                    "accuracyMeters": 10,
                    "timestamp": "2024-06-02T08:00:00.000-05:00",
                }
            },
        ],
        "userLocationProfile": {"frequentPlaces": [{"placeId": "x", "label": "HOME"}]},
    }
    path = folder / "Timeline.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# -- X ----------------------------------------------------------------------------------------


def ytd(name: str, records: list[Any]) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(records, indent=2, ensure_ascii=False)


def x_archive(folder: Path, *, email: str = OWN_EMAIL) -> Path:
    files = {
        "data/manifest.js": 'window.__THAR_CONFIG = {"userInfo": {"accountId": "1"}}',
        "data/account.js": ytd(
            "account",
            [
                {
                    "account": {
                        "email": email,
                        "createdVia": "web",
                        "username": "ana_m",
                        "accountId": "1",
                        "createdAt": "2015-03-01T10:00:00.000Z",
                        "accountDisplayName": "Ana",
                    }
                }
            ],
        ),
        "data/phone-number.js": ytd("phone_number", [{"device": {"phoneNumber": OWN_PHONE}}]),
        "data/tweets.js": ytd(
            "tweets",
            [
                {
                    "tweet": {
                        "id_str": "1",
                        "full_text": "hola",
                        "created_at": "Sat Aug 12 16:10:37 +0000 2023",
                    }
                },
                {
                    "tweet": {
                        "id_str": "2",
                        "full_text": "aquí",
                        "created_at": "Mon Jan 02 10:00:00 +0000 2017",
                        "geo": {"type": "Point", "coordinates": ["1.0", "2.0"]},
                    }
                },
            ],
        ),
        "data/like.js": ytd("like", [{"like": {"tweetId": "5", "fullText": "x"}}]),
        "data/follower.js": ytd(
            "follower",
            [
                {
                    "follower": {
                        "accountId": "77",
                        "userLink": "https://twitter.com/intent/user?user_id=77",
                    }
                }
            ],
        ),
        "data/following.js": ytd(
            "following",
            [
                {
                    "following": {
                        "accountId": "78",
                        "userLink": "https://twitter.com/ursula_following",
                    }
                }
            ],
        ),
        "data/direct-messages.js": ytd(
            "direct_messages",
            [
                {
                    "dmConversation": {
                        "conversationId": "1-77",
                        "messages": [{"messageCreate": {"text": "hola Tomás Chat"}}],
                    }
                }
            ],
        ),
        "data/contact.js": ytd(
            "contact",
            [
                {
                    "contact": {
                        "id": "1",
                        "emails": ["wanda.contact@example.net"],
                        "phoneNumbers": ["+1 555 0199"],
                    }
                }
            ],
        ),
        "data/ip-audit.js": ytd(
            "ip_audit",
            [
                {
                    "ipAudit": {
                        "accountId": "1",
                        "createdAt": "2023-01-01T00:00:00.000Z",
                        "loginIp": "203.0.113.5",
                    }
                },
                {
                    "ipAudit": {
                        "accountId": "1",
                        "createdAt": "2023-02-01T00:00:00.000Z",
                        "loginIp": "203.0.113.6",
                    }
                },
            ],
        ),
        "Your archive.html": "<html></html>",
    }
    return write_zip(folder / "twitter-2024-01-01-abc.zip", files)


# -- TikTok -----------------------------------------------------------------------------------


def tiktok_2022() -> dict[str, Any]:
    return {
        "Activity": {
            "Login History": {
                "LoginHistoryList": [
                    {"Date": "2022-06-01 10:00:00 UTC", "IP": "192.0.2.50", "DeviceModel": "x"},
                ]
            },
            "Video Browsing History": {
                "VideoList": [
                    {"Date": "2022-06-01 10:00:00", "VideoLink": "https://www.tiktokv.com/1"},
                    {"Date": "2022-07-01 10:00:00", "VideoLink": "https://www.tiktokv.com/2"},
                ]
            },
            "Like List": {"ItemFavoriteList": [{"Date": "2022-06-02 10:00:00", "VideoLink": "x"}]},
            "Follower List": {
                "FansList": [{"Date": "2022-06-02 10:00:00", "UserName": "valentin_follower"}]
            },
            "Following List": {
                "Following": [{"Date": "2022-06-02 10:00:00", "UserName": "ursula_following"}]
            },
        },
        "App Settings": {"Settings": {"SettingsMap": {"Private Account": "Disabled"}}},
        "Comment": {"Comments": {"CommentsList": []}},
        "Direct Messages": {
            "Chat History": {
                "ChatHistory": {
                    "Chat History with Tomás Chat:": [
                        {"Date": "2022-06-01 10:00:00", "From": "Tomás Chat", "Content": "hola"}
                    ]
                }
            }
        },
        "Profile": {
            "Profile Information": {
                "ProfileMap": {
                    "userName": "ana_m",
                    "emailAddress": OWN_EMAIL,
                    "telephoneNumber": "None",
                    "birthDate": "18-Oct-1995",
                }
            }
        },
        "Video": {
            "Videos": {"VideoList": [{"Date": "2022-05-01 10:00:00", "Link": "x", "Likes": "3"}]}
        },
    }


def tiktok_2024() -> dict[str, Any]:
    return {
        "Your Activity": {
            "Login History": {
                "LoginHistoryList": [
                    {"Date": "2024-06-01 10:00:00 UTC", "IP": "192.0.2.60"},
                    {"Date": "2024-07-01 10:00:00 UTC", "IP": "192.0.2.61"},
                ]
            },
            "Watch History": {"VideoList": [{"Date": "2024-06-01 10:00:00", "Link": "x"}]},
            "Follower": {
                "FansList": [{"Date": "2024-06-02 10:00:00", "UserName": "valentin_follower"}]
            },
        },
        "Likes and Favorites": {
            "Like List": {"ItemFavoriteList": [{"date": "2024-06-03 10:00:00", "link": "x"}]}
        },
        "Profile And Settings": {
            "Profile Info": {
                "ProfileMap": {
                    "userName": "ana_m",
                    "emailAddress": OWN_EMAIL,
                    "telephoneNumber": OWN_PHONE,
                }
            },
            "Settings": {"SettingsMap": {"Private Account": "Enabled"}},
        },
        "Post": {
            "Posts": {
                "VideoList": [
                    {"Date": "2024-05-01 10:00:00", "Link": "x", "Location": "Ciudad Ejemplo"},
                    {"Date": "2024-05-02 10:00:00", "Link": "y", "Location": "None"},
                ]
            }
        },
        "Direct Message": {"Direct Messages": {"ChatHistory": {}}},
    }


def tiktok_zip(folder: Path, doc: dict[str, Any], name: str = "user_data.json") -> Path:
    return write_zip(folder / "TikTok_Data_1700000000.zip", {name: json.dumps(doc)})
