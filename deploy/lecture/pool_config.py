"""Write a Voilà config that sizes the pre-heated kernel pools for a lecture.

usage: python deploy/lecture/pool_config.py OUT_FOLDER [NOTEBOOK POOL]

Every dashboard keeps ``DEFAULT_POOL`` pre-heated kernels; the dashboard taught from
(``NOTEBOOK``, a file name in notebooks/) keeps ``POOL``, about one per student expected
in the first minute. The file is read before deploy/lecture/voila.json and voila.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DEFAULT_POOL = 2


def write_pool_config(folder: str | Path, notebook: str = "", pool: int = DEFAULT_POOL) -> Path:
    """Write ``<folder>/voila.json`` with the pool sizes and return its path."""
    if pool < 0:
        raise ValueError(f"pool must be 0 or more, got {pool}")
    pools = {"default": {"pool_size": DEFAULT_POOL}}
    if notebook:
        pools[notebook] = {"pool_size": pool}
    path = Path(folder) / "voila.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    config = {"VoilaKernelManager": {"kernel_pools_config": pools}}
    path.write_text(json.dumps(config, indent=1) + "\n")
    return path


if __name__ == "__main__":
    if len(sys.argv) not in (2, 4):
        sys.exit(__doc__.split("\n\n")[1])
    notebook, pool = (sys.argv[2], int(sys.argv[3])) if len(sys.argv) == 4 else ("", 0)
    write_pool_config(sys.argv[1], notebook, pool)
