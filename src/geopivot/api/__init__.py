"""The REST API and dashboard behind ``geopivot serve`` (Starlette; see docs/api.md)."""
from geopivot.api.app import create_app

__all__ = ["create_app"]
