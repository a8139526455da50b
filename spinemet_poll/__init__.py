"""Live class polls: the presenter asks a case question, the room answers on phones.

A small server apart from the dashboards (no ipywidgets, no kernels): the storage
(:mod:`.models`, :mod:`.db`, :mod:`.store`, migrated by Alembic), the check of what a
student sends (:mod:`.checks`), per-student rate limits (:mod:`.limits`), the question
snapshot taken from the core when a poll starts (:mod:`.snapshot`) and the tornado
app (:mod:`.server`). Run it with ``python -m spinemet_poll``.
"""
