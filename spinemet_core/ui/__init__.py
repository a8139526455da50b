"""Widget layer (ipywidgets + plotly), one app class per topic.

Imports the core, never the reverse.
"""
