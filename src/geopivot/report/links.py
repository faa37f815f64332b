"""Article URLs as links: only http(s) ones, so a stored ``javascript:`` URL is shown as text.
Shared by the HTML report and the dashboard."""
from __future__ import annotations


def web_url(value: object) -> str | None:
    """The URL to link to, or None when ``value`` is not an http(s) URL."""
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None
