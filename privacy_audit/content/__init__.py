"""Checklist content: schema and loader."""

from privacy_audit.content.loader import Content, load_content
from privacy_audit.content.model import LANGS, NO_JUDGE, TIER_ORDER, TIER_RANK, Text

__all__ = ["LANGS", "NO_JUDGE", "TIER_ORDER", "TIER_RANK", "Content", "Text", "load_content"]
