"""Composition root: build the QApplication, open the workspace, create the session, the
undo stack and the main window, and wire them. No global singletons.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

#: Set by the packaging smoke test: quit once the first frame has been shown.
QUIT_AFTER_FIRST_FRAME = "CORRIDOR_QUIT_AFTER_FIRST_FRAME"


def _settings_path() -> str:
    from app.services import paths

    override = os.environ.get(paths.HOME_OVERRIDE)
    if override:
        return str(Path(override) / "settings.ini")
    return ""


def build_application(argv: Sequence[str], language: str | None = None) -> object:
    """The QApplication with Corridor's names, icon and language (``language``: one of
    app.qt.i18n.LANGUAGES; default: the Preferences choice, else the system's)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    import app
    from app.qt.collector import collect_on_gui_thread
    from app.ui.icons import app_icon

    qapp = cast(QApplication, QApplication.instance() or QApplication(list(argv)))
    collect_on_gui_thread(qapp)  # cyclic garbage (closed windows) freed on this thread only
    qapp.setApplicationName(app.APP_NAME)
    qapp.setOrganizationName(app.ORG_NAME)
    qapp.setOrganizationDomain(app.ORG_DOMAIN)
    qapp.setApplicationVersion(app.__version__)
    qapp.setDesktopFileName("corridor")
    _install_language(qapp, language)
    icon = app_icon()
    if not icon.isNull():
        qapp.setWindowIcon(icon)
    else:  # pragma: no cover - resources missing is a packaging bug
        qapp.setWindowIcon(QIcon.fromTheme("office-chart-line"))
    return qapp


def _install_language(qapp: Any, language: str | None) -> None:
    """Translators for the desk's language, before the first widget exists (without
    app.qt.settings, which loads pandas: the placeholder window comes first)."""
    from app.qt.i18n import desk_language, install_translators, saved_language

    chosen = desk_language(language or saved_language(_settings_path()))
    qapp.corridor_translators = install_translators(qapp, chosen)


def create_context(desk: object, settings_path: str = "") -> Any:
    """The :class:`~app.qt.context.DeskContext` over an open desk: session (with its undo
    stack and message bus), settings and task runner."""
    from PySide6.QtCore import QSettings

    from app.qt.context import DeskContext
    from app.qt.messages import MessageBus
    from app.qt.session import DeskSession
    from app.qt.settings import Settings
    from app.qt.tasks import TaskRunner
    from app.ui.advice import read_only_hint

    session = DeskSession(desk, MessageBus(), read_only_hint=read_only_hint())  # type: ignore[arg-type]
    settings = Settings.at(settings_path) if settings_path else Settings(QSettings())
    return DeskContext(session, settings, TaskRunner())


def create_main_window(desk: object, settings_path: str = "") -> Any:
    """The window over an open desk (tests call this with a temporary settings file)."""
    from app.ui.main_window import MainWindow

    ctx = create_context(desk, settings_path)
    window = MainWindow(ctx)
    ctx.session.setParent(window)
    ctx.bus.setParent(window)
    return window


def _import_charts() -> None:
    """Import pyqtgraph on the GUI thread while the worker opens the workspace: the desk's
    window needs it next, and its import (a third of a second) then overlaps the worker's
    reads instead of following them. Only pyqtgraph: it imports nothing of Corridor's, so
    the two threads' imports never wait on each other in a circle."""
    import pyqtgraph  # noqa: F401


def _pause_collector(qapp: Any) -> Any:
    """Stop the GUI thread's garbage collector while the workspace opens: the worker's
    imports leave some 120,000 new objects, and each timed gen-0 collection would walk them
    all on the GUI thread, holding the GIL the worker needs (~0.1–0.3 s of start-up)."""
    from app.qt.collector import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    collector.timer.stop()
    return collector


def _resume_collector(collector: Any) -> None:
    """Once the desk's window is shown, the collector's timer runs again (its first
    collection walks what start-up allocated, after the window answers)."""
    collector.timer.start()


class _Startup:
    """Start-up in three steps, the GUI thread never blocked for long:

    1. a placeholder window at once, before pandas, DuckDB and pyqtgraph are imported (the
       first frame costs what an empty QMainWindow costs; PERFORMANCE.md);
    2. the workspace opened and loaded in a worker (seconds for millions of figures), with a
       busy bar;
    3. the desk's window built on the GUI thread and shown in the placeholder's place.
    """

    def __init__(self, qapp: Any, workspace: str | None) -> None:
        self.qapp = qapp
        self.workspace = workspace
        self.code = 0
        self.desk: Any = None
        self.window: Any = None
        self.fatal_log: Any = None
        self.previous_crash: str | None = None
        self.placeholder = self._placeholder()

    @staticmethod
    def _placeholder() -> Any:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

        import app

        window = QMainWindow()
        window.setWindowTitle(app.APP_NAME)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addStretch(1)
        from app.qt.i18n import translate

        label = QLabel(translate("main", "Opening the workspace…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QProgressBar()
        busy.setRange(0, 0)  # busy: the load reports no steps
        busy.setMaximumWidth(320)
        layout.addWidget(label)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        window.setCentralWidget(body)
        window.resize(1400, 860)
        window.show()
        return window

    def begin(self) -> None:
        from PySide6.QtCore import QTimer

        from app.qt.tasks import TaskRunner
        from app.services.fatal_log import enable_fatal_log, previous_fatal_error
        from app.services.logs import setup_logging
        from app.services.paths import log_dir

        self.log_file = setup_logging(log_dir())
        # a crash Python cannot catch (inside Qt, say) leaves fatal.log; shown next time
        self.previous_crash = previous_fatal_error(log_dir())
        self.fatal_log = enable_fatal_log(log_dir())
        self.runner = TaskRunner()
        workspace = self.workspace
        self.collector = _pause_collector(self.qapp)

        def open_desk(_progress: Any, _cancelled: Any) -> Any:
            from app.services.desk import Desk
            from app.services.storage import WorkspaceError
            from app.ui.advice import advice

            try:
                return Desk.open(workspace, write=True)
            except WorkspaceError as exc:
                hint = advice(exc)
                raise WorkspaceError(f"{exc} {hint}" if hint else str(exc)) from exc

        self.runner.start(open_desk, on_done=self._opened, on_error=self._failed)
        QTimer.singleShot(0, _import_charts)

    def _opened(self, desk: Any) -> None:
        from PySide6.QtCore import QTimer

        from app.qt.crash import install_excepthook
        from app.ui.crash_dialog import crash_reporter

        self.desk = desk
        self.window = create_main_window(desk, _settings_path())
        # an unexpected exception shows the crash dialog (copyable details, log file path)
        self.crash_hook = install_excepthook(
            crash_reporter(self.window, self.log_file), self.log_file
        )
        self.window.show()
        self.placeholder.close()
        _resume_collector(self.collector)
        if self.previous_crash:
            from app.ui.crash_dialog import show_previous_crash

            logging.getLogger("corridor").warning(
                "The previous session stopped with a fatal error; its report is shown"
            )
            self.crash_report = show_previous_crash(self.window, self.previous_crash, self.log_file)
        if os.environ.get(QUIT_AFTER_FIRST_FRAME):
            QTimer.singleShot(0, self._quit_after_first_frame)

    def _failed(self, message: str, _trace: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.qt.i18n import translate

        QMessageBox.critical(
            self.placeholder,
            "Corridor",
            translate("main", "Could not open the workspace:\n{message}").format(message=message),
        )
        self.code = 2
        self.qapp.quit()

    def _quit_after_first_frame(self) -> None:
        sys.stdout.write("first frame shown\n")
        sys.stdout.flush()
        self.window.close()
        self.qapp.quit()

    def finish(self) -> None:
        self.runner.wait(10000)
        if self.window is not None:
            self.window.ctx.runner.wait(10000)  # workers first, then the lock is released
        if self.desk is not None:
            self.desk.close()
        if self.fatal_log is not None:
            self.fatal_log.close()  # a clean exit leaves no fatal.log


def run_gui(
    workspace: str | None = None, argv: Sequence[str] | None = None, language: str | None = None
) -> int:
    import gc

    # Qt's and the desk's modules are long-lived: no collection walks them while they load
    # (build_application's collector keeps the automatic one off from then on)
    gc.disable()
    qapp = build_application(argv or sys.argv, language)
    from PySide6.QtCore import QTimer

    startup = _Startup(qapp, workspace)
    QTimer.singleShot(0, startup.begin)
    code = qapp.exec()  # type: ignore[attr-defined]
    startup.finish()
    _restart_if_asked(workspace)
    return startup.code or int(code)


def _restart_if_asked(workspace: str | None) -> None:
    """Start Corridor again once this one has released the workspace (Preferences >
    Language > Restart now)."""
    from app.ui.preferences_dialog import restart_requested

    if not restart_requested():
        return
    from PySide6.QtCore import QProcess

    args = ["--workspace", workspace] if workspace else []
    if getattr(sys, "frozen", False):  # the PyInstaller bundle is its own program
        QProcess.startDetached(sys.executable, args)
    else:
        QProcess.startDetached(sys.executable, ["-m", "app", *args])


def main() -> int:
    """GUI entry point for desktop launchers (corridor-gui [--workspace PATH] [--language
    en|ru|az|zh])."""
    import argparse

    parser = argparse.ArgumentParser(prog="corridor-gui")
    parser.add_argument("--workspace", metavar="PATH")
    parser.add_argument(
        "--language",
        choices=("en", "ru", "az", "zh"),
        help="the desk's language this time (default: Preferences, else the system's)",
    )
    args, rest = parser.parse_known_args()
    return run_gui(args.workspace, [sys.argv[0], *rest], args.language)
