"""Colours shared by the HTML report and the dashboard: the Okabe–Ito colour-blind-safe palette.

Each colour has one meaning per chart: cooperation and conflict edges never share a colour with
a bloc, and conflict is also drawn dashed, so the chart reads without colour.
"""
QUAD_COLOURS = {1: "#56B4E9", 2: "#0072B2", 3: "#E69F00", 4: "#D55E00"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
BLOC_COLOURS = ("#009E73", "#CC79A7", "#F0E442", "#999999", "#56B4E9", "#000000")
COOPERATION, CONFLICT = "#0072B2", "#D55E00"
SCORE, BAND, PIVOT = "#000000", "#0072B2", "#CC79A7"
EDGE_STYLE = "blue solid lines: cooperation; orange dashed lines: conflict"
