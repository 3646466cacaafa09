"""How ``fieldcase`` starts: the desktop app when no command is named, else the command.

The one room that knows both the command line (``app.cli``) and the desktop app (``app.ui``),
which do not import each other.
"""
