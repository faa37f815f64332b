"""Relations among states from stored events: dyadic series, alignment, blocs.

Every function reads the events table through a :class:`~geopivot.store.Store` and does the
aggregation in DuckDB, so the same code runs on 300 coded sentences or 10 million imported rows.
"""
from geopivot.analysis.alignment import Alignment, Pivot, align
from geopivot.analysis.blocs import Network, Partition, bloc_periods, changed_blocs, partition_blocs, signed_network
from geopivot.analysis.series import dyad_series

__all__ = ["Alignment", "Network", "Partition", "Pivot", "align", "bloc_periods", "changed_blocs",
           "dyad_series", "partition_blocs", "signed_network"]
