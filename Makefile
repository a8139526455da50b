# spinemet: two commands do all set-up on a fresh Debian machine with Python 3.11.
#   make dashboards   create .venv, install the pinned stack, serve every dashboard with Voilà
#   make test         install the test pins (and Debian chromium), run lint, unit, notebook and browser tests
#   make static       build the static edition (voici + Pyodide, runs in the browser) into build/static/
#   make hub          a class on one machine: JupyterHub, each student's own Voilà (deploy/hub/)
# dashboards, lecture and hub also start the live-poll server (spinemet_poll, deploy/poll/).

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8866
# The project's Voilà template (local icons, no CDN) is found through JUPYTER_PATH.
export JUPYTER_PATH := $(CURDIR)/share/jupyter
export PIP_DISABLE_PIP_VERSION_CHECK := 1

AXE_VERSION := 4.14.1
AXE := $(VENV)/axe/node_modules/axe-core/axe.min.js
CHP_VERSION := 5.3.0
CHP := $(VENV)/chp/node_modules/.bin/configurable-http-proxy

# The static edition has its own toolchain venv (requirements-static.txt, installed --no-deps).
VENV_STATIC := .venv-static
STATIC_SITE := build/static/voici/render/00_start_here.html
STATIC_INPUTS := $(shell find notebooks cases spinemet_core share -type f -not -path '*/__pycache__/*') \
  pyproject.toml requirements.txt tools/build_static.py tools/plotly_bundle.py \
  tools/static_snapshot.py tools/dashboards.py tools/launch.py tools/pyodide_dist.py

.PHONY: help dashboards test lint unit notebooks e2e chromium clean pins static static-test \
  plotlyjs bench lecture npm hub postgresql

help:
	@echo "make dashboards  - install (first time) and serve the dashboards on http://127.0.0.1:$(PORT)/"
	@echo "make test        - install test tools and run every test (lint, unit, notebooks, browser)"
	@echo "make static      - build the static edition (no server, runs in the browser) into build/static/"
	@echo "make lecture     - serve the dashboards in the lecture configuration (pre-heated kernels)"
	@echo "make hub         - a class on one machine with JupyterHub (MODE=lecture|course, HOST=, HUB_PORT=)"
	@echo "make bench       - measure imports, load times, bytes, memory, the static edition and a 100-student burst (~75 min)"

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 (Debian: apt-get install -y python3.11 python3.11-venv)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-installed only when requirements.txt or pyproject.toml change.
$(VENV)/.installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-test: requirements-test.txt requirements-hub.txt requirements-poll.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-test.txt \
	  -r requirements-hub.txt -r requirements-poll.txt
	touch $@

$(VENV)/.installed-hub: requirements-hub.txt requirements-poll.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-hub.txt -r requirements-poll.txt
	touch $@

$(VENV)/.installed-poll: requirements-poll.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-poll.txt
	touch $@

# The live-poll server (deploy/poll/README.md) beside Voilà: started in the background on
# POLL_HOST:POLL_PORT and stopped with Voilà; the dashboards' "Start poll" links find it through
# SPINEMET_POLL_URL. For phones in the room: make lecture POLL_HOST=0.0.0.0
# POLL_PUBLIC_URL=http://<this machine's address>:8867/ (the address the QR code shows).
POLL_HOST := 127.0.0.1
POLL_PORT ?= 8867
POLL_PUBLIC_URL ?=
WITH_POLL = PYTHONPATH=$(CURDIR) $(BIN)/python -m spinemet_poll --ip $(POLL_HOST) --port $(POLL_PORT) \
  $(if $(POLL_PUBLIC_URL),--public-url $(POLL_PUBLIC_URL)) & poll=$$!; trap 'kill $$poll' EXIT; \
  SPINEMET_POLL_URL=$(or $(POLL_PUBLIC_URL),http://$(POLL_HOST):$(POLL_PORT)/)

# plotly.js for the figures, put into the template's static files so that browsers load it
# once over HTTP: the 1.2 MB "basic" bundle fetched with npm when npm is there, else plotly.py's
# full 4.8 MB copy (see tools/plotly_bundle.py). lecture, test and bench install npm.
plotlyjs: $(VENV)/.installed
	@$(BIN)/python tools/plotly_bundle.py share/jupyter/voila/templates/spinemet/static >/dev/null

# npm (Debian package) for the basic plotly.js bundle, axe-core and the static edition's Pyodide.
npm:
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; \
	  else echo "error: npm is needed (plotly.js basic bundle, accessibility tests). Run:  sudo apt-get install -y npm"; exit 1; fi; }

dashboards: plotlyjs $(VENV)/.installed-poll
	@echo ""
	@echo "  spinemet dashboards (education only, not for clinical decisions)"
	@echo "  Start here: http://127.0.0.1:$(PORT)/voila/render/00_start_here.ipynb"
	@echo "  All dashboards: http://127.0.0.1:$(PORT)/   (Ctrl-C to stop)"
	@echo "  Live polls: http://$(POLL_HOST):$(POLL_PORT)/ (open the presenter sign-in printed below once)"
	@echo ""
	$(WITH_POLL) $(BIN)/voila --no-browser --Voila.ip=127.0.0.1 --port=$(PORT) notebooks/

$(VENV_STATIC)/.installed: requirements-static.txt | npm
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV_STATIC)
	$(VENV_STATIC)/bin/python -m pip install --quiet --upgrade pip
	$(VENV_STATIC)/bin/python -m pip install --quiet --no-deps -r requirements-static.txt
	touch $@

# Rebuilt when a notebook, case, the core or the build script changes. The first paint
# (each page shows its dashboard while Python starts) is copied from the pages as Voilà
# shows them, in Chromium: tools/static_snapshot.py.
$(STATIC_SITE): $(VENV_STATIC)/.installed $(VENV)/.installed-test plotlyjs chromium $(STATIC_INPUTS)
	$(VENV_STATIC)/bin/python tools/build_static.py
	$(BIN)/python tools/static_snapshot.py

static: $(STATIC_SITE)

# The lecture configuration: deploy/lecture/voila.json (pre-heated kernel pool, culling) on top
# of voila.json, quiz autosave off (every student's kernel shares this server's one home).
# Size the pool of the dashboard you teach from with POOL, for example
#   make lecture NOTEBOOK=02_noms_framework.ipynb POOL=40
NOTEBOOK ?= 02_noms_framework.ipynb
POOL ?= 2
lecture: npm plotlyjs $(VENV)/.installed-poll
	@$(BIN)/python deploy/lecture/pool_config.py $(VENV)/lecture $(NOTEBOOK) $(POOL)
	@echo "  spinemet lecture server: http://127.0.0.1:$(PORT)/  (pre-heating kernels; Ctrl-C to stop)"
	@echo "  Live polls: http://$(POLL_HOST):$(POLL_PORT)/ (open the presenter sign-in printed below once)"
	$(WITH_POLL) SPINEMET_PROGRESS=off $(BIN)/voila --no-browser --Voila.ip=127.0.0.1 --port=$(PORT) \
	  --Voila.config_file_paths=$(VENV)/lecture --Voila.config_file_paths=deploy/lecture \
	  --Voila.config_file_paths=. notebooks/

# A class on one machine (deploy/hub/README.md): JupyterHub on HOST:HUB_PORT, each student's
# server a Voilà of the dashboards. MODE=lecture: anonymous temporary accounts; MODE=course:
# named accounts that the teacher (HUB_ADMIN) approves. State and secrets: deploy/hub/.state/.
# HOST is set on the command line only (make hub HOST=0.0.0.0): some shells export a HOST.
HOST := 127.0.0.1
HUB_PORT ?= 8000
MODE ?= lecture
HUB_ADMIN ?= teacher
hub: $(VENV)/.installed-hub npm plotlyjs $(CHP)
	@echo "  spinemet class hub ($(MODE) mode): http://$(HOST):$(HUB_PORT)/  (Ctrl-C to stop)"
	@if [ "$(MODE)" = course ]; then echo "  Sign up as $(HUB_ADMIN) first; approve students at /hub/authorize"; fi
	@echo "  Live polls: http://$(HOST):$(HUB_PORT)/services/poll/ (a hub service; key in deploy/hub/.state/poll/)"
	SPINEMET_HUB_MODE=$(MODE) SPINEMET_HUB_IP=$(HOST) SPINEMET_HUB_PORT=$(HUB_PORT) \
	  SPINEMET_HUB_ADMIN=$(HUB_ADMIN) PYTHONPATH=$(CURDIR) \
	  $(BIN)/jupyterhub -f deploy/hub/jupyterhub_config.py

# configurable-http-proxy (the hub's proxy) from the npm registry, into the venv's folder.
$(CHP): | npm
	npm install --silent --no-audit --no-fund --prefix $(VENV)/chp configurable-http-proxy@$(CHP_VERSION)

# BENCH_ARGS passes options on, for example BENCH_ARGS="--phases static,hub".
bench: $(VENV)/.installed-test npm plotlyjs chromium postgresql $(CHP) $(STATIC_SITE)
	$(BIN)/python -m benchmarks.bench $(BENCH_ARGS)

chromium:
	@if [ -x /usr/bin/chromium ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
	  echo "Installing Debian chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "error: the browser tests need Debian chromium. Run:  sudo apt-get install -y chromium"; exit 1; \
	fi

# PostgreSQL (Debian package) for the poll tests, which start a throw-away server of their own.
postgresql:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
	  echo "Installing Debian postgresql for the poll tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else \
	  echo "error: the poll tests need PostgreSQL. Run:  sudo apt-get install -y postgresql"; exit 1; \
	fi

# axe-core (accessibility rules) from the npm registry, injected into pages by the browser tests.
$(AXE): | npm
	npm install --silent --no-audit --no-fund --prefix $(VENV)/axe axe-core@$(AXE_VERSION)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# pytest's addopts (pyproject.toml) add --doctest-modules; its testpaths are spinemet_core
# and tests, to which test adds the notebooks (nbval).
test: $(VENV)/.installed-test npm plotlyjs chromium postgresql $(AXE) $(CHP) lint $(STATIC_SITE)
	$(BIN)/python -m pytest spinemet_core tests notebooks \
	  --nbval-lax --nbval-current-env -n 2 --dist loadfile

unit: $(VENV)/.installed-test postgresql
	$(BIN)/python -m pytest --ignore=tests/e2e

notebooks: $(VENV)/.installed-test npm plotlyjs
	$(BIN)/python -m pytest --nbval-lax --nbval-current-env notebooks

e2e: $(VENV)/.installed-test npm plotlyjs chromium $(AXE) $(CHP) $(STATIC_SITE)
	$(BIN)/python -m pytest tests/e2e

static-test: $(VENV)/.installed-test chromium $(STATIC_SITE)
	$(BIN)/python -m pytest tests/e2e/static

# Regenerate requirements.txt from the direct dependencies (run after changing a version).
pins:
	rm -rf /tmp/spinemet-pins && $(PYTHON) -m venv /tmp/spinemet-pins
	/tmp/spinemet-pins/bin/pip install --quiet voila ipywidgets jupyterlab plotly anywidget pyyaml
	/tmp/spinemet-pins/bin/pip freeze

clean:
	rm -rf $(VENV) $(VENV_STATIC) build artifacts
