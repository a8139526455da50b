"""pytest collects the package's doctests; Alembic's environment runs only under Alembic."""

collect_ignore_glob = ["migrations/*"]
