"""What the running dashboards know about the plotly.js file their figures load.

The file is plotly.js's partial "basic" bundle (bar, scatter and pie), put into the
project template's static folder at install time by ``tools/plotly_bundle.py``, which
reads the names below. At run time :class:`~spinemet_core.ui.plotview.PlotView` only
needs the file's name and the trace types it can draw.

This module has no imports, so the install tool can read it without the project
installed (the static-edition build runs in a virtual environment of its own).

>>> sorted(BASIC_TRACE_TYPES)
['bar', 'pie', 'scatter']
"""

#: Folder below the template's ``static`` folder that holds the bundle.
BUNDLE_FOLDER = "plotly"
#: File name of the bundle in that folder.
BUNDLE_NAME = "plotly.min.js"
#: plotly.js version of the bundle; it must be the one plotly.py pins (a test checks).
PLOTLY_JS_VERSION = "4.1.1"
#: Trace types the basic bundle can draw; PlotView refuses any other.
BASIC_TRACE_TYPES = frozenset({"bar", "pie", "scatter"})
