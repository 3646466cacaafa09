"""The forms fieldcase ships (XLSForm), built from diff-friendly TOML sources by build.py."""
