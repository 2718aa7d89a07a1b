"""The printable report and the workshop worksheet: typed models rendered to HTML (no Qt).

``ui.report_render`` turns the HTML into a PDF or sends it to a printer.
"""

from privacy_audit.report.html import render_report_html
from privacy_audit.report.model import LANG_CHOICES, build_report, report_langs
from privacy_audit.report.types import Report, ReportOptions

__all__ = [
    "LANG_CHOICES",
    "Report",
    "ReportOptions",
    "build_report",
    "render_report_html",
    "report_langs",
]
