"""The case quiz's settings: mode, topics, level, number of questions, seed and templates.

One panel reads them for a new session (:meth:`QuizSettings.read`) and shows those of a
session that was restored or imported (:meth:`QuizSettings.show`), so pressing Start after
a restore builds the same quiz again.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..cases.model import DIFFICULTIES, TOPICS
from ..quiz import QuizSession
from ..topics import DASHBOARDS
from .presentation import presentation

__all__ = ["COUNTS", "MODE_LABELS", "SEED_MAX", "TOPIC_LABELS", "QuizSettings"]

SEED_MAX = 10**9
"""The largest seed (the core's limit)."""
MODE_LABELS = {"self_study": "Self-study", "exam": "Exam", "lecture": "Lecture"}
TOPIC_LABELS = {t: DASHBOARDS[t].label for t in TOPICS}
COUNTS = (5, 10, 20, 40)
"""Numbers of questions offered besides "all" (fewer are asked when fewer match)."""
_SEED_WIDTH = widgets.Layout(width="220px")


class QuizSettings(widgets.VBox):
    """The controls that define a quiz, and the Start button (its owner wires it).

    The mode selector is the page's only one: choosing Lecture also puts the page in
    lecture mode (large type), and another mode takes it out.
    """

    def __init__(self) -> None:
        self.mode = widgets.ToggleButtons(
            options=[(v, k) for k, v in MODE_LABELS.items()],
            value="lecture" if presentation().mode == "lecture" else "self_study",
            description="Mode",
        )
        self.topics = {
            t: widgets.Checkbox(value=True, description=TOPIC_LABELS[t], indent=False)
            for t in TOPICS
        }
        self.difficulty = widgets.Dropdown(
            options=[("all levels", "all")] + [(d, d) for d in DIFFICULTIES],
            value="all",
            description="Difficulty",
        )
        self.count = widgets.Dropdown(
            options=[("all", "all")] + [(str(n), n) for n in COUNTS],
            value="all",
            description="Questions",
        )
        # A text field: a seed is read as typed, never clamped (checked on Start).
        self.seed = widgets.Text(value="1", description="Seed", layout=_SEED_WIDTH)
        self.seed_message = widgets.HTML().add_class("sm-seed-message")
        self.templates = widgets.Checkbox(
            value=True, description="Add cases drawn from templates", indent=False
        )
        templates_help = widgets.HTML(
            "<span class='sm-muted'>New ones at each Start in self-study; in exam and "
            "lecture the seed fixes them, the same on every device.</span>"
        )
        self.start = widgets.Button(description="Start quiz", icon="play", button_style="primary")
        super().__init__(
            [
                self.mode,
                widgets.HBox(
                    list(self.topics.values()), layout=widgets.Layout(flex_flow="row wrap")
                ),
                widgets.HBox(
                    [self.difficulty, self.count, self.seed, self.seed_message],
                    layout=widgets.Layout(flex_flow="row wrap"),
                ),
                widgets.HBox(
                    [self.templates, templates_help],
                    layout=widgets.Layout(flex_flow="row wrap", align_items="center"),
                ),
                self.start,
            ]
        )
        self.add_class("sm-quiz-settings")
        self.mode.observe(self._page_mode, names="value")

    def _page_mode(self, change) -> None:
        lecture = change["new"] == "lecture"
        if lecture != (presentation().mode == "lecture"):
            presentation().set(mode="lecture" if lecture else "normal")

    def read(self) -> dict | None:
        """The keyword arguments of a new :class:`~spinemet_core.quiz.QuizSession` and
        ``templates`` (whether to add template variants), or ``None`` (with the reason shown
        beside the seed) when the seed is not valid."""
        text = self.seed.value.strip()
        if not (text.isascii() and text.isdigit() and int(text) <= SEED_MAX):
            self.seed_message.value = (
                "<span class='sm-field-error' role='alert'>The seed is a whole number from 0 "
                f"to {SEED_MAX:,}; got {html.escape(repr(text[:20]))}.</span>"
            )
            return None
        self.seed_message.value = ""
        topics = [t for t, box in self.topics.items() if box.value] or list(TOPICS)
        level = self.difficulty.value
        return {
            "mode": self.mode.value,
            "seed": int(text),
            "topics": topics,
            "difficulties": None if level == "all" else [level],
            "count": None if self.count.value == "all" else self.count.value,
            "templates": self.templates.value,
        }

    def show(self, session: QuizSession) -> None:
        """Set every control to the settings of ``session`` (restored or imported)."""
        self.mode.value = session.mode
        for topic, box in self.topics.items():
            box.value = topic in session.topics
        levels = session.difficulties
        self.difficulty.value = levels[0] if len(levels) == 1 else "all"
        count = "all" if session.count is None else session.count
        if count not in [value for _label, value in self.count.options]:
            self.count.options = [*self.count.options, (str(count), count)]
        self.count.value = count
        self.seed.value = str(session.seed)
        self.seed_message.value = ""
        self.templates.value = session.variant_seed is not None
