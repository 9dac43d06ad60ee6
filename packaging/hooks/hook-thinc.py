"""Thinc for the app: its modules and data files, without its test suite. Replaces the
hook in pyinstaller-hooks-contrib, which takes all."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("thinc", excludes=["tests", "tests/**"])
hiddenimports = collect_submodules("thinc", filter=lambda name: not name.startswith("thinc.tests"))
