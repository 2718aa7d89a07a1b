"""Validate content data (parsed TOML) into the dataclasses of :mod:`.model`, with pydantic.

Only loading a content folder from its TOML needs this module (``check-content``, an edited
``checks/``, a content folder other than the built-in one). The app itself starts from the
pre-validated copy (:mod:`.compiled`) and never imports pydantic.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import Annotated, Any, TypeVar

# Huella uses no pydantic plugins: skipping their discovery (a scan of every installed
# package's entry points) saves ~25 ms, and no third-party plugin code sees content.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)

from privacy_audit.content.model import MODEL_CLASSES, Rule

__all__ = ["ValidationError", "friendly_message", "rule_schema", "validate"]

T = TypeVar("T")

_URL = re.compile(r"^https?://[^\s]+$")

#: pydantic's wording for stdlib dataclasses, in the words of a content author.
_MESSAGES = {"unexpected_keyword_argument": "not a field of this entry (check the spelling)"}


def _date_text(v: Any) -> Any:
    """A TOML date (or its text) as ISO 8601 text; a date-time is not a date."""
    if isinstance(v, dt.datetime):
        raise ValueError("must be a date (YYYY-MM-DD), not a date and time")
    return v.isoformat() if isinstance(v, dt.date) else v


def _check_date(v: str) -> str:
    try:
        day = dt.date.fromisoformat(v)
    except ValueError:
        raise ValueError("must be a date written YYYY-MM-DD") from None
    if day.isoformat() != v:
        raise ValueError("must be a date written YYYY-MM-DD")
    return v


def _check_url(v: str) -> str:
    if not _URL.match(v):
        raise ValueError("must be one http(s) address with no spaces")
    return v


def rule_schema(rule: Rule, source: Any, handler: Any) -> Any:
    """The pydantic core schema of *source* constrained by *rule* (``Rule``'s hook)."""
    meta: list[Any] = []
    if source is str:
        meta.append(
            StringConstraints(
                min_length=rule.min_length,
                max_length=rule.max_length,
                pattern=rule.pattern,
                strip_whitespace=rule.strip or None,
            )
        )
    else:
        meta.append(
            Field(
                min_length=rule.min_length,
                max_length=rule.max_length,
                ge=rule.ge,
                gt=rule.gt,
                le=rule.le,
            )
        )
    if rule.url:
        meta.append(AfterValidator(_check_url))
    if rule.iso_date:
        meta = [BeforeValidator(_date_text), *meta, AfterValidator(_check_date)]
    return handler.generate_schema(Annotated[(source, *meta)])


def _configure() -> None:
    # An unknown key is an error (a misspelt field must not be silently dropped).
    for cls in MODEL_CLASSES:
        cls.__pydantic_config__ = {"extra": "forbid"}  # type: ignore[attr-defined]
    # pydantic asks each Annotated metadata object for its schema; the model stays free of
    # pydantic (and of this module) by getting its hook here.
    setattr(Rule, "__get_pydantic_core_schema__", rule_schema)  # noqa: B010


_configure()


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def validate(cls: type[T], data: Any) -> T:
    """*data* as a *cls*, validated; raises :class:`pydantic.ValidationError`."""
    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        adapter = _ADAPTERS[cls] = TypeAdapter(cls)
    result: T = adapter.validate_python(data)
    return result


def friendly_message(err: Any) -> str:
    """One validation error's message, in a content author's words."""
    return str(_MESSAGES.get(err["type"], err["msg"]))
