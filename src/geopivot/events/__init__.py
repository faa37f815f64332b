"""Event coding: the CAMEO ontology and the patterns that map sentences to event codes."""
