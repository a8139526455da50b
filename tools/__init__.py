"""Build and measurement tools of the spinemet project (not part of the runtime package).

``plotly_bundle`` fetches the figures' plotly.js at install time, ``launch`` starts Voilà
and Debian Chromium for the browser tests and the benchmark, ``dashboards`` says how a
browser sees that each dashboard of the topic manifest is ready, and ``build_static``
builds the static edition. Nothing in ``spinemet_core`` imports them.
"""
