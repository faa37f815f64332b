"""NLP: the one place the spaCy pipeline is built."""
from geopivot.nlp.pipeline import build_nlp, resolve_model_name

__all__ = ["build_nlp", "resolve_model_name"]
