"""Store: the DuckDB schema, its migrations, imports and exports."""
from geopivot.store.query import EventFilter
from geopivot.store.store import Store

__all__ = ["EventFilter", "Store"]
