"""Composition root: build the QApplication, open the workspace, create the session, the
undo stack and the main window, and wire them. No global singletons.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

#: Set by the packaging smoke test: quit once the first frame has been shown.
QUIT_AFTER_FIRST_FRAME = "CORRIDOR_QUIT_AFTER_FIRST_FRAME"


def _settings_path() -> str:
    from app.services import paths

    override = os.environ.get(paths.HOME_OVERRIDE)
    if override:
        return str(Path(override) / "settings.ini")
    return ""


def build_application(argv: Sequence[str]) -> object:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    import app
    from app.ui.icons import app_icon

    qapp = QApplication.instance() or QApplication(list(argv))
    qapp.setApplicationName(app.APP_NAME)
    qapp.setOrganizationName(app.ORG_NAME)
    qapp.setOrganizationDomain(app.ORG_DOMAIN)
    qapp.setApplicationVersion(app.__version__)
    qapp.setDesktopFileName("corridor")
    icon = app_icon()
    if not icon.isNull():
        qapp.setWindowIcon(icon)
    else:  # pragma: no cover - resources missing is a packaging bug
        qapp.setWindowIcon(QIcon.fromTheme("office-chart-line"))
    return qapp


def create_main_window(desk: object, settings_path: str = "") -> object:
    """The window over an open desk (tests call this with a temporary settings file)."""
    from PySide6.QtCore import QSettings

    from app.qt.messages import MessageBus
    from app.qt.session import DeskSession
    from app.qt.settings import Settings
    from app.qt.tasks import TaskRunner
    from app.ui.main_window import MainWindow

    bus = MessageBus()
    session = DeskSession(desk, bus)  # type: ignore[arg-type]
    settings = Settings.at(settings_path) if settings_path else Settings(QSettings())
    window = MainWindow(session, settings, TaskRunner())
    session.setParent(window)
    bus.setParent(window)
    return window


def _placeholder() -> object:
    """A window of the desk's size, shown before pandas, DuckDB and pyqtgraph are imported:
    the first frame costs what an empty QMainWindow costs (PERFORMANCE.md, start-up)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMainWindow

    import app

    window = QMainWindow()
    window.setWindowTitle(app.APP_NAME)
    label = QLabel("Opening the workspace…")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(1400, 860)
    window.show()
    return window


def run_gui(workspace: str | None = None, argv: Sequence[str] | None = None) -> int:
    qapp = build_application(argv or sys.argv)
    from PySide6.QtCore import QTimer

    placeholder = _placeholder()
    state: dict[str, object] = {"code": 0}

    def finish_start() -> None:
        """The heavy imports and the workspace load, once the first frame is on screen."""
        from PySide6.QtWidgets import QMessageBox

        from app.qt.crash import install_excepthook
        from app.services.desk import Desk
        from app.services.logs import setup_logging
        from app.services.paths import log_dir
        from app.services.workspace import WorkspaceError
        from app.ui.crash_dialog import crash_reporter

        log_file = setup_logging(log_dir())
        try:
            desk = Desk.open(workspace, write=True)
        except WorkspaceError as exc:
            QMessageBox.critical(None, "Corridor", f"Could not open the workspace:\n{exc}")
            state["code"] = 2
            qapp.quit()  # type: ignore[attr-defined]
            return
        window = create_main_window(desk, _settings_path())
        # an unexpected exception shows the crash dialog (copyable details, log file path)
        reporter = crash_reporter(window, log_file)  # type: ignore[arg-type]
        state["crash_hook"] = install_excepthook(reporter, log_file)
        window.show()  # type: ignore[attr-defined]
        placeholder.close()  # type: ignore[attr-defined]
        state.update(desk=desk, window=window)
        if os.environ.get(QUIT_AFTER_FIRST_FRAME):
            QTimer.singleShot(0, quit_after_first_frame)

    def quit_after_first_frame() -> None:
        sys.stdout.write("first frame shown\n")
        sys.stdout.flush()
        state["window"].close()  # type: ignore[attr-defined]
        qapp.quit()  # type: ignore[attr-defined]

    QTimer.singleShot(0, finish_start)
    code = qapp.exec()  # type: ignore[attr-defined]
    if "desk" in state:
        state["window"].runner.wait(10000)  # type: ignore[attr-defined]  # workers first
        state["desk"].close()  # type: ignore[attr-defined]
    return int(state["code"]) or int(code)


def main() -> int:
    """GUI entry point for desktop launchers (corridor-gui [--workspace PATH])."""
    import argparse

    parser = argparse.ArgumentParser(prog="corridor-gui")
    parser.add_argument("--workspace", metavar="PATH")
    args, rest = parser.parse_known_args()
    return run_gui(args.workspace, [sys.argv[0], *rest])
