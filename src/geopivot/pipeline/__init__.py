"""Running the stages: the engine (one spaCy build, the actor matcher and the coder, loaded once per
process), the run over a corpus, and its backends (one process, a local pool, Dask).

Nothing is imported here: ``geopivot.pipeline.engine`` and the others load what they need.
"""
