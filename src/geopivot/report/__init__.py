"""Report: run summaries in the terminal and the offline HTML report."""
