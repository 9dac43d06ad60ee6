"""The desktop app's entry point (PyInstaller runs this script in the frozen app)."""

import multiprocessing
import sys

from sbcoder.cli import main

if __name__ == "__main__":
    # Without this, a library that starts worker processes would start the app again.
    multiprocessing.freeze_support()
    sys.exit(main())
