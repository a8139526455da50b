"""Widget layer (ipywidgets, figures drawn by plotly.js), one app class per topic.

Imports the core, never the reverse. plotly.py is not imported here: figures are plain
data (``plotview``), so dashboard kernels load neither plotly.py nor the nbformat and
jsonschema it pulled in (issue #17).
"""
