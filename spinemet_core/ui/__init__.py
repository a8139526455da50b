"""Widget layer (ipywidgets + plotly), one app class per topic.

Imports the core, never the reverse.
"""

import sys

# Faster, lighter dashboard kernels. plotly's widget module imports nbformat, whose
# jsonschema import pulls in the optional ``rfc3987_syntax`` package, which builds a
# grammar when imported: about 1.6 s and 17 MB in every kernel on the benchmark machine
# (python -X importtime; benchmarks/README.md). No dashboard validates IRIs, so the
# module is marked absent before plotly loads; jsonschema then leaves out its "iri" format
# check, exactly as when the package is not installed. A process that already imported
# it keeps it.
sys.modules.setdefault("rfc3987_syntax", None)
