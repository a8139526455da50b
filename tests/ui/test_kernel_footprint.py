"""What a dashboard's kernel holds once its page is built: nothing it does not use yet (#17)."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "app"), [("prognosis", "PrognosisApp"), ("rcc", "RccApp"), ("noms", "NomsApp")]
)
def test_building_a_dashboard_at_its_defaults_loads_no_unit_registry(module, app):
    """Default laboratory values are in their canonical units: pint loads only when a
    person enters another unit."""
    code = (
        f"import sys; from spinemet_core.ui.{module} import {app}; {app}(); "
        "print('pint' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "False" == run.stdout.strip()
