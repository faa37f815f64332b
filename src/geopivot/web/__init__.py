"""Dashboard pages of ``geopivot serve``: server-rendered HTML and SVG, no build step, no CDN."""
