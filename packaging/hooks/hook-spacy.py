"""spaCy for the app: its modules and data files, without its test suite (which would
pull in pytest). Replaces the hook in pyinstaller-hooks-contrib, which takes all."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("spacy", excludes=["tests", "tests/**"])
hiddenimports = collect_submodules("spacy", filter=lambda name: not name.startswith("spacy.tests"))
