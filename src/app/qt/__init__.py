"""Qt adapters without widgets: models, undo commands, task runner, message bus, settings."""
