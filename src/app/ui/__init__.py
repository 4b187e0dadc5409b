"""Widgets, dialogs, the main window and the chart panel."""
